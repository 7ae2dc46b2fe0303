package io.github.revops.csv;

/**
 * The ids the column reader's merge has accepted so far, as UTF-8 bytes ({@link ByteTexts}) with the line of each,
 * so that a table read keeps no String per id (docs/decisions/0055); the record reader's {@link UniqueIds} keeps its
 * Strings. Both look ids up in the same {@link IdSlots} table: an id's bytes are compared only when a kept id has the
 * same hash. Hashes are {@link String#hashCode()} of the id's text, which for ASCII bytes is the same sum over the
 * bytes ({@link #hash}). Not thread-safe.
 */
final class ByteIds extends IdSlots {

    /** The most ids {@link #expect} makes room for: beyond, the table grows as ids come. */
    static final int MOST_EXPECTED = 1 << 20;

    /** The ids in acceptance order. */
    private final ByteTexts ids;
    /** The id being looked up, for {@link #isLookedUp}: bytes {@code [lookedUpFrom, lookedUpTo)} of these. */
    private byte[] lookedUp;
    private int lookedUpFrom;
    private int lookedUpTo;

    /** Makes an empty table with the first room. */
    ByteIds() {
        this(FIRST_SLOTS / 2);
    }

    /**
     * Makes an empty table with room for a number of ids before it grows.
     *
     * @param room  the ids to make room for, at least {@code FIRST_SLOTS / 2}
     */
    ByteIds(int room) {
        super(room);
        this.ids = new ByteTexts(room);
    }

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
        if (size() > 0) {
            return;
        }
        makeRoom((int) Math.min(MOST_EXPECTED, Math.max(FIRST_SLOTS / 2, expected)));
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
        return recorded(id, from, to, hash, line, false);
    }

    /**
     * Records an id with a key, or lowers its key to that one if smaller ({@link IdSlots#lowerKeyOf}).
     *
     * @param id  bytes holding the id, UTF-8
     * @param from  where it starts in them
     * @param to  where it ends (exclusive)
     * @param hash  the {@link String#hashCode()} of its text
     * @param key  the key of the record, above 0
     * @return the key the id had before, or 0 when the id is new (and now recorded)
     */
    long lowerKey(byte[] id, int from, int to, int hash, long key) {
        return recorded(id, from, to, hash, key, true);
    }

    /**
     * Returns the key (or line) of an id, recording nothing.
     *
     * @param id  bytes holding the id, UTF-8
     * @param from  where it starts in them
     * @param to  where it ends (exclusive)
     * @param hash  the {@link String#hashCode()} of its text
     * @return its key, or 0 when it is not recorded
     */
    long keyOf(byte[] id, int from, int to, int hash) {
        lookUp(id, from, to);
        long key = valueOf(hash);
        lookedUp = null;
        return key;
    }

    private long recorded(byte[] id, int from, int to, int hash, long value, boolean lowest) {
        lookUp(id, from, to);
        long earlier = lowest ? lowerKeyOf(hash, value) : earlierLineOf(hash, value);
        lookedUp = null;   // keeps no chunk's bytes alive
        if (earlier == 0) {
            ids.add(id, from, to);
        }
        return earlier;
    }

    private void lookUp(byte[] id, int from, int to) {
        lookedUp = id;
        lookedUpFrom = from;
        lookedUpTo = to;
    }

    @Override
    boolean isLookedUp(int index) {
        return ids.equals(index, lookedUp, lookedUpFrom, lookedUpTo);
    }
}
