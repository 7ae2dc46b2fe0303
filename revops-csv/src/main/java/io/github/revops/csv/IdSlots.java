package io.github.revops.csv;

import java.util.Arrays;

/**
 * The hash table of primitive slots that {@link UniqueIds} (ids as Strings) and {@link ByteIds} (ids as UTF-8 bytes)
 * share: per slot an id's mixed hash ({@link UniqueIds#spread}) in the high half and its index in acceptance order + 1
 * in the low half, 0 when empty, with linear probing; and a value per id, its line for the merge's serial check or
 * the smallest key of its rows for {@link PartitionedIds}. A new id costs one probe of a {@code long[]}; an id kept
 * under another hash is never read. A subclass keeps the ids themselves and says whether the id at an index is the
 * one being looked up ({@link #isLookedUp}). Not thread-safe.
 */
abstract class IdSlots {

    static final int FIRST_SLOTS = 1 << 12;

    private long[] slots;
    private long[] lines;
    private int size;

    /**
     * Makes a table with room for a number of ids before it grows.
     *
     * @param room  the ids to make room for, at least {@code FIRST_SLOTS / 2}
     */
    IdSlots(int room) {
        makeRoom(room);
    }

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
        int found = find(mixed);
        if (found >= 0) {
            return lines[found];
        }
        record(-found - 1, mixed, line);
        return 0;
    }

    /**
     * Finds the id being looked up and lowers its key to {@code key} if that is smaller, or records it with that key
     * as index {@link #size()} - 1 (the subclass then keeps the id there).
     *
     * @param hash  the id's {@link String#hashCode()}
     * @param key  a key above 0
     * @return the key the id had before (it now has the smaller of the two), or 0 when the id is new (and now
     *         recorded)
     */
    final long lowerKeyOf(int hash, long key) {
        int mixed = UniqueIds.spread(hash);
        int found = find(mixed);
        if (found >= 0) {
            long had = lines[found];
            if (key < had) {
                lines[found] = key;
            }
            return had;
        }
        record(-found - 1, mixed, key);
        return 0;
    }

    /**
     * Finds the id being looked up and records nothing.
     *
     * @param hash  the id's {@link String#hashCode()}
     * @return its line or key, or 0 when it is not recorded
     */
    final long valueOf(int hash) {
        int found = find(UniqueIds.spread(hash));
        return found >= 0 ? lines[found] : 0;
    }

    /**
     * Reads the slot where the probe for an id starts and returns it, recording nothing: reading the slots of a
     * batch of ids one after another, with no read waiting for another, brings them into the cache together before
     * the ids are looked up one by one (docs/decisions/0058).
     *
     * @param hash  the id's {@link String#hashCode()}
     * @return the slot, for the caller to fold into a value it keeps (so that the read is not left out)
     */
    final long firstSlot(int hash) {
        return slots[UniqueIds.spread(hash) & (slots.length - 1)];
    }

    /** Returns the index of the id looked up, or {@code -1 - slot} for the empty slot where it would go. */
    private int find(int mixed) {
        int mask = slots.length - 1;
        int i = mixed & mask;
        while (true) {
            long slot = slots[i];
            if (slot == 0) {
                return -1 - i;
            }
            if ((int) (slot >>> 32) == mixed) {
                int k = (int) slot - 1;
                if (isLookedUp(k)) {
                    return k;
                }
            }
            i = (i + 1) & mask;
        }
    }

    private void record(int slot, int mixed, long value) {
        if (size == lines.length) {
            lines = Arrays.copyOf(lines, 2 * size);
        }
        lines[size] = value;
        size++;
        slots[slot] = (long) mixed << 32 | size;
        if (2 * size > slots.length) {
            slots = grown(slots);
        }
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
