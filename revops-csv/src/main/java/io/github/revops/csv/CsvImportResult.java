package io.github.revops.csv;

import java.util.List;
import java.util.Objects;

/**
 * The records an import read into memory, with its summary (rows read, rejected and skipped rows).
 * <pre>{@code
 * CsvImportResult<Deal> result = DealCsv.mavenCrm().build().readAll(Path.of("sales_pipeline.csv"));
 * result.records().size();             // 8300: the 500 Prospecting deals have no created date and are skipped
 * result.summary().skipped().size();   // 500
 * }</pre>
 *
 * @param <T>  the record type
 * @param records  the records, in input order, not null
 * @param summary  what the import read and set aside, not null
 * @since 0.1.0
 */
public record CsvImportResult<T>(List<T> records, CsvImportSummary summary) {

    /**
     * Validates the result.
     *
     * @param records  the records, in input order, not null
     * @param summary  what the import read and set aside, not null
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the number of records is not the summary's accepted count
     */
    public CsvImportResult {
        records = List.copyOf(Objects.requireNonNull(records, "records"));
        Objects.requireNonNull(summary, "summary");
        if (records.size() != summary.accepted()) {
            throw new IllegalArgumentException("records (" + records.size() + ") must number summary.accepted ("
                    + summary.accepted() + ")");
        }
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
