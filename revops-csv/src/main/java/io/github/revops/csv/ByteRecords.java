package io.github.revops.csv;

import java.nio.charset.StandardCharsets;

/**
 * A CSV parser over UTF-8 bytes for the common case, reading the same records as Commons CSV with the readers'
 * format (docs/decisions/0125): unquoted values, quoted values with doubled quotes and line breaks inside, records
 * ended by LF or CRLF, empty lines skipped. Anything else it does not decide on its own: a lone CR, a quote inside an
 * unquoted value, text after a closing quote, an unclosed quote, a value with blanks at either end (Commons CSV trims
 * them), bytes that are not valid UTF-8. There it answers {@link #FALLBACK} and the import reads the whole file with
 * Commons CSV, so every file gives the records, and the errors, of the record reader.
 *
 * <p>It reads a window of the file, {@code bytes[0..limit)}; {@link #MORE} asks for a larger window from the
 * current record on. A value of ASCII bytes stays a byte range of the window ({@link RowCells}) until it is asked
 * for as a String; values of short, repeated texts (labels, names) then come from a per-column cache, so a million
 * rows do not make a million copies of "Won". Not thread-safe: one per chunk.
 */
final class ByteRecords {

    /** A record was read into the cells. */
    static final int RECORD = 0;
    /** The window ends at the end of the file and holds no further record. */
    static final int END = 1;
    /** The record (or empty line) at {@link #position()} runs past the window. */
    static final int MORE = 2;
    /** The bytes at the current record need Commons CSV. */
    static final int FALLBACK = 3;

    private static final byte QUOTE = '"';
    private static final byte LF = '\n';
    private static final byte CR = '\r';

    private final byte delimiter;
    private final RowCells cells = new RowCells();
    private TextCache[] caches = new TextCache[0];
    private byte[] scratch = new byte[64];
    private byte[] bytes;
    private int limit;
    private boolean endOfFile;
    private int pos;
    private long breaks;

    ByteRecords(char delimiter) {
        this.delimiter = (byte) delimiter;
    }

    /**
     * Sets the window; the position goes to its start.
     *
     * @param window  the bytes
     * @param length  how many bytes of it hold the file
     * @param lastWindow  true when the window ends at the end of the file
     */
    void window(byte[] window, int length, boolean lastWindow) {
        this.bytes = window;
        this.limit = length;
        this.endOfFile = lastWindow;
        this.pos = 0;
    }

    /** Returns the offset in the window where the next record or empty line starts. */
    int position() {
        return pos;
    }

    /** Returns the line breaks read so far, in records and empty lines, counted as Commons CSV counts them. */
    long lineBreaks() {
        return breaks;
    }

    /** Returns the cells of the last record read. */
    RowCells cells() {
        return cells;
    }

    /**
     * Skips one empty line at the position, if there is one.
     *
     * @return {@link #RECORD} if a line was skipped, {@link #END} if none is there, {@link #MORE} or
     *         {@link #FALLBACK}
     */
    int skipEmptyLine() {
        if (pos >= limit) {
            return endOfFile ? END : MORE;
        }
        byte b = bytes[pos];
        if (b == LF) {
            pos++;
            breaks++;
            return RECORD;
        }
        if (b == CR) {
            if (pos + 1 >= limit) {
                return endOfFile ? FALLBACK : MORE;
            }
            if (bytes[pos + 1] != LF) {
                return FALLBACK;
            }
            pos += 2;
            breaks++;
            return RECORD;
        }
        return END;
    }

