package io.github.revops.csv;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * The unique-id check of a {@link ChunkMerge}: for each kept row in file order, the file line of the first row with
 * its id, or 0 when it is the first. On one thread the check is done here, in one table for the read ({@link ByteIds},
 * or {@link UniqueIds} for chunks that keep their ids as Strings). On several, the chunks' workers have put their ids
 * in a {@link PartitionedIds} (docs/decisions/0058), and only the rows they found repeated are looked up. A chunk read
 * again on the merging thread (its ids are not in that table, and its first read left ids there that no row has)
 * and every chunk after it are checked here, against the table's rows of the chunks before it and a table of their
 * own. Not thread-safe.
 */
final class ChunkIdCheck {

    private final ByteIds ids = new ByteIds();
    /** The ids of chunks that keep them as Strings ({@link ColumnTarget#keepsRecords}). */
    private final UniqueIds idTexts = new UniqueIds();
    /** The ids the chunks' workers checked, or null when they are checked here. */
    private final PartitionedIds shared;
    /** The keys of rows whose id a row before them took after they were put in {@link #shared}. */
    private final Set<Long> displaced = new HashSet<>();
    /** The line breaks before each chunk begun, by index. */
    private long[] breaksBefore = new long[16];
    /** The chunks begun. */
    private int begun;
    /** The first chunk read again, from which on ids are checked here, or -1. */
    private int checkedHereFrom = -1;

    /**
     * Makes the check of one read.
     *
     * @param shared  the table the chunks' workers put their ids in, or null to check them here
     */
    ChunkIdCheck(PartitionedIds shared) {
        this.shared = shared;
    }

    /**
     * Makes room for about a number of ids, an estimate from the first chunk, when they are checked here.
     *
     * @param rows  the rows expected to be kept in the file
     */
    void expectRows(long rows) {
        if (shared == null) {
            ids.expect(rows);
        }
    }

    /**
     * Begins the next chunk in file order.
     *
     * @param chunk  the chunk
     * @param breaks  the line breaks before it
     */
    void begin(Chunk<?> chunk, long breaks) {
        if (begun == breaksBefore.length) {
            breaksBefore = Arrays.copyOf(breaksBefore, 2 * begun);
        }
        breaksBefore[begun] = breaks;
        if (shared != null) {
            shared.drainDisplaced(displaced::add);
            if (checkedHereFrom < 0 && chunk.index != begun) {
                checkedHereFrom = begun;
            }
        }
        begun++;
    }

    /**
     * Returns the file line of the first row with a kept row's id, or 0 when the row is the first (then its id is
     * taken); each kept row of the chunk begun last is asked about once, in file order.
     *
     * @param chunk  the chunk begun last
     * @param i  the kept row
     * @param fileLine  its file line
     */
    long earlierLine(Chunk<?> chunk, int i, long fileLine) {
        if (shared != null) {
            if (checkedHereFrom < 0) {
                long key = PartitionedIds.key(begun - 1, chunk.keptLines[i]);
                boolean flagged = (chunk.duplicateBits[i >>> 6] & 1L << i) != 0;
                if (!flagged && (displaced.isEmpty() || !displaced.remove(key))) {
                    return 0;
                }
                long first = shared.firstKey(chunk, i);
                return first == key ? 0 : fileLine(first);
            }
            long first = shared.firstKey(chunk, i);
            if (first != 0 && PartitionedIds.chunkOf(first) < checkedHereFrom) {
                return fileLine(first);
            }
        }
        ByteTexts kept = chunk.keptIds;
        return kept == null ? idTexts.earlierLine(chunk.keptTexts[i], chunk.keptHashes[i], fileLine)
                : ids.earlierLine(kept.bytes(), kept.from(i), kept.to(i), chunk.keptHashes[i], fileLine);
    }

    /** Returns the file line of a key of {@link PartitionedIds}, whose chunk is begun. */
    private long fileLine(long key) {
        return breaksBefore[PartitionedIds.chunkOf(key)] + PartitionedIds.lineOf(key);
    }
}
