package io.github.revops.csv;

import java.util.Objects;
import java.util.Optional;

/**
 * Thrown when a CSV import stops: a bad row in strict mode, or a problem of the whole file in either mode.
 *
 * <p>The message names the source (a file name), the line, the column and the value, and says what is wrong:
 * <pre>{@code
 * deals.csv line 7, column 'Close Date', value '2017-02-30': not a date (expected yyyy-MM-dd)
 * deals.csv line 1, column 'Stage': missing from the header (found: Opportunity ID, Amount)
 * }</pre>
 * When a record rejected the row (a close date before the created date, a negative amount), the cause is the
 * domain's {@link io.github.revops.domain.InvalidRecordException} and the reason is its message. The message stays
 * short whatever the file holds: the value and the column are cut to their first 100 characters and the reason to
 * its first 500 (then {@code "..."} and the length). When the exception
 * is thrown nothing is returned: an import is all or nothing in strict mode.
 *
 * @since 0.1.0
 */
public final class CsvImportException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The name of the input. */
    private final String source;
    /** The line of the problem, the header being line 1. */
    private final long line;
    /** The column, or null for a problem of the whole file. */
    private final String column;
    /** The value, or null for a problem of the header or the file. */
    private final String value;
    /** True for a problem of one row. */
    private final boolean rowProblem;
    /** What is wrong. */
    private final String reason;

    CsvImportException(String source, long line, String column, String value, String reason, Throwable cause) {
        super(message(source, line, column, value, reason), cause);
        this.source = Objects.requireNonNull(source, "source");
        this.line = line;
        this.column = column;
        this.value = value;
        this.rowProblem = value != null;
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    static CsvImportException ofRow(String source, RejectedRow row, Throwable cause) {
        return new CsvImportException(source, row.line(), row.column(), row.value(), row.reason(), cause);
    }

    static CsvImportException ofHeader(String source, String column, String reason) {
        return new CsvImportException(source, 1, column, null, reason, null);
    }

    static CsvImportException ofFile(String source, long line, String reason, Throwable cause) {
        return new CsvImportException(source, line, null, null, reason, cause);
    }

    private static String message(String source, long line, String column, String value, String reason) {
        StringBuilder text = new StringBuilder().append(source).append(" line ").append(line);
        if (column != null) {
            text.append(", column '").append(column).append('\'');
        }
        if (value != null) {
            text.append(", value '").append(value).append('\'');
        }
        return text.append(": ").append(reason).toString();
    }

    /**
     * Returns the name of the input, such as the file name.
     *
     * @return the source name, never null
     */
    public String source() {
        return source;
    }

    /**
     * Returns the line the problem is on, counting the header as line 1; a row that spans lines (a quoted value
     * with a line break) is named by its first line.
     *
     * @return the line number, at least 1
     */
    public long line() {
        return line;
    }

    /**
     * Returns the column the problem is in: its header name, or the record field's name when no column holds it.
     *
     * @return the column, or empty for a problem of the whole file (broken quoting)
     */
    public Optional<String> column() {
        return Optional.ofNullable(column);
    }

    /**
     * Returns the bad value, as the row has it after trimming, cut to its first 100 characters when longer
     * ({@code "xxxx... (70,000 characters)"}).
     *
     * @return the value, or empty when the problem is in the header or the file rather than a row
     */
    public Optional<String> value() {
        return Optional.ofNullable(value);
    }

    /**
     * Checks if the problem is in one row, which lenient mode would have set aside, rather than in the header or
     * the file as a whole, which stops every import.
     *
     * @return true for a problem of one row
     */
    public boolean isRowProblem() {
        return rowProblem;
    }

    /**
     * Returns what is wrong, without the source, line, column and value.
     *
     * @return the reason, never null
     */
    public String reason() {
        return reason;
    }
}
