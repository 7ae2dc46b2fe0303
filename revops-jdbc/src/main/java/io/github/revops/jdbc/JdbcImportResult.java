package io.github.revops.jdbc;

import java.util.List;
import java.util.Objects;

/**
 * What an import loaded (a list of records, or a column table), with its summary.
 * <pre>{@code
 * JdbcImportResult<DealTable> result = columns.readTable(SqlSource.query(dataSource, "SELECT * FROM deals"));
 * DealTable table = result.loaded();
 * result.summary().rowsRead();
 * }</pre>
 *
 * @param <V>  what was loaded: {@code List<Deal>}, {@code DealTable}, ...
 * @param loaded  the records in result order, or the table, not null
 * @param summary  what the import read and set aside, not null
 * @since 0.1.0
 */
public record JdbcImportResult<V>(V loaded, JdbcImportSummary summary) {

    /**
     * Validates the result.
     *
     * @param loaded  the records or the table, not null
     * @param summary  what the import read and set aside, not null
     * @throws NullPointerException if a component is null
     */
    public JdbcImportResult {
        Objects.requireNonNull(loaded, "loaded");
        Objects.requireNonNull(summary, "summary");
    }

    /**
     * Returns the bad rows lenient mode set aside and listed; always empty after a strict import.
     *
     * @return the rejected rows, in result order, never null
     */
    public List<RejectedRow> rejected() {
        return summary.rejected();
    }
}
