package io.github.revops.jdbc;

import java.util.Objects;
import java.util.Optional;

/**
 * A row an import set aside as bad in lenient mode, with where it is and why.
 *
 * @param row  the row's number in the result, the first row being 1
 * @param column  the column the problem is in (its label in the result), or the record field's name when no column
 *     holds it, not null
 * @param value  the value found there as text (its first 100 characters), empty for SQL {@code NULL}, not null
 * @param reason  what is wrong: the message of the domain's {@code InvalidRecordException}, not null
 * @since 0.1.0
 */
public record RejectedRow(long row, String column, Optional<String> value, String reason) {

    /**
     * Validates the row.
     *
     * @param row  the row's number, at least 1
     * @param column  the column, not null
     * @param value  the value, empty for SQL {@code NULL}, not null
     * @param reason  what is wrong, not null
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the row is below 1
     */
    public RejectedRow {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(reason, "reason");
        if (row < 1) {
            throw new IllegalArgumentException("row (" + row + ") must be >= 1");
        }
    }

    /**
     * Returns the row as a message, as {@link JdbcImportException} would say it.
     *
     * @return {@code "row 7, column 'engage_date', value NULL: deal '0A3F': createdDate (null) is required"}
     */
    @Override
    public String toString() {
        return "row " + row + ", column '" + column + "', value " + value.map(v -> "'" + v + "'").orElse("NULL")
                + ": " + reason;
    }
}
