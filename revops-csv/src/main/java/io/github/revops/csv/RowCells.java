package io.github.revops.csv;

import java.util.Arrays;
import java.util.Objects;

/**
 * The values of the record the byte parser read last, in arrays reused from record to record. A value of ASCII
 * bytes without blanks at either end is kept as its byte range of the parser's window and becomes a String only
 * when asked for ({@link #get}), through its column's {@link TextCache}; the typed readers of {@link Row} read such a
 * value from its bytes ({@link #isBytes}) and never ask. Other values (quoted, or with bytes of multi-byte UTF-8
 * characters) are decoded when read.
 */
final class RowCells implements Cells {

    private String[] values = new String[16];
    private int[] froms = new int[16];
    private int[] tos = new int[16];
    private TextCache[] caches = new TextCache[16];
    /** Per value of bytes decoded by {@link #get}, its entry in the column's cache, or -1. */
    private int[] entries = new int[16];
    private byte[] bytes;
    private int size;

    void clear(byte[] window) {
        size = 0;
        bytes = window;
    }

    /** Adds a decoded value. */
    void add(String value) {
        ensure();
        values[size] = value;
        froms[size] = -1;
        size++;
    }

    /** Adds a value of ASCII bytes {@code [from, to)} of the window, decoded by the cache when asked for. */
    void add(int from, int to, TextCache cache) {
        ensure();
        values[size] = null;
        froms[size] = from;
        tos[size] = to;
        caches[size] = cache;
        size++;
    }

    private void ensure() {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
            froms = Arrays.copyOf(froms, size * 2);
            tos = Arrays.copyOf(tos, size * 2);
            caches = Arrays.copyOf(caches, size * 2);
            entries = Arrays.copyOf(entries, size * 2);
        }
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public String get(int index) {
        String value = values[Objects.checkIndex(index, size)];
        if (value == null) {
            value = caches[index].text(bytes, froms[index], tos[index]);
            values[index] = value;
            entries[index] = caches[index].lastEntry();
        }
        return value;
    }

    /**
     * Returns the entry number of a value of bytes in its column's {@link TextCache} (decoding it if not yet done):
     * equal values of a column have the same entry all through one parser; -1 for a value the cache does not hold
     * or a value that is not bytes.
     */
    int entry(int index) {
        if (!isBytes(index)) {
            return -1;
        }
        get(index);
        return entries[index];
    }

    /** Checks if a value is ASCII bytes of the window without blanks at either end, read by {@link #from}/{@link #to}. */
    boolean isBytes(int index) {
        return froms[Objects.checkIndex(index, size)] >= 0;
    }

    /** Returns the window the byte values index. */
    byte[] bytes() {
        return bytes;
    }

    /** Returns where a byte value starts in the window. */
    int from(int index) {
        return froms[index];
    }

    /** Returns where a byte value ends in the window (exclusive). */
    int to(int index) {
        return tos[index];
    }

    /** Returns the value's length in chars, which for a byte value (ASCII) is its length in bytes. */
    int length(int index) {
        return isBytes(index) ? tos[index] - froms[index] : values[index].length();
    }

    @Override
    public boolean isBlank(int index) {
        return isBytes(index) ? tos[index] == froms[index] : values[index].isBlank();
    }
}
