package io.github.revops.examples.report;

import java.util.Locale;

/**
 * Makes text from the inputs (file names, names of agents and offices, rejected values, messages) safe to print
 * on a terminal and to place in the HTML page (docs/decisions/0102).
 *
 * <p>Every character that could steer a terminal, reorder or hide text, or break the page's XML is written as a
 * visible escape {@code \}{@code uXXXX} (upper-case hexadecimal): the C0 controls U+0000 to U+001F (tab, line feed
 * and carriage return included: a value is one line), DEL U+007F, the C1 controls U+0080 to U+009F (CSI, OSC), the
 * bidirectional formatting characters U+061C, U+200E, U+200F, U+202A to U+202E and U+2066 to U+2069, the line and
 * paragraph separators U+2028 and U+2029, the non-characters U+FFFE and U+FFFF, and a surrogate without its pair.
 * Everything else, accents, scripts and emoji included, is kept. A backslash is kept as it is: the escapes make
 * text safe, not reversible.
 */
public final class DisplayText {

    /** The most characters of a table cell; a longer one is cut and ends with {@code "..."}. */
    public static final int CELL = 60;

    private DisplayText() {
    }

    /**
     * Escapes the unsafe characters of a text.
     *
     * @param text  the text, not null
     * @return the text with each unsafe character as {@code \}{@code uXXXX}, never null
     */
    public static String escape(String text) {
        return escape(text, false);
    }

    /**
     * Escapes the unsafe characters of a text of several lines, keeping its line feeds (U+000A), as the text report
     * placed on the HTML page has them; every other unsafe character is escaped as {@link #escape} does.
     *
     * @param text  the text, not null
     * @return the text with each unsafe character but the line feed as {@code \}{@code uXXXX}, never null
     */
    public static String escapeKeepingLines(String text) {
        return escape(text, true);
    }

    private static String escape(String text, boolean keepLines) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean paired = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (paired) {
                if (out != null) {
                    out.append(c).append(text.charAt(i + 1));
                }
                i++;
            } else if (isUnsafe(c) && !(keepLines && c == '\n')) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 16).append(text, 0, i);
                }
                out.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    /**
     * Returns a text as a table cell shows it: escaped, then cut to {@value #CELL} characters.
     *
     * @param text  the text, not null
     * @return the cell's text, never null
     */
    public static String cell(String text) {
        return cut(escape(text), CELL);
    }

    /**
     * Returns a text escaped and cut to a number of characters, the last three of them {@code "..."} when cut.
     *
     * @param text  the text, not null
     * @param max  the most characters, at least 4
     * @return the text, never null
     */
    public static String bounded(String text, int max) {
        return cut(escape(text), max);
    }

    private static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 4)) ? max - 4 : max - 3;
        return text.substring(0, end) + "...";
    }

    private static boolean isUnsafe(char c) {
        return c < 0x20 || c >= 0x7F && c <= 0x9F
                || c == '\u061C' || c == '\u200E' || c == '\u200F' || c >= '\u202A' && c <= '\u202E'
                || c >= '\u2066' && c <= '\u2069' || c == '\u2028' || c == '\u2029'
                || c == '\uFFFE' || c == '\uFFFF' || Character.isSurrogate(c);
    }
}
