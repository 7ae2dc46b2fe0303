package io.github.revops.csv;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The texts of one column read so far, found by their UTF-8 bytes, so a repeated value (a stage label, a date, an
 * owner) is decoded once and shared. It holds at most {@value #SLOTS} / 2 texts of at most {@value #LONGEST} bytes,
 * and stops looking up when it has found fewer than {@value #TRIAL} / 2 repeats by its {@value #TRIAL}th new text
 * (a column of ids), so its memory and cost stay bounded. Each text it holds has an entry number, 0 for the first
 * held, 1 for the next, never reused ({@link #lastEntry()}), by which a caller keeps its own codes of the column's
 * values without hashing them again (docs/decisions/0056).
 *
 * <p>A cell is hashed and compared eight bytes at a time ({@link ByteWords}): its words are mixed into the hash, and
 * each slot keeps its text's hash, length and first two words, so finding a cell of up to 16 bytes reads two words
 * of it, and a slot's key and its two words, and compares no byte one by one (docs/decisions/0059). Not
 * thread-safe.
 */
final class TextCache {

    private static final int SLOTS = 4096;
    private static final int FIRST_SLOTS = 64;
    private static final int LONGEST = 48;
    private static final int TRIAL = 2048;
    /** The bits of a slot that hold its entry number + 1. */
    private static final long ENTRY = 0xFFFF;

    /**
     * Per slot, its text's hash (high 32 bits), length in bytes (bits 16 to 31) and entry number + 1 (low 16 bits),
     * or 0 for an empty slot: one read tells a probe whether the slot's text may be the cell.
     */
    private long[] slots = new long[FIRST_SLOTS];
    /** Per slot, the first two words of its text ({@link ByteWords#first}, {@link ByteWords#second}). */
    private long[] heads = new long[2 * FIRST_SLOTS];
    /** Per entry, the text, and where its words past the first two start in {@link #tails}. */
    private String[] texts = new String[FIRST_SLOTS / 2];
    private int[] starts = new int[FIRST_SLOTS / 2];
    /** The words of the held texts longer than 16 bytes past their first two, the last padded with zero bytes. */
    private long[] tails = new long[FIRST_SLOTS];
    private int tailCount;
    private int lastEntry = -1;
    private int used;
    private int lookups;
    private int hits;
    private boolean off;

    /** Returns the text of {@code bytes[from..to)}, decoded as UTF-8 (malformed bytes as U+FFFD). */
    String text(byte[] bytes, int from, int to) {
        int length = to - from;
        lastEntry = -1;
        if (off || length > LONGEST) {
            return new String(bytes, from, length, StandardCharsets.UTF_8);
        }
        long first = ByteWords.first(bytes, from, to);
        long second = ByteWords.second(bytes, from, to);
        int hash = ByteWords.hash(first, second, bytes, from, to);
        long key = (long) hash << 32 | (long) length << 16;
        int mask = slots.length - 1;
        int slot = hash & mask;
        long held;
        while ((held = slots[slot]) != 0) {
            if ((held & ~ENTRY) == key && heads[2 * slot] == first && heads[2 * slot + 1] == second
                    && (length <= 2 * Long.BYTES || sameTail((int) (held & ENTRY) - 1, bytes, from, to))) {
                int entry = (int) (held & ENTRY) - 1;
                hits++;
                lastEntry = entry;
                return texts[entry];
            }
            slot = (slot + 1) & mask;
        }
        String text = new String(bytes, from, length, StandardCharsets.UTF_8);
        if (used < SLOTS / 2) {
            hold(slot, key, first, second, text, bytes, from, to);
        }
        if (++lookups == TRIAL) {
            off = hits < TRIAL / 2;
        }
        return text;
    }

    /**
     * Returns the entry number of the text the last {@link #text} call returned, or -1 when the cache does not hold
     * it (it is off, the text is too long, or the cache is full).
     */
    int lastEntry() {
        return lastEntry;
    }

    /** Checks if the words of an entry's text past its first two are those of {@code bytes[from, to)}. */
    private boolean sameTail(int entry, byte[] bytes, int from, int to) {
        int at = starts[entry];
        for (int p = from + 2 * Long.BYTES; p < to; p += Long.BYTES) {
            if (tails[at++] != ByteWords.word(bytes, p, to)) {
                return false;
            }
        }
        return true;
    }

    /** Holds a new text in an empty slot, as the next entry. */
    private void hold(int slot, long key, long first, long second, String text, byte[] bytes, int from, int to) {
        int entry = used;
        if (entry == texts.length) {
            texts = Arrays.copyOf(texts, 2 * entry);
            starts = Arrays.copyOf(starts, 2 * entry);
        }
        int count = Math.max(0, (to - from - 2 * Long.BYTES + Long.BYTES - 1) / Long.BYTES);
        if (tailCount + count > tails.length) {
            tails = Arrays.copyOf(tails, Math.max(tailCount + count, 2 * tails.length));
        }
        texts[entry] = text;
        starts[entry] = tailCount;
        for (int p = from + 2 * Long.BYTES; p < to; p += Long.BYTES) {
            tails[tailCount++] = ByteWords.word(bytes, p, to);
        }
        slots[slot] = key | entry + 1;
        heads[2 * slot] = first;
        heads[2 * slot + 1] = second;
        lastEntry = entry;
        if (++used == slots.length / 2 && slots.length < SLOTS) {
            grow();
        }
    }

    private void grow() {
        long[] oldSlots = slots;
        long[] oldHeads = heads;
        slots = new long[oldSlots.length * 2];
        heads = new long[oldHeads.length * 2];
        int mask = slots.length - 1;
        for (int i = 0; i < oldSlots.length; i++) {
            if (oldSlots[i] != 0) {
                int slot = (int) (oldSlots[i] >>> 32) & mask;
                while (slots[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                slots[slot] = oldSlots[i];
                heads[2 * slot] = oldHeads[2 * i];
                heads[2 * slot + 1] = oldHeads[2 * i + 1];
            }
        }
    }
}
