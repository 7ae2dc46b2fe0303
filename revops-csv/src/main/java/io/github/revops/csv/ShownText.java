package io.github.revops.csv;

import java.util.Locale;

/**
 * Cuts the texts that rejected rows and messages carry (values, column names, reasons) to a bounded length, so a
 * file of huge values cannot make a summary or an exception message huge. Any reader of the package uses it.
 */
final class ShownText {

    /** The characters of a value or a column name that a rejected row keeps. */
    static final int VALUE = 100;
    /** The characters of a reason that a rejected row keeps (a reason may quote a record's id and value). */
    static final int REASON = 500;

    private ShownText() {
    }

    /** Returns the value whole when it has at most {@value #VALUE} characters, else cut (see {@link #cut}). */
    static String value(String text) {
        return cut(text, VALUE);
    }

    /** Returns the reason whole when it has at most {@value #REASON} characters, else cut (see {@link #cut}). */
    static String reason(String text) {
        return cut(text, REASON);
    }

    /**
     * Returns the text whole when it has at most {@code max} characters, otherwise its first {@code max} characters
     * (one fewer where that would split a surrogate pair), {@code "..."} and its length:
     * {@code "AAAA... (10,485,760 characters)"}.
     */
    static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end) + "... (" + grouped(text.length()) + " characters)";
    }

    static String grouped(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
