package io.github.revops.csv;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Drives {@link ByteRecords} over a text as the chunk reader does: skip empty lines, read a record, and on
 * {@link ByteRecords#MORE} move the window to the record's start and double it. The outcome is written as one line
 * per record, {@code <line breaks before it>[value|value]}, then how the read ended: {@code end/<line breaks>} or
 * {@code fallback@<offset>/<line breaks>}. Window bytes past the file are filled with quotes, so a read past the
 * window's limit changes the outcome, and a parser that stops advancing ends in {@code stuck@<offset>}.
 */
final class ByteRecordsDriver {

    private ByteRecordsDriver() {
    }

    /** Reads a text whole, in one last window. */
    static String read(String csv) {
        byte[] file = csv.getBytes(StandardCharsets.UTF_8);
        return read(file, file.length, ',');
    }

    /** Reads a file starting with a window of {@code first} bytes (at least 1). */
    static String read(byte[] file, int first, char delimiter) {
        ByteRecords parser = new ByteRecords(delimiter);
        StringBuilder out = new StringBuilder();
        long start = 0;
        int size = first;
        load(parser, file, start, size);
        for (int steps = 0; steps < 4 * file.length + 64; steps++) {
            int state = parser.skipEmptyLine();
            if (state == ByteRecords.END) {
                long line = parser.lineBreaks();
                state = parser.next();
                if (state == ByteRecords.RECORD) {
                    out.append(line).append(cells(parser.cells())).append(' ');
                    continue;
                }
            }
            if (state == ByteRecords.MORE) {
                start += parser.position();
                size *= 2;
                load(parser, file, start, size);
            } else if (state == ByteRecords.FALLBACK) {
                return out.append("fallback@").append(start + parser.position()).append('/')
                        .append(parser.lineBreaks()).toString();
            } else if (state == ByteRecords.END) {
                return out.append("end/").append(parser.lineBreaks()).toString();
            }
        }
        return out.append("stuck@").append(start + parser.position()).toString();
    }

    /**
     * Reads a file with every first window from 1 byte to past its end; returns the distinct outcomes, which for a
     * parser that reads a record across a window's end as it reads it whole is one.
     */
    static Set<String> atEveryWindow(byte[] file, char delimiter) {
        Set<String> outcomes = new LinkedHashSet<>();
        for (int first = 1; first <= file.length + 1; first++) {
            outcomes.add(read(file, first, delimiter));
        }
        return outcomes;
    }

    /** As {@link #atEveryWindow(byte[], char)} for a text in UTF-8 with commas. */
    static Set<String> atEveryWindow(String csv) {
        return atEveryWindow(csv.getBytes(StandardCharsets.UTF_8), ',');
    }

    /** Writes a record's values as {@code [a|b]}, with CR and LF as {@code \r} and {@code \n}. */
    static String cells(Cells cells) {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < cells.size(); i++) {
            out.append(i == 0 ? "" : "|").append(cells.get(i).replace("\r", "\\r").replace("\n", "\\n"));
        }
        return out.append(']').toString();
    }

    /** A parser on one last window holding exactly the text, with quotes after it in the array. */
    static ByteRecords whole(String csv) {
        return window(csv, true);
    }

    /** A parser on one window holding exactly the text, the last or not. */
    static ByteRecords window(String csv, boolean last) {
        byte[] text = csv.getBytes(StandardCharsets.UTF_8);
        byte[] window = Arrays.copyOf(text, text.length + 8);
        Arrays.fill(window, text.length, window.length, (byte) '"');
        ByteRecords parser = new ByteRecords(',');
        parser.window(window, text.length, last);
        return parser;
    }

    private static void load(ByteRecords parser, byte[] file, long start, int size) {
        byte[] window = new byte[size];
        Arrays.fill(window, (byte) '"');
        int n = (int) Math.min(size, file.length - start);
        System.arraycopy(file, (int) start, window, 0, n);
        parser.window(window, n, start + size >= file.length);
    }
}
