package io.github.revops.csv;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongConsumer;

/**
 * The id check of a read on several threads, done by the chunks' workers rather than on the merging thread
 * (docs/decisions/0058). Each worker, once its chunk is read, puts the chunk's kept ids in one table shared by the
 * read, which keeps per id the smallest key of its rows: the chunk's index in the file, then the row's line in the
 * chunk ({@link #key}). A row that finds a smaller key is flagged in its chunk ({@link Chunk#duplicateBits}); a row
 * that lowers a larger key leaves that key in a queue ({@link #displaced}), for the rare case of a first row read
 * after a later one. When chunk k is merged every chunk up to k is in the table, so a kept row of chunk k is a
 * repeat if and only if it is flagged or displaced, and then the table's key for its id names the first row.
 *
 * <p>The table is split by the high bits of the ids' mixed hashes into parts, each an {@link IdSlots} table behind
 * its own lock: a worker sorts its chunk's rows by part and takes each lock once, and reads the first slot of each
 * of the part's rows before it looks any up, so that their cache misses overlap rather than come one after another.
 * The parts are made when the first chunk comes, sized from its rows per byte as the serial check is, with room made
 * ahead for at most {@link ByteIds#MOST_EXPECTED} ids in all; beyond, the parts grow as ids come. A chunk's lines
 * stay below 2^32 - 1 (a chunk is at most 8 MiB and its last record).
 * Thread-safe.
 */
final class PartitionedIds {

    /** The ids a part is made for, before it grows. */
    static final int IDS_PER_PART = 8 * 1024;
    /** The most parts, a power of two. */
    static final int MOST_PARTS = 256;

    private final boolean texts;
    private final long dataBytes;
    private final Queue<Long> displaced = new ConcurrentLinkedQueue<>();
    private volatile Part[] parts;

    /**
     * Makes an empty table.
     *
     * @param texts  true when chunks keep their ids as Strings ({@link Chunk#keptTexts}), false for bytes
     * @param dataBytes  the bytes of the file's data, to size the table from the first chunk's rows per byte
     */
    PartitionedIds(boolean texts, long dataBytes) {
        this.texts = texts;
        this.dataBytes = dataBytes;
    }

    /**
     * Returns the key of a row: the chunk's index in the high half, its line in the chunk + 1 in the low half, so
     * that keys are above 0 and order rows as the file does.
     */
    static long key(int chunkIndex, long line) {
        return (long) chunkIndex << 32 | (line + 1);
    }

    /** Returns the index of the chunk of a key. */
    static int chunkOf(long key) {
        return (int) (key >>> 32);
    }

    /** Returns the line in its chunk + 1 of a key. */
    static long lineOf(long key) {
        return key & 0xFFFF_FFFFL;
    }

    /** Returns the number of parts for a number of ids: one per {@value #IDS_PER_PART}, a power of two. */
    static int partsFor(long ids) {
        long parts = 1;
        while (parts < MOST_PARTS && parts * IDS_PER_PART < ids) {
            parts *= 2;
        }
        return (int) parts;
    }

    /**
     * Puts a chunk's kept ids in the table and flags its repeated rows; called by the chunk's worker once it is read.
     *
     * @param chunk  the chunk, read, with ids kept
     * @param index  its place in the file, 0 for the first
     * @return the chunk
     */
    <P> Chunk<P> add(Chunk<P> chunk, int index) {
        chunk.index = index;
        chunk.duplicateBits = new long[(chunk.kept + 63) >>> 6];
        if (chunk.kept == 0) {
            return chunk;
        }
        Part[] table = parts(chunk);
        int bits = Integer.numberOfTrailingZeros(table.length);
        int[] starts = new int[table.length + 1];
        for (int i = 0; i < chunk.kept; i++) {
            starts[partOf(chunk.keptHashes[i], bits) + 1]++;
        }
        for (int p = 0; p < table.length; p++) {
            starts[p + 1] += starts[p];
        }
        int[] rows = new int[chunk.kept];
        int[] next = starts.clone();
        for (int i = 0; i < chunk.kept; i++) {
            rows[next[partOf(chunk.keptHashes[i], bits)]++] = i;
        }
        // the first pass takes the parts no other worker holds, starting at a place of its own; the second waits
        boolean[] done = new boolean[table.length];
        for (int pass = 0; pass < 2; pass++) {
            for (int n = 0; n < table.length; n++) {
                int p = (n + index * (table.length / 2 + 1)) & (table.length - 1);
                if (done[p] || starts[p] == starts[p + 1]) {
                    continue;
                }
                ReentrantLock lock = table[p].lock;
                if (pass == 0 && !lock.tryLock()) {
                    continue;
                }
                if (pass == 1) {
                    lock.lock();
                }
                try {
                    table[p].touch(chunk, rows, starts[p], starts[p + 1]);
                    for (int r = starts[p]; r < starts[p + 1]; r++) {
                        add(table[p], chunk, rows[r], index);
                    }
                } finally {
                    lock.unlock();
                }
                done[p] = true;
            }
        }
        return chunk;
    }

