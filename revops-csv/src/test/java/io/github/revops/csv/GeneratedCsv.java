package io.github.revops.csv;

import java.io.Reader;
import java.time.LocalDate;

/**
 * A Reader that writes a deals CSV on the fly, one row at a time, so a test can read a million rows that never
 * exist as a file or a string. Row {@code i} follows the rules of the static methods below.
 */
final class GeneratedCsv extends Reader {

    static final String HEADER = "id,customer,owner,amount,created,closed,stage\n";
    private static final LocalDate BASE = LocalDate.of(2017, 1, 1);

    private final int rows;
    private final StringBuilder line = new StringBuilder(HEADER);
    private int pos;
    private int next;

    GeneratedCsv(int rows) {
        this.rows = rows;
    }

    static String stage(int i) {
        return i % 3 == 0 ? "Won" : i % 3 == 1 ? "Lost" : "Engaging";
    }

    static boolean isBad(int i) {
        return i % 250_000 == 123;
    }

    static long cents(int i) {
        return i % 3 == 0 ? (i % 1000) * 100L + i % 100 : 0;
    }

    static LocalDate created(int i) {
        return BASE.plusDays(i % 365);
    }

    static int cycle(int i) {
        return i % 90;
    }

    private static void row(int i, StringBuilder out) {
        out.append('D').append(i).append(",C").append(i % 5000).append(",O").append(i % 30).append(',');
        if (isBad(i)) {
            out.append("oops");
        } else if (i % 3 == 0) {
            out.append(cents(i) / 100).append('.').append(cents(i) % 100 < 10 ? "0" : "").append(cents(i) % 100);
        } else if (i % 3 == 1) {
            out.append('0');
        }
        out.append(',').append(created(i)).append(',');
        if (i % 3 != 2) {
            out.append(created(i).plusDays(cycle(i)));
        }
        out.append(',').append(stage(i)).append('\n');
    }

    @Override
    public int read(char[] buffer, int offset, int length) {
        if (length == 0) {
            return 0;
        }
        if (pos == line.length()) {
            if (next == rows) {
                return -1;
            }
            line.setLength(0);
            pos = 0;
            row(next++, line);
        }
        int n = Math.min(length, line.length() - pos);
        line.getChars(pos, pos + n, buffer, offset);
        pos += n;
        return n;
    }

    @Override
    public void close() {
        next = rows;
        pos = line.length();
    }
}
