package io.github.revops.csv;

/**
 * A bad or skipped row, thrown inside the import and turned into a {@link RejectedRow} or a
 * {@link CsvImportException}; it never leaves the package. No stack trace: lenient imports may make many.
 */
final class RowProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String column;
    private final String value;
    private final String reason;
    private final boolean skip;

    RowProblem(String column, String value, String reason, Throwable cause, boolean skip) {
        super(reason, cause, false, false);
        this.column = column;
        this.value = value;
        this.reason = reason;
        this.skip = skip;
    }

    boolean isSkip() {
        return skip;
    }

    /** Returns the row set aside at a line, its column, value and reason cut to bounded lengths. */
    RejectedRow at(long line) {
        return new RejectedRow(line, ShownText.value(column), ShownText.value(value), ShownText.reason(reason));
    }
}
