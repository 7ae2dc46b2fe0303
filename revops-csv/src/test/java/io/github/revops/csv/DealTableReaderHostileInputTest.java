package io.github.revops.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.revops.domain.DealStatus;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The column reader on files of hostile cells (far and invalid dates, exponents, 66,000-character values, control
 * and bidi characters, quotes left open, lone CRs, bytes that are not UTF-8): within a time bound, it gives exactly
 * what the record reader gives (table, summary, or error), strict and lenient, on one and two threads.
 */
@Tag("hostile-input")
class DealTableReaderHostileInputTest {

    private static final Duration BOUND = Duration.ofSeconds(60);
    private static final String HEADER = "id,customer,owner,source,amount,created,closed,stage,currency";
    private static final List<String> CELLS = List.of("", " ", "\u001B[31mred\u001B[0m", "a\rb", "\u202Eevil",
            "\u0000", "x".repeat(66_000), "9999-12-31", "+999999999-12-31", "2017-01-05", "2017-03-01", "1900-01-01",
            "1E+100000000", "100.00", "-5", "7", "Won", "Lost", "Open", "D-1", "D-2", "USD", "EUR", "\"", "a,b",
            "\"unclosed", "ab\"c", "\r", "\uFFFD");

    @TempDir
    Path dir;

    private static final DealCsv.Builder DEALS = DealCsv.builder()
            .column(DealField.ID, "id").column(DealField.CUSTOMER, "customer").column(DealField.OWNER, "owner")
            .column(DealField.SOURCE, "source").column(DealField.AMOUNT, "amount")
            .column(DealField.CREATED_DATE, "created").column(DealField.CLOSE_DATE, "closed")
            .column(DealField.STATUS, "stage").column(DealField.CURRENCY, "currency")
            .status("Open", DealStatus.OPEN).status("Won", DealStatus.WON).status("Lost", DealStatus.LOST)
            .defaultCurrency("USD");

    @Test
    void hostileCellsGiveTheRecordReadersOutcomeInBoundedTime() {
        assertTimeoutPreemptively(BOUND, () -> qt().withExamples(30).withShrinkCycles(20)
                .forAll(lists().of(integers().between(0, CELLS.size() * 2 - 1)).ofSizeBetween(9, 45))
                .checkAssert(picks -> {
                    Path file = write(file(picks));
                    for (ImportMode mode : ImportMode.values()) {
                        DealCsv.Builder builder = DEALS.mode(mode);
                        TableOutcome records = TableOutcome.ofRecords(builder.build(), file);
                        assertThat(records.failure() == null || records.failure().length() < 1_000).isTrue();
                        for (int threads = 1; threads <= 2; threads++) {
                            assertThat(TableOutcome.ofColumns(builder.buildTableReader(), file, threads, 7))
                                    .isEqualTo(records);
                        }
                    }
                }));
    }

    @Test
    void bytesThatAreNotUtf8GiveTheRecordReadersError() throws IOException {
        byte[] text = (HEADER + "\nD-1,Acme,Ann,web,10,2017-01-05,2017-03-01,Won,USD\nD-2,Ac\u00FFme,Ann,web,10,"
                + "2017-01-05,2017-03-01,Won,USD\n").getBytes(StandardCharsets.ISO_8859_1);
        Path file = Files.write(dir.resolve("latin1.csv"), text);

        TableOutcome records = TableOutcome.ofRecords(DEALS.strict().build(), file);
        assertThat(records.failure()).startsWith("CsvImportException: latin1.csv line ")
                .contains("not valid UTF-8 text");
        assertThat(TableOutcome.ofColumns(DEALS.strict().buildTableReader(), file, 2, 16)).isEqualTo(records);
    }

    /** Lays the picked cells out in rows of nine, each cell quoted (even picks) or as it is (odd picks). */
    private static String file(List<Integer> picks) {
        StringBuilder text = new StringBuilder(HEADER);
        for (int i = 0; i < picks.size(); i++) {
            text.append(i % 9 == 0 ? "\n" : ",");
            String cell = CELLS.get(picks.get(i) / 2);
            if (picks.get(i) % 2 == 0) {
                text.append('"').append(cell.replace("\"", "\"\"")).append('"');
            } else {
                text.append(cell);
            }
        }
        return text.append('\n').toString();
    }

    private Path write(String text) {
        try {
            return Files.writeString(dir.resolve("hostile.csv"), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