    /**
     * Reads the record at the position (not an empty line: skip those first).
     *
     * @return {@link #RECORD}, {@link #END} at the end of the file, {@link #MORE} or {@link #FALLBACK}; on any but
     *         RECORD the position stays at the record's start
     */
    int next() {
        int start = pos;
        long startBreaks = breaks;
        if (pos >= limit) {
            return endOfFile ? END : MORE;
        }
        cells.clear(bytes);
        int i = pos;
        while (true) {
            int column = cells.size();
            int end;
            String value;
            if (i < limit && bytes[i] == QUOTE) {
                int scanned = quoted(i + 1);
                if (scanned < 0) {
                    breaks = startBreaks;
                    return scanned == -MORE ? MORE : FALLBACK;
                }
                value = unquoted;
                end = scanned;
            } else {
                int j = i;
                int high = 0;
                while (j < limit) {
                    byte b = bytes[j];
                    if (b == delimiter || b == LF || b == CR) {
                        break;
                    }
                    if (b == QUOTE) {
                        breaks = startBreaks;
                        return FALLBACK;
                    }
                    high |= b;
                    j++;
                }
                if (j >= limit && !endOfFile) {
                    breaks = startBreaks;
                    return MORE;
                }
                end = j;
                if (j > i && high >= 0) {
                    if (isBlank(bytes[i]) || isBlank(bytes[j - 1])) {
                        breaks = startBreaks;
                        return FALLBACK;
                    }
                    cells.add(i, j, cache(column));
                    value = null;
                } else {
                    value = j == i ? "" : text(column, i, j);
                    if (value == null || !value.isEmpty() && (Character.isWhitespace(value.charAt(0))
                            || Character.isWhitespace(value.charAt(value.length() - 1)))) {
                        breaks = startBreaks;
                        return FALLBACK;
                    }
                }
            }
            if (value != null) {
                cells.add(value);
            }
            if (end >= limit) {
                pos = end;
                return RECORD;
            }
            byte b = bytes[end];
            if (b == delimiter) {
                i = end + 1;
                if (i >= limit && endOfFile) {
                    cells.add("");
                    pos = i;
                    return RECORD;
                }
                continue;
            }
            if (b == LF) {
                pos = end + 1;
                breaks++;
                return RECORD;
            }
            if (b == CR && end + 1 < limit && bytes[end + 1] == LF) {
                pos = end + 2;
                breaks++;
                return RECORD;
            }
            breaks = startBreaks;
            pos = start;
            return b == CR && end + 1 >= limit && !endOfFile ? MORE : FALLBACK;
        }
    }

    /**
     * Checks if an ASCII byte is a blank that Commons CSV trims ({@link Character#isWhitespace}): every such byte is
     * at most a space, so a byte above it, as most are, is told by one comparison (docs/decisions/0059).
     */
    static boolean isBlank(byte ascii) {
        return ascii <= ' ' && Character.isWhitespace((char) ascii);
    }

    private String unquoted;

    /**
     * Reads a quoted value whose text starts at {@code from}, into {@link #unquoted}.
     *
     * @return the offset after the closing quote, or {@code -MORE} or {@code -FALLBACK}
     */
    private int quoted(int from) {
        int j = from;
        int length = 0;
        int high = 0;
        boolean copied = false;
        byte previous = 0;
        while (true) {
            if (j >= limit) {
                return endOfFile ? -FALLBACK : -MORE;
            }
            byte b = bytes[j];
            if (b == QUOTE) {
                if (j + 1 >= limit && !endOfFile) {
                    return -MORE;
                }
                if (j + 1 < limit && bytes[j + 1] == QUOTE) {
                    if (!copied) {
                        copy(from, length);
                        copied = true;
                    }
                    append(length++, QUOTE);
                    j += 2;
                    previous = QUOTE;
                    continue;
                }
                break;
            }
            if (b == CR || b == LF && previous != CR) {
                breaks++;
            }
            if (copied) {
                append(length, b);
            }
            high |= b;
            length++;
            previous = b;
            j++;
        }
        byte[] source = copied ? scratch : bytes;
        int offset = copied ? 0 : from;
        unquoted = new String(source, offset, length, StandardCharsets.UTF_8);
        if (high < 0 && unquoted.indexOf('\uFFFD') >= 0) {
            return -FALLBACK;
        }
        return j + 1;
    }

    private void copy(int from, int length) {
        ensure(length);
        System.arraycopy(bytes, from, scratch, 0, length);
    }

    private void append(int at, byte b) {
        ensure(at + 1);
        scratch[at] = b;
    }

    private void ensure(int length) {
        if (scratch.length < length) {
            scratch = java.util.Arrays.copyOf(scratch, Math.max(length, scratch.length * 2));
        }
    }

    /** Returns the text of non-ASCII bytes {@code [from, to)}, or null if they are not valid UTF-8. */
    private String text(int column, int from, int to) {
        String text = cache(column).text(bytes, from, to);
        if (text.indexOf('\uFFFD') >= 0) {
            return null;
        }
        return text;
    }

    /** Returns a column's text cache. */
    private TextCache cache(int column) {
        if (column >= caches.length) {
            caches = java.util.Arrays.copyOf(caches, Math.max(column + 1, caches.length * 2));
        }
        TextCache cache = caches[column];
        if (cache == null) {
            cache = new TextCache();
            caches[column] = cache;
        }
        return cache;
    }
}
