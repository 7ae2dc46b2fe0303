package io.github.revops.csv;

/**
 * The longest text a cell may hold. A longer cell is a bad row (the column named, the value shown by its first
 * characters), so no record, rejected row or message carries a value of megabytes. Immutable and thread-safe.
 */
final class FieldLengthLimit {

    private final int max;

    FieldLengthLimit(int max) {
        if (max < 1) {
            throw new IllegalArgumentException("maxFieldLength (" + max + ") must be >= 1");
        }
        this.max = max;
    }

    int max() {
        return max;
    }

    /** Checks if a text is at most the limit long. */
    boolean fits(String value) {
        return value.length() <= max;
    }

    /** Says why a text is too long. */
    String reason(String value) {
        return "is longer than the " + ShownText.grouped(max) + " characters a field may have ("
                + ShownText.grouped(value.length()) + "; set maxFieldLength on the reader to allow more)";
    }

    /**
     * Checks one cell.
     *
     * @param column  the cell's column, as messages name it
     * @param value  the cell's text, untrimmed
     * @throws RowProblem if the text is longer than the limit
     */
    void check(String column, String value) {
        if (!fits(value)) {
            throw new RowProblem(column, value, reason(value), null, false);
        }
    }
}
