package io.github.revops.csv;

import java.io.Reader;

/**
 * A Reader that writes a deals CSV of bad rows on the fly, so a test can read millions of rows, or rows of
 * megabytes, that never exist as a file or a string. Row {@code i} is deal {@code B<i>} whose owner cell is
 * {@code fill} repeated {@code fillLength} times and whose amount is {@code amount}.
 */
final class BadRowsCsv extends Reader {

    static final String HEADER = "id,customer,owner,amount,created,closed,stage\n";

    private final int rows;
    private final char fill;
    private final int fillLength;
    private final String amount;
    private final StringBuilder text = new StringBuilder(HEADER);
    private int pos;
    private int next;
    private int fillLeft;
    private boolean suffixDue;

    BadRowsCsv(int rows, char fill, int fillLength, String amount) {
        this.rows = rows;
        this.fill = fill;
        this.fillLength = fillLength;
        this.amount = amount;
    }

    @Override
    public int read(char[] buffer, int offset, int length) {
        if (length == 0) {
            return 0;
        }
        if (pos == text.length() && !refill()) {
            return -1;
        }
        int n = Math.min(length, text.length() - pos);
        text.getChars(pos, pos + n, buffer, offset);
        pos += n;
        return n;
    }

    private boolean refill() {
        text.setLength(0);
        pos = 0;
        if (fillLeft > 0) {
            int n = Math.min(fillLeft, 8192);
            text.append(String.valueOf(fill).repeat(n));
            fillLeft -= n;
        } else if (suffixDue) {
            text.append(',').append(amount).append(",2017-01-05,2017-03-01,Won\n");
            suffixDue = false;
        } else if (next < rows) {
            text.append('B').append(next++).append(",Acme,");
            fillLeft = fillLength;
            suffixDue = true;
        } else {
            return false;
        }
        return true;
    }

    @Override
    public void close() {
        next = rows;
        fillLeft = 0;
        suffixDue = false;
        pos = text.length();
    }
}
