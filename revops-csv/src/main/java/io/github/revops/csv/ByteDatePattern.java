package io.github.revops.csv;

import java.util.Optional;

/**
 * A date pattern of numeric fields and separators ({@code yyyy-MM-dd}, {@code M/d/yyyy}, {@code dd.MM.uuuu}, ...)
 * read straight from ASCII bytes, without a String or a {@link java.time.format.DateTimeFormatter}
 * (docs/decisions/0055). It answers only where the formatter of the same pattern certainly gives the same date: a
 * four-digit year from 1, {@code MM}/{@code dd} as two digits, {@code M}/{@code d} as one or two, each separator as
 * written, and a day that exists. Anything else (more digits, a sign, 30 February, a time) it leaves to the
 * formatter, which then gives the answer or the error. Immutable and thread-safe.
 */
final class ByteDatePattern {

    private static final int YEAR = 0;
    private static final int MONTH = 1;
    private static final int DAY = 2;
    private static final int LITERAL = 3;
    private static final String SEPARATORS = "-/.";

    /** Per part: YEAR, MONTH, DAY or LITERAL. */
    private final int[] kinds;
    /** Per part: the digits a field must have (0: one or two), or a literal's byte. */
    private final int[] widths;
    /**
     * When every field has a fixed width ({@code yyyy-MM-dd}): per byte of the text, its field (YEAR, MONTH, DAY) or
     * the negated literal byte; else null.
     */
    private final int[] layout;

    private ByteDatePattern(int[] kinds, int[] widths) {
        this.kinds = kinds;
        this.widths = widths;
        this.layout = layout(kinds, widths);
    }

    private static int[] layout(int[] kinds, int[] widths) {
        int length = 0;
        for (int p = 0; p < kinds.length; p++) {
            if (kinds[p] != LITERAL && widths[p] == 0) {
                return null;
            }
            length += kinds[p] == LITERAL ? 1 : widths[p];
        }
        int[] layout = new int[length];
        int at = 0;
        for (int p = 0; p < kinds.length; p++) {
            if (kinds[p] == LITERAL) {
                layout[at++] = -widths[p];
            } else {
                for (int k = 0; k < widths[p]; k++) {
                    layout[at++] = kinds[p];
                }
            }
        }
        return layout;
    }

    /**
     * Returns the byte reader of a pattern, or empty when the pattern has other letters, other separators, two
     * fields without a separator between them, or a field twice or not at all.
     */
    static Optional<ByteDatePattern> of(String pattern) {
        int[] kinds = new int[pattern.length()];
        int[] widths = new int[pattern.length()];
        int parts = 0;
        boolean[] seen = new boolean[3];
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            int run = 1;
            while (i + run < pattern.length() && pattern.charAt(i + run) == c) {
                run++;
            }
            int kind;
            int width;
            if (SEPARATORS.indexOf(c) >= 0 && run == 1) {
                kind = LITERAL;
                width = c;
            } else if ((c == 'y' || c == 'u') && run == 4) {
                kind = YEAR;
                width = 4;
            } else if ((c == 'M' || c == 'd') && run <= 2) {
                kind = c == 'M' ? MONTH : DAY;
                width = run == 2 ? 2 : 0;
            } else {
                return Optional.empty();
            }
            if (kind != LITERAL) {
                if (seen[kind] || parts > 0 && kinds[parts - 1] != LITERAL) {
                    return Optional.empty();
                }
                seen[kind] = true;
            }
            kinds[parts] = kind;
            widths[parts] = width;
            parts++;
            i += run;
        }
        if (!seen[YEAR] || !seen[MONTH] || !seen[DAY]) {
            return Optional.empty();
        }
        return Optional.of(new ByteDatePattern(java.util.Arrays.copyOf(kinds, parts),
                java.util.Arrays.copyOf(widths, parts)));
    }

    /**
     * Reads a date from ASCII bytes {@code [from, to)}.
     *
     * @return the date as {@code year * 10000 + month * 100 + day}, or 0 when the formatter must decide
     */
    int read(byte[] bytes, int from, int to) {
        if (layout != null) {
            return readLayout(bytes, from, to);
        }
        int at = from;
        int year = 0;
        int month = 0;
        int day = 0;
        for (int p = 0; p < kinds.length; p++) {
            int kind = kinds[p];
            if (kind == LITERAL) {
                if (at >= to || bytes[at] != widths[p]) {
                    return 0;
                }
                at++;
                continue;
            }
            int digits = 0;
            int value = 0;
            while (at < to && digits < 5 && isDigit(bytes[at])) {
                value = value * 10 + bytes[at] - '0';
                digits++;
                at++;
            }
            int width = widths[p];
            if (width == 0 ? digits < 1 || digits > 2 : digits != width) {
                return 0;
            }
            if (kind == YEAR) {
                year = value;
            } else if (kind == MONTH) {
                month = value;
            } else {
                day = value;
            }
        }
        return at == to ? valid(year, month, day) : 0;
    }

    /** Reads a text of the fixed layout, byte by byte. */
    private int readLayout(byte[] bytes, int from, int to) {
        if (to - from != layout.length) {
            return 0;
        }
        int year = 0;
        int month = 0;
        int day = 0;
        for (int i = 0; i < layout.length; i++) {
            int role = layout[i];
            int b = bytes[from + i];
            if (role < 0) {
                if (b != -role) {
                    return 0;
                }
                continue;
            }
            int digit = b - '0';
            if (digit < 0 || digit > 9) {
                return 0;
            }
            if (role == YEAR) {
                year = year * 10 + digit;
            } else if (role == MONTH) {
                month = month * 10 + digit;
            } else {
                day = day * 10 + digit;
            }
        }
        return valid(year, month, day);
    }

    private static int valid(int year, int month, int day) {
        if (year < 1 || month < 1 || month > 12 || day < 1 || day > lengthOfMonth(year, month)) {
            return 0;
        }
        return year * 10000 + month * 100 + day;
    }

    private static boolean isDigit(byte b) {
        return b >= '0' && b <= '9';
    }

    private static int lengthOfMonth(int year, int month) {
        if (month == 2) {
            return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28;
        }
        return month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31;
    }
}
