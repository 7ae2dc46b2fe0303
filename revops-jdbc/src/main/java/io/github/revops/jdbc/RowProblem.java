package io.github.revops.jdbc;

import io.github.revops.domain.InvalidRecordException;

import java.util.Optional;

/**
 * A bad row, thrown inside an import and turned into a {@link RejectedRow} or a {@link JdbcImportException}; it
 * never leaves the package. No stack trace: lenient imports may make many.
 */
final class RowProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The characters of a reason that a rejected row keeps (a reason quotes the record's id and value). */
    private static final int REASON_CHARACTERS = 500;

    private final String column;
    private final transient Optional<String> value;

    /**
     * Creates the problem.
     *
     * @param column  the column's label, or the field's name when no column holds it
     * @param value  the value as messages show it, empty for SQL NULL
     * @param cause  the domain's exception, whose message is the reason
     */
    RowProblem(String column, Optional<String> value, InvalidRecordException cause) {
        super(cause.getMessage(), cause, false, false);
        this.column = column;
        this.value = value;
    }

    /**
     * Returns the problem as a rejected row.
     *
     * @param row  the row's number in the result
     * @return the rejected row
     */
    RejectedRow at(long row) {
        return new RejectedRow(row, column, value, Column.cut(getMessage(), REASON_CHARACTERS));
    }
}
