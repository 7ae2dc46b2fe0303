package io.github.revops.csv;

import java.util.Objects;

/**
 * A row an import set aside, with where it is and why: rejected as bad in lenient mode, or skipped on purpose by a
 * policy such as {@link MissingCreatedDate#SKIP}.
 *
 * @param line  the row's first line in the input, counting the header as line 1
 * @param column  the column the problem is in (its header name, or the record field's name), not null
 * @param value  the value found there, after trimming, possibly empty, not null; an import cuts a value longer
 *               than 100 characters (and a column name) to its first 100, then {@code "..."} and its length
 * @param reason  what is wrong, not null; an import cuts it to its first 500 characters in the same way
 * @since 0.1.0
 */
public record RejectedRow(long line, String column, String value, String reason) {

    /**
     * Validates the row.
     *
     * @param line  the row's first line, at least 1
     * @param column  the column, not null
     * @param value  the value, not null
     * @param reason  what is wrong, not null
     * @throws NullPointerException if a text is null
     * @throws IllegalArgumentException if the line is below 1
     */
    public RejectedRow {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(reason, "reason");
        if (line < 1) {
            throw new IllegalArgumentException("line (" + line + ") must be >= 1");
        }
    }

    /**
     * Returns the row as a message, as {@link CsvImportException} would say it.
     *
     * @return {@code "line 7, column 'Close Date', value '2017-02-30': not a date (expected yyyy-MM-dd)"}
     */
    @Override
    public String toString() {
        return "line " + line + ", column '" + column + "', value '" + value + "': " + reason;
    }
}
