package io.github.revops.csv;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Texts as UTF-8 bytes one after another in one growing array, with no object per text: the ids a chunk kept and
 * the ids the merge accepted (docs/decisions/0055). Not thread-safe.
 */
final class ByteTexts {

    private byte[] bytes;
    /** Text i is {@code bytes[from(i), ends[i])}. */
    private int[] ends;
    private int size;

    ByteTexts(int texts) {
        this.bytes = new byte[16 * texts];
        this.ends = new int[texts];
    }

    /** Adds the text of bytes {@code [from, to)}. */
    void add(byte[] text, int from, int to) {
        if (size == ends.length) {
            ends = Arrays.copyOf(ends, 2 * size);
        }
        int start = from(size);
        int length = to - from;
        if (bytes.length - start < length) {
            bytes = Arrays.copyOf(bytes, (int) Math.min(Integer.MAX_VALUE - 8,
                    Math.max((long) start + length, 2L * bytes.length)));
        }
        System.arraycopy(text, from, bytes, start, length);
        ends[size++] = start + length;
    }

    /** Returns the array holding the texts' bytes (valid until the next {@link #add}). */
    byte[] bytes() {
        return bytes;
    }

    /** Returns where text i starts in {@link #bytes()}. */
    int from(int i) {
        return i == 0 ? 0 : ends[i - 1];
    }

    /** Returns where text i ends in {@link #bytes()} (exclusive). */
    int to(int i) {
        return ends[i];
    }

    /** Checks if text i has the bytes {@code [from, to)}. */
    boolean equals(int i, byte[] text, int from, int to) {
        return Arrays.equals(bytes, from(i), ends[i], text, from, to);
    }

    /** Returns text i decoded. */
    String text(int i) {
        return new String(bytes, from(i), ends[i] - from(i), StandardCharsets.UTF_8);
    }
}
