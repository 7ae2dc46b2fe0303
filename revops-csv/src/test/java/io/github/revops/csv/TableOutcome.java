package io.github.revops.csv;

import io.github.revops.domain.Deal;
import io.github.revops.table.CodeColumn;
import io.github.revops.table.DealTable;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What a read of a file into a deal table gave, in a form tests compare with {@code equals}: every row of the table
 * as text and the summary, or the exception's type and message.
 *
 * @param rows  the table's rows, one text each, or empty after an exception
 * @param summary  the summary, or null after an exception
 * @param failure  the exception's type and message, or null
 */
record TableOutcome(List<String> rows, CsvImportSummary summary, String failure) {

    /** The record reader's answer: {@code DealTable.of} of its deals, in the currency of the first (USD if none). */
    static TableOutcome ofRecords(CsvReader<Deal> reader, Path file) {
        return of(() -> {
            CsvImportResult<Deal> result = reader.readAllWithCommonsCsv(file);
            List<Deal> deals = result.records();
            DealTable table = deals.isEmpty() ? DealTable.builder(io.github.revops.money.Money.currency("USD")).build()
                    : DealTable.of(deals);
            return new CsvTableResult<>(table, result.summary());
        });
    }

    /** The column reader's answer. */
    static TableOutcome ofColumns(CsvTableReader<DealTable> reader, Path file, int threads, long chunkSize) {
        return of(() -> reader.read(file, threads, chunkSize));
    }

    private static TableOutcome of(Supplier<CsvTableResult<DealTable>> read) {
        try {
            CsvTableResult<DealTable> result = read.get();
            return new TableOutcome(rows(result.table()), result.summary(), null);
        } catch (RuntimeException e) {
            return new TableOutcome(List.of(), null, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    /** Returns every row of a table as text: customer, owner, source, type, status, days, amount and segments. */
    static List<String> rows(DealTable table) {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < table.size(); i++) {
            StringBuilder row = new StringBuilder()
                    .append(text(table.customer(), i)).append('|').append(text(table.owner(), i)).append('|')
                    .append(text(table.source(), i)).append('|').append(table.type(i)).append('|')
                    .append(table.status(i)).append('|').append(table.createdDay(i)).append('|')
                    .append(table.closeDay(i)).append('|').append(table.amount(i));
            for (String name : table.segmentNames()) {
                Optional<String> value = table.segment(name).orElseThrow().value(i);
                row.append('|').append(name).append('=').append(value.orElse("-"));
            }
            rows.add(row.toString());
        }
        return rows;
    }

    private static String text(CodeColumn column, int row) {
        return column.value(row).orElse("-");
    }
}
