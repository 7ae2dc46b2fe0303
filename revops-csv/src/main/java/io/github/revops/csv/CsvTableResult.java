package io.github.revops.csv;

import java.util.List;
import java.util.Objects;

/**
 * The column table a {@link CsvTableReader} built from a file, with the import's summary (rows read, rejected and
 * skipped rows), the same summary the record reader gives for the file.
 * <pre>{@code
 * CsvTableResult<DealTable> result = DealCsv.mavenCrm().buildTableReader().read(Path.of("sales_pipeline.csv"));
 * result.table().size();               // 8300: the 500 Prospecting deals have no created date and are skipped
 * result.summary().skipped().size();   // 500
 * }</pre>
 *
 * @param <R>  the table type
 * @param table  the table, not null
 * @param summary  what the import read and set aside, not null
 * @since 0.1.0
 */
public record CsvTableResult<R>(R table, CsvImportSummary summary) {

    /**
     * Validates the result.
     *
     * @param table  the table, not null
     * @param summary  what the import read and set aside, not null
     * @throws NullPointerException if a component is null
     */
    public CsvTableResult {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(summary, "summary");
    }

    /**
     * Returns the rows lenient mode set aside as bad; always empty after a strict import.
     *
     * @return the rejected rows, in input order, never null
     */
    public List<RejectedRow> rejected() {
        return summary.rejected();
    }
}
