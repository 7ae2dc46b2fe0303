package io.github.revops.csv;

import java.util.Arrays;

/**
 * The ids the column reader's merge has accepted so far, as UTF-8 bytes ({@link ByteTexts}) with the line of each,
 * so that a table read keeps no String per id (docs/decisions/0055); the record reader's {@link UniqueIds} keeps its
 * Strings. The same table of primitive slots as {@link UniqueIds} (an id's mixed hash and its index): an id's bytes
 * are compared only when a kept id has the same hash. Hashes are {@link String#hashCode()} of the id's text, which
 * for ASCII bytes is the same sum over the bytes ({@link #hash}). Not thread-safe.
 */
final class ByteIds {

    private static final int FIRST_SLOTS = 1 << 12;
    /** The most ids {@link #expect} makes room for: beyond, the table grows as ids come. */
    static final int MOST_EXPECTED = 1 << 20;

    /** Per slot: the mixed hash in the high half, the index + 1 in the low half; 0 when empty. */
    private long[] slots = new long[FIRST_SLOTS];
    private final ByteTexts ids = new ByteTexts(FIRST_SLOTS / 2);
    private long[] lines = new long[FIRST_SLOTS / 2];
    private int size;

    /** Returns the {@link String#hashCode()} of the text of ASCII bytes {@code [from, to)}. */
    static int hash(byte[] text, int from, int to) {
        int hash = 0;
        for (int i = from; i < to; i++) {
            hash = 31 * hash + text[i];
        }
        return hash;
    }

    /**
     * Makes room for a number of ids before the first is recorded (at most {@link #MOST_EXPECTED}, 24 bytes each:
     * the slots and the lines; the ids' bytes still grow as they come), so that the table is not grown and copied
     * again and again on the way; does nothing once an id is recorded. The answers are the same either way
     * (docs/decisions/0056).
     *
     * @param expected  the number of ids expected, an estimate
     */
    void expect(long expected) {
        if (size > 0) {
            return;
        }
        int room = (int) Math.min(MOST_EXPECTED, Math.max(FIRST_SLOTS / 2, expected));
        int slotCount = FIRST_SLOTS;
        while (slotCount < 2 * room) {
            slotCount *= 2;
        }
        slots = new long[slotCount];
        lines = new long[room];
    }

    /**
     * Records an id, or finds its earlier line.
     *
     * @param id  bytes holding the id, UTF-8
     * @param from  where it starts in them
     * @param to  where it ends (exclusive)
     * @param hash  the {@link String#hashCode()} of its text
     * @param line  the line of the record
     * @return the line of the earlier record with that id, or 0 when the id is new (and now recorded)
     */
    long earlierLine(byte[] id, int from, int to, int hash, long line) {
        int mixed = UniqueIds.spread(hash);
        int mask = slots.length - 1;
        int i = mixed & mask;
        while (true) {
            long slot = slots[i];
            if (slot == 0) {
                break;
            }
            if ((int) (slot >>> 32) == mixed) {
                int k = (int) slot - 1;
                if (ids.equals(k, id, from, to)) {
                    return lines[k];
                }
            }
            i = (i + 1) & mask;
        }
        if (size == lines.length) {
            lines = Arrays.copyOf(lines, 2 * size);
        }
        ids.add(id, from, to);
        lines[size] = line;
        size++;
        slots[i] = (long) mixed << 32 | size;
        if (2 * size > slots.length) {
            grow();
        }
        return 0;
    }

    private void grow() {
        slots = UniqueIds.grown(slots);
    }
}
