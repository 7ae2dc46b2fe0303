package io.github.revops.jdbc;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Thrown when an import stops: a bad row in strict mode, or a problem of the whole query in either mode.
 *
 * <p>The message names the source, the row, the column and the value, and says what is wrong:
 * <pre>{@code
 * deals row 7, column 'engage_date', value NULL: deal '0A3F': createdDate (null) is required
 * deals row 9, column 'deal_stage', value 'Pending': deal 'ZZ1': status ('Pending') is not a mapped status label ...
 * deals, column 'close_value' (float8): money is never read from a binary floating point column: ...
 * deals: the query failed: ERROR: relation "dealz" does not exist
 * }</pre>
 * For a bad row the cause is the domain's {@link io.github.revops.domain.InvalidRecordException}, whose message is
 * the reason; for a failing query or connection it is the driver's {@link java.sql.SQLException}. When the
 * exception is thrown by {@code readAll} or {@code readTable} nothing is returned: a strict import is all or nothing.
 *
 * @since 0.1.0
 */
public final class JdbcImportException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The name of the input. */
    private final String source;
    /** The row's number, or 0 for a problem of the whole query. */
    private final long row;
    /** The column, or null. */
    private final String column;
    /** The value as text, or null for SQL NULL or a problem of the whole query. */
    private final String value;
    /** What is wrong. */
    private final String reason;

    private JdbcImportException(String source, long row, String column, String value, String reason,
                                Throwable cause) {
        super(message(source, row, column, value, reason), cause);
        this.source = Objects.requireNonNull(source, "source");
        this.row = row;
        this.column = column;
        this.value = value;
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    static JdbcImportException ofRow(String source, RejectedRow row, Throwable cause) {
        return new JdbcImportException(source, row.row(), row.column(), row.value().orElse(null), row.reason(),
                cause);
    }

    static JdbcImportException ofColumn(String source, String column, String reason) {
        return new JdbcImportException(source, 0, Objects.requireNonNull(column, "column"), null, reason, null);
    }

    static JdbcImportException ofQuery(String source, String reason, Throwable cause) {
        return new JdbcImportException(source, 0, null, null, reason, cause);
    }

    private static String message(String source, long row, String column, String value, String reason) {
        if (row > 0) {
            return source + " " + new RejectedRow(row, column, Optional.ofNullable(value), reason);
        }
        return source + (column == null ? "" : ", column '" + column + "'") + ": " + reason;
    }

    /**
     * Returns the name of the input, such as {@code "query"} or the name given with {@link SqlSource#named}.
     *
     * @return the source name, never null
     */
    public String source() {
        return source;
    }

    /**
     * Returns the number of the bad row in the result, the first row being 1.
     *
     * @return the row, or empty for a problem of the whole query
     */
    public OptionalLong row() {
        return row > 0 ? OptionalLong.of(row) : OptionalLong.empty();
    }

    /**
     * Returns the column the problem is in: its label in the result, or the record field's name when no column
     * holds the field.
     *
     * @return the column, or empty for a problem of the query as a whole (it failed, or the connection did)
     */
    public Optional<String> column() {
        return Optional.ofNullable(column);
    }

    /**
     * Returns the bad value as text (its first 100 characters).
     *
     * @return the value; empty for SQL {@code NULL}, and when the problem is not in a row
     */
    public Optional<String> value() {
        return Optional.ofNullable(value);
    }

    /**
     * Checks if the problem is in one row, which lenient mode would have set aside, rather than in the query as a
     * whole, which stops every import.
     *
     * @return true for a problem of one row
     */
    public boolean isRowProblem() {
        return row > 0;
    }

    /**
     * Returns what is wrong, without the source, row, column and value.
     *
     * @return the reason, never null
     */
    public String reason() {
        return reason;
    }
}
