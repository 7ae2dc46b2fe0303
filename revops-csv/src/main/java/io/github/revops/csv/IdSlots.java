package io.github.revops.csv;

import java.util.Arrays;

/**
 * The hash table of primitive slots that {@link UniqueIds} (ids as Strings) and {@link ByteIds} (ids as UTF-8 bytes)
 * share: per slot an id's mixed hash ({@link UniqueIds#spread}) in the high half and its index in acceptance order + 1
 * in the low half, 0 when empty, with linear probing; and the line of each id. A new id costs one probe of a
 * {@code long[]}; an id kept under another hash is never read. A subclass keeps the ids themselves and says whether
 * the id at an index is the one being looked up ({@link #isLookedUp}). Not thread-safe.
 */
abstract class IdSlots {

    static final int FIRST_SLOTS = 1 << 12;

    private long[] slots = new long[FIRST_SLOTS];
    private long[] lines = new long[FIRST_SLOTS / 2];
    private int size;

    /** Returns the number of ids recorded. */
    final int size() {
        return size;
    }

    /**
     * Sizes the table for a number of ids before the first is recorded; the answers are the same either way.
     *
     * @param room  the ids to make room for, at least {@code FIRST_SLOTS / 2}
     */
    final void makeRoom(int room) {
        int slotCount = FIRST_SLOTS;
        while (slotCount < 2 * room) {
            slotCount *= 2;
        }
        slots = new long[slotCount];
        lines = new long[room];
    }

    /**
     * Finds the id being looked up, or records it as index {@link #size()} - 1 (the subclass then keeps the id there).
     *
     * @param hash  the id's {@link String#hashCode()}
     * @param line  the line of the record
     * @return the line of the earlier record with that id, or 0 when the id is new (and now recorded)
     */
    final long earlierLineOf(int hash, long line) {
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
                if (isLookedUp(k)) {
                    return lines[k];
                }
            }
            i = (i + 1) & mask;
        }
        if (size == lines.length) {
            lines = Arrays.copyOf(lines, 2 * size);
        }
        lines[size] = line;
        size++;
        slots[i] = (long) mixed << 32 | size;
        if (2 * size > slots.length) {
            slots = grown(slots);
        }
        return 0;
    }

    /**
     * Says whether the id kept at an index is the one being looked up.
     *
     * @param index  the index of a kept id whose mixed hash is the looked-up one's
     * @return true if the ids are equal
     */
    abstract boolean isLookedUp(int index);

    /** Returns the slots in twice as many, each placed again by its hash. */
    private static long[] grown(long[] slots) {
        long[] bigger = new long[2 * slots.length];
        int mask = bigger.length - 1;
        for (long slot : slots) {
            if (slot != 0) {
                int i = (int) (slot >>> 32) & mask;
                while (bigger[i] != 0) {
                    i = (i + 1) & mask;
                }
                bigger[i] = slot;
            }
        }
        return bigger;
    }
}
