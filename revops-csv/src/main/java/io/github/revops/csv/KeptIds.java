package io.github.revops.csv;

import java.util.Arrays;

/**
 * The ids the column reader's merge has accepted, with the line of each: what {@link UniqueIds} does for the record
 * reader, answering the same, for ids whose hashes the chunks' workers took already. Its hash table holds
 * primitives only (an id's mixed hash and its index in acceptance order), so a new id costs one probe of a
 * {@code long[]} and reads no other id; an id's text is compared only when a kept id has the same hash. Memory per
 * id: 16 to 32 bytes of slots, a reference and a line, besides the id's text (which the chunks hold anyway). Not
 * thread-safe.
 */
final class KeptIds {

    private static final int FIRST_SLOTS = 1 << 12;

    /** Per slot: the mixed hash in the high half, the index in {@link #ids} + 1 in the low half; 0 when empty. */
    private long[] slots = new long[FIRST_SLOTS];
    private String[] ids = new String[FIRST_SLOTS / 2];
    private long[] lines = new long[FIRST_SLOTS / 2];
    private int size;

    /**
     * Records an id, or finds its earlier line.
     *
     * @param id  the record's id
     * @param hash  the id's {@link String#hashCode()}
     * @param line  the line of the record
     * @return the line of the earlier record with that id, or 0 when the id is new (and now recorded)
     */
    long earlierLine(String id, int hash, long line) {
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
                if (ids[k].equals(id)) {
                    return lines[k];
                }
            }
            i = (i + 1) & mask;
        }
        if (size == ids.length) {
            ids = Arrays.copyOf(ids, 2 * size);
            lines = Arrays.copyOf(lines, 2 * size);
        }
        ids[size] = id;
        lines[size] = line;
        size++;
        slots[i] = (long) mixed << 32 | size;
        if (2 * size > slots.length) {
            grow();
        }
        return 0;
    }

    private void grow() {
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
        slots = bigger;
    }
}
