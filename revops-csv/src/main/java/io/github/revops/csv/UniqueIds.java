package io.github.revops.csv;

/**
 * The ids an import has accepted so far, with the line of each, to refuse a second record with the same id where
 * it is read (file and line) rather than later, in a metric, without either. It holds each distinct id, so its
 * memory grows with the records (an open-addressing table of at most 32 bytes an id besides the id's text); a
 * reader can turn it off. Any reader of the package uses it; not thread-safe.
 */
final class UniqueIds {

    private static final int FIRST_SLOTS = 1 << 10;

    private String[] ids = new String[FIRST_SLOTS];
    private long[] lines = new long[FIRST_SLOTS];
    private int size;

    /**
     * Records an id, or finds its earlier line.
     *
     * @param id  the record's id
     * @param line  the line of the record
     * @return the line of the earlier record with that id, or 0 when the id is new (and now recorded)
     */
    long earlierLine(String id, long line) {
        int mask = ids.length - 1;
        int slot = spread(id.hashCode()) & mask;
        while (ids[slot] != null) {
            if (ids[slot].equals(id)) {
                return lines[slot];
            }
            slot = (slot + 1) & mask;
        }
        ids[slot] = id;
        lines[slot] = line;
        if (++size * 2 > ids.length) {
            grow();
        }
        return 0;
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

    private void grow() {
        String[] oldIds = ids;
        long[] oldLines = lines;
        ids = new String[oldIds.length * 2];
        lines = new long[oldIds.length * 2];
        int mask = ids.length - 1;
        for (int i = 0; i < oldIds.length; i++) {
            if (oldIds[i] != null) {
                int slot = spread(oldIds[i].hashCode()) & mask;
                while (ids[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                ids[slot] = oldIds[i];
                lines[slot] = oldLines[i];
            }
        }
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
