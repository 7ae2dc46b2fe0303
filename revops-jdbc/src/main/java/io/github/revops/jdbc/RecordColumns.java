package io.github.revops.jdbc;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What every column mapping does: bind its columns to a result's (once per import, checking their types), then
 * read each row into a record, stopping at or setting aside the bad rows.
 *
 * @param <T>  the record type
 */
abstract class RecordColumns<T> {

    private final ImportSettings settings;

    RecordColumns(ImportSettings settings) {
        this.settings = settings;
    }

    /**
     * Returns the mapping's settings.
     *
     * @return the settings
     */
    final ImportSettings settings() {
        return settings;
    }

    /**
     * Binds the mapping to a result's columns.
     *
     * @param result  the result's columns
     * @return a row reader for one import
     * @throws JdbcImportException if a mapped column is missing or of a type that cannot hold its field
     */
    abstract RecordRow<T> bind(ResultColumns result);

    /**
     * Returns what the mapping does with a bad row.
     *
     * @return the mode, never null
     */
    public ImportMode mode() {
        return settings.mode();
    }

    /**
     * Reads every row of a source into records, in result order; in strict mode all or nothing.
     *
     * @param source  the rows, not null
     * @return the records and the summary, never null
     * @throws JdbcImportException at the first bad row in strict mode, or, in both modes, if a mapped column is
     *         missing or of a type that cannot hold its field, or the query fails
     */
    public JdbcImportResult<List<T>> readAll(SqlSource source) {
        List<T> records = new ArrayList<>();
        return load(source, result -> {
            RecordRow<T> row = bind(result);
            return rows -> records.add(row.read(rows));
        }, () -> Collections.unmodifiableList(records));
    }

    /**
     * Hands each record to an action as it is read, holding one row at a time: for results too large for memory.
     * In strict mode a bad row stops the import with the exception, after the records before it were handed over.
     *
     * @param source  the rows, not null
     * @param action  receives each record, in result order, not null
     * @return the summary, never null
     * @throws JdbcImportException at the first bad row in strict mode, or, in both modes, if a mapped column is
     *         missing or of a type that cannot hold its field, or the query fails
     */
    public JdbcImportSummary forEach(SqlSource source, Consumer<? super T> action) {
        Objects.requireNonNull(action, "action");
        return source.read(rows -> {
            RecordRow<T> row = bind(ResultColumns.of(source.name(), rows.getMetaData()));
            return ImportRun.run(rows, source.name(), settings, r -> action.accept(row.read(r)));
        });
    }

    /**
     * Reads every row of a source with a row action bound to the result's columns, then takes what the rows made.
     *
     * @param <V>  what the rows make: the records, or a table
     * @param source  the rows
     * @param action  binds a row reader to the result's columns and returns what it does with each row
     * @param loaded  what the rows made, taken after the last row
     * @return what the rows made, and the summary
     */
    final <V> JdbcImportResult<V> load(SqlSource source, Function<ResultColumns, ImportRun.RowAction> action,
                                       Supplier<V> loaded) {
        Objects.requireNonNull(source, "source");
        return source.read(rows -> {
            ImportRun.RowAction each = action.apply(ResultColumns.of(source.name(), rows.getMetaData()));
            JdbcImportSummary summary = ImportRun.run(rows, source.name(), settings, each);
            return new JdbcImportResult<>(loaded.get(), summary);
        });
    }

    /**
     * Returns the currency of the tables the mapping loads.
     *
     * @param record  the record name, for the message
     * @return the mapping's currency
     * @throws IllegalStateException if the mapping has no currency
     */
    final Currency tableCurrency(String record) {
        return settings.currency().orElseThrow(() -> new IllegalStateException(record + " mapping has no currency:"
                + " a table is in one currency, set it with currency(code); rows in another currency are then bad"
                + " rows"));
    }
}
