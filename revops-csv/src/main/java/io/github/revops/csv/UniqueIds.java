package io.github.revops.csv;

import java.util.Arrays;

/**
 * The ids an import has accepted so far, with the line of each, to refuse a second record with the same id where
 * it is read (file and line) rather than later, in a metric, without either. The record reader and the column
 * reader's merge both use it; the merge passes hashes its chunks' workers took already. Its hash table
 * ({@link IdSlots}) holds primitives only (an id's mixed hash and its index in acceptance order), so a new id costs
 * one probe of a {@code long[]} and reads no other id; an id's text is compared only when a kept id has the same
 * hash. It holds each distinct id, so its memory grows with the records (16 to 32 bytes of slots, a reference and
 * a line an id, besides the id's text); a reader can turn it off. Not thread-safe.
 */
final class UniqueIds extends IdSlots {

    /** The ids in acceptance order. */
    private String[] ids;
    /** The id being looked up, for {@link #isLookedUp}. */
    private String lookedUp;

    /** Makes an empty table with the first room. */
    UniqueIds() {
        this(FIRST_SLOTS / 2);
    }

    /**
     * Makes an empty table with room for a number of ids before it grows.
     *
     * @param room  the ids to make room for, at least {@code FIRST_SLOTS / 2}
     */
    UniqueIds(int room) {
        super(room);
        this.ids = new String[room];
    }

    /**
     * Records an id, or finds its earlier line.
     *
     * @param id  the record's id
     * @param line  the line of the record
     * @return the line of the earlier record with that id, or 0 when the id is new (and now recorded)
     */
    long earlierLine(String id, long line) {
        return earlierLine(id, id.hashCode(), line);
    }

    /**
     * Records an id whose hash is known, or finds its earlier line.
     *
     * @param id  the record's id
     * @param hash  the id's {@link String#hashCode()}
     * @param line  the line of the record
     * @return the line of the earlier record with that id, or 0 when the id is new (and now recorded)
     */
    long earlierLine(String id, int hash, long line) {
        return recorded(id, hash, line, false);
    }

    /**
     * Records an id with a key, or lowers its key to that one if smaller ({@link IdSlots#lowerKeyOf}).
     *
     * @param id  the record's id
     * @param hash  the id's {@link String#hashCode()}
     * @param key  the key of the record, above 0
     * @return the key the id had before, or 0 when the id is new (and now recorded)
     */
    long lowerKey(String id, int hash, long key) {
        return recorded(id, hash, key, true);
    }

    /**
     * Returns the key (or line) of an id, recording nothing.
     *
     * @param id  the id
     * @param hash  the id's {@link String#hashCode()}
     * @return its key, or 0 when it is not recorded
     */
    long keyOf(String id, int hash) {
        lookedUp = id;
        long key = valueOf(hash);
        lookedUp = null;
        return key;
    }

    private long recorded(String id, int hash, long value, boolean lowest) {
        lookedUp = id;
        long earlier = lowest ? lowerKeyOf(hash, value) : earlierLineOf(hash, value);
        lookedUp = null;
        if (earlier == 0) {
            int index = size() - 1;
            if (index == ids.length) {
                ids = Arrays.copyOf(ids, 2 * index);
            }
            ids[index] = id;
        }
        return earlier;
    }

    @Override
    boolean isLookedUp(int index) {
        return ids[index].equals(lookedUp);
    }

    /**
     * Mixes a hash so that texts that differ in their last characters (ids counting up, dates, "Agent 17") land far
     * apart: a multiply by the golden ratio's 32-bit constant, then the high bits folded into the low ones that pick
     * the slot. Without it such texts fill runs of adjacent slots, and linear probing walks them.
     */
    static int spread(int hash) {
        int mixed = hash * 0x9E3779B9;
        return mixed ^ mixed >>> 16;
    }

    /**
     * Says why a record with an id already read is a bad row.
     *
     * @param earlierLine  the line of the record read first
     * @return the reason, never null
     */
    static String duplicate(long earlierLine) {
        return "duplicate id: the record on line " + earlierLine + " has it too";
    }
}