    private void add(Part part, Chunk<?> chunk, int row, int index) {
        long key = key(index, chunk.keptLines[row]);
        long had;
        if (texts) {
            had = part.texts.lowerKey(chunk.keptTexts[row], chunk.keptHashes[row], key);
        } else {
            ByteTexts ids = chunk.keptIds;
            had = part.bytes.lowerKey(ids.bytes(), ids.from(row), ids.to(row), chunk.keptHashes[row], key);
        }
        if (had != 0 && had < key) {
            chunk.duplicateBits[row >>> 6] |= 1L << row;
        } else if (had > key) {
            displaced.add(had);
        }
    }

    /**
     * Returns the smallest key of the rows with a kept row's id, from the chunks in the table so far.
     *
     * @param chunk  a chunk whose kept ids are in the table, or that is read again (then 0 may come back)
     * @param row  the kept row
     * @return the key, or 0 when no row with the id is in the table
     */
    long firstKey(Chunk<?> chunk, int row) {
        Part[] table = parts;
        if (table == null) {
            return 0;
        }
        int hash = chunk.keptHashes[row];
        Part part = table[partOf(hash, Integer.numberOfTrailingZeros(table.length))];
        part.lock.lock();
        try {
            if (texts) {
                return part.texts.keyOf(chunk.keptTexts[row], hash);
            }
            ByteTexts ids = chunk.keptIds;
            return part.bytes.keyOf(ids.bytes(), ids.from(row), ids.to(row), hash);
        } finally {
            part.lock.unlock();
        }
    }

    /**
     * Hands the keys lowered since the last call (each the key of a row that is a repeat after all) to a sink.
     *
     * @param sink  where each key goes
     */
    void drainDisplaced(LongConsumer sink) {
        for (Long key = displaced.poll(); key != null; key = displaced.poll()) {
            sink.accept(key);
        }
    }

    /** Returns the part of a hash: the high {@code bits} bits of its mixed form (the low ones pick the slot). */
    private static int partOf(int hash, int bits) {
        return bits == 0 ? 0 : UniqueIds.spread(hash) >>> (32 - bits);
    }

    /** Returns the parts, made from the first chunk's rows per byte when it comes. */
    private Part[] parts(Chunk<?> first) {
        Part[] table = parts;
        if (table == null) {
            synchronized (this) {
                table = parts;
                if (table == null) {
                    long expected = first.stop > first.start
                            ? (long) first.kept * dataBytes / (first.stop - first.start) : first.kept;
                    int count = partsFor(expected);
                    int room = (int) Math.max(IdSlots.FIRST_SLOTS / 2,
                            Math.min(ByteIds.MOST_EXPECTED, expected) / count);
                    table = new Part[count];
                    for (int p = 0; p < count; p++) {
                        table[p] = new Part(texts, room);
                    }
                    parts = table;
                }
            }
        }
        return table;
    }

    /** One part of the table: its ids as bytes or as Strings, and its lock. */
    private static final class Part {

        final ReentrantLock lock = new ReentrantLock();
        final ByteIds bytes;
        final UniqueIds texts;

        /** The sum of the slots {@link #touch} read, kept so that the reads are not left out. */
        long touched;

        Part(boolean texts, int room) {
            this.bytes = texts ? null : new ByteIds(room);
            this.texts = texts ? new UniqueIds(room) : null;
        }

        /** Reads the first slot of each row's id ({@link IdSlots#firstSlot}) before any is looked up. */
        void touch(Chunk<?> chunk, int[] rows, int from, int to) {
            IdSlots ids = texts != null ? texts : bytes;
            long sum = touched;
            for (int r = from; r < to; r++) {
                sum += ids.firstSlot(chunk.keptHashes[rows[r]]);
            }
            touched = sum;
        }
    }
}
