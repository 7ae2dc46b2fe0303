package io.github.revops.csv;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Bytes of a cell read eight at a time, as little-endian {@code long} words, for a hash and a comparison that take a
 * step per word rather than per byte (docs/decisions/0059). Word {@code k} of the bytes {@code [from, to)} holds
 * bytes {@code from + 8k} to {@code from + 8k + 7}; the last word holds the bytes left, its higher bytes zero. Two
 * ranges of one length have the same bytes exactly when they have the same words (ranges of other lengths may have
 * the same words: "ab" and "ab" with a zero byte after it). Stateless.
 */
final class ByteWords {

    private static final VarHandle WORDS = MethodHandles.byteArrayViewVarHandle(long[].class,
            ByteOrder.LITTLE_ENDIAN);
    /** An odd constant (2^64 over the golden ratio) whose product spreads a word's bits upwards. */
    private static final long MIX = 0x9E3779B97F4A7C15L;

    private ByteWords() {
    }

    /**
     * Returns the word of {@code bytes[at, to)} starting at {@code at} ({@code at < to}): eight bytes, or the bytes
     * left with zero bytes above them. Reads no byte at or past {@code to} into the word, and none past the array.
     */
    static long word(byte[] bytes, int at, int to) {
        int left = to - at;
        if (left >= Long.BYTES) {
            return (long) WORDS.get(bytes, at);
        }
        if (at + Long.BYTES <= bytes.length) {
            return (long) WORDS.get(bytes, at) & -1L >>> (Long.SIZE - Byte.SIZE * left);
        }
        long word = 0;
        for (int i = to - 1; i >= at; i--) {
            word = word << Byte.SIZE | bytes[i] & 0xFF;
        }
        return word;
    }

    /**
     * Returns a hash of {@code bytes[from, to)}: {@link #hash(long, long, byte[], int, int)} of its first two words.
     */
    static int hash(byte[] bytes, int from, int to) {
        return hash(first(bytes, from, to), second(bytes, from, to), bytes, from, to);
    }

    /** Returns the first word of {@code bytes[from, to)}, 0 for no bytes. */
    static long first(byte[] bytes, int from, int to) {
        return to > from ? word(bytes, from, to) : 0;
    }

    /** Returns the second word of {@code bytes[from, to)}, 0 for 8 bytes or fewer. */
    static long second(byte[] bytes, int from, int to) {
        return to - from > Long.BYTES ? word(bytes, from + Long.BYTES, to) : 0;
    }

    /**
     * Returns a hash of {@code bytes[from, to)} whose first two words ({@link #first}, {@link #second}) the caller
     * read already: the length, then each word, multiplied in, which carries a word's bits only upwards; then the
     * high half folded onto the low one and multiplied again, of which the high half is the hash, so its lowest bits
     * (a table's slot) depend on every byte.
     */
    static int hash(long first, long second, byte[] bytes, int from, int to) {
        long hash = ((to - from ^ first) * MIX ^ second) * MIX;
        for (int at = from + 2 * Long.BYTES; at < to; at += Long.BYTES) {
            hash = (hash ^ word(bytes, at, to)) * MIX;
        }
        hash ^= hash >>> 32;
        return (int) (hash * MIX >>> 32);
    }
}
