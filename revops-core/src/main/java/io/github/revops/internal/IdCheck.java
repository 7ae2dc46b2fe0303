package io.github.revops.internal;

import io.github.revops.domain.InvalidRecordException;

import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.ToIntFunction;

/**
 * The check that the records of one computation have unique ids (docs/metrics.md#conventions), fed one id at a time so
 * that a metric can take the ids in the same pass as the rest of each record.
 *
 * <p>It keeps a {@code long} per id (its mixed hash and position), not the ids: only ids with equal hashes are compared,
 * and those are read again from the records after the pass, by position. A record that keeps its id's hash
 * ({@code Deal}, {@code Subscription}) is checked without reading its id. Each id goes, as it is taken, to one of up to
 * 1,024 partitions by the top bits of its mixed hash, a few thousand ids each, so that finding
 * the repeated hashes of one partition stays in the processor's first caches and no pass over all ids reads memory
 * at random. Ids built to share one hash are compared in sorted order, so the check stays O(n log n) on any input.
 * Not thread-safe.
 * <pre>{@code
 * IdCheck ids = new IdCheck();
 * for (Deal deal : deals) {
 *     ids.add(deal.id());
 *     ...
 * }
 * ids.check(deals, Deal::id, "deal");   // throws InvalidRecordException naming the first duplicate
 * }</pre>
 *
 * <p>Internal: this package is not exported by the module and may change in any release.
 */
public final class IdCheck {

    /** Runs of equal hashes up to this length are compared pair by pair; longer ones are sorted. */
    private static final int PAIRWISE = 8;
    /** About this many ids per partition: their table fits the processor's first caches. */
    private static final int PER_PARTITION = 4096;
    /** The most partitions (a power of two). */
    private static final int MAX_PARTITIONS = 1024;

    /** Right shift of a mixed hash (as an unsigned {@code long}) to its partition: its top bits. */
    private final int partitionShift;
    /** Per partition, in the order added: its ids' keys, the mixed hash in the high half, the position in the low. */
    private final long[][] partitions;
    private final int[] counts;
    private int size;

    /** Obtains an empty check. */
    public IdCheck() {
        this(64);
    }

    /**
     * Obtains an empty check with room for a number of ids.
     *
     * @param expected  the number of ids expected, not negative
     */
    public IdCheck(int expected) {
        int wanted = Math.max(1, Math.min(MAX_PARTITIONS, expected / PER_PARTITION));
        int bits = Integer.SIZE - Integer.numberOfLeadingZeros(wanted - 1);   // ceil(log2(wanted))
        partitionShift = Integer.SIZE - bits;
        partitions = new long[1 << bits][];
        counts = new int[1 << bits];
        int room = Math.max(16, (expected >> bits) + (expected >> (bits + 3)) + 16);   // an eighth spare
        for (int p = 0; p < partitions.length; p++) {
            partitions[p] = new long[room];
        }
    }

    /**
     * Checks that records have unique ids: the one rule of every id check over records (docs/metrics.md#conventions).
     *
     * @param <T>  the record type
     * @param records  the records, not null
     * @param idHash  the {@link String#hashCode()} of a record's id, as the record keeps it or computed, not null
     * @param id  the id of a record, read again only for records whose id hash another shares, not null
     * @param kind  the kind of record for the message ("deal", "subscription", ...), not null
     * @throws InvalidRecordException naming the first id, in iteration order, that an earlier record already had
     */
    public static <T> void check(Iterable<? extends T> records, ToIntFunction<? super T> idHash,
                                 Function<? super T, String> id, String kind) {
        Objects.requireNonNull(records, "records");
        Objects.requireNonNull(idHash, "idHash");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        IdCheck ids = records instanceof Collection<?> c ? new IdCheck(c.size()) : new IdCheck();
        for (T record : records) {
            ids.add(idHash.applyAsInt(record));
        }
        ids.check(records, id, kind);
    }

    /**
     * Takes the id of the next record.
     *
     * @param id  the id, not null
     */
    public void add(String id) {
        add(id.hashCode());
    }

    /**
     * Takes the id of the next record by its hash, {@code id.hashCode()}, for a record that keeps it.
     *
     * @param idHash  the id's {@link String#hashCode()}
     */
    public void add(int idHash) {
        int hash = spread(idHash);
        int p = (int) ((hash & 0xFFFF_FFFFL) >>> partitionShift);
        long[] keys = partitions[p];
        int count = counts[p];
        if (count == keys.length) {
            keys = Arrays.copyOf(keys, 2 * count);
            partitions[p] = keys;
        }
        keys[count] = (long) hash << 32 | size;
        counts[p] = count + 1;
        size++;
    }

    /**
     * Throws when two of the ids taken are equal. The ids were taken from {@code records} in iteration order; only
     * the ids of records whose id hash another record shares are read again.
     *
     * @param <T>  the record type
     * @param records  the records whose ids were taken, in the same order, not null
     * @param id  the id of a record, not null
     * @param kind  the kind of record for the message ("deal", "subscription", ...), not null
     * @throws InvalidRecordException naming the first id, in iteration order, that an earlier record already had
     */
    public <T> void check(Iterable<? extends T> records, Function<? super T, String> id, String kind) {
        Objects.requireNonNull(records, "records");
        Objects.requireNonNull(id, "id");
        checkRead(positions -> read(records, id, positions), kind);
    }

    /**
     * Throws when two of the ids taken are equal, reading the ids whose hash another id shares by their position
     * (the order in which they were taken): for a source that holds its ids by index, such as a table being built.
     *
     * @param idAt  the id taken at a position, not null
     * @param kind  the kind of record for the message ("deal", "subscription", ...), not null
     * @throws InvalidRecordException naming the first id, in the order taken, that an earlier id equals
     */
    public void check(IntFunction<String> idAt, String kind) {
        Objects.requireNonNull(idAt, "idAt");
        checkRead(positions -> {
            String[] ids = new String[positions.length];
            for (int k = 0; k < positions.length; k++) {
                ids[k] = idAt.apply(positions[k]);
            }
            return ids;
        }, kind);
    }

    /** The check, given how to read the ids at some positions: {@code ids[k]} is the id at {@code positions[k]}. */
    private void checkRead(Function<int[], String[]> idsAt, String kind) {
        Objects.requireNonNull(kind, "kind");
        long[] shared = sharedHashes();
        if (shared.length == 0) {
            return;
        }
        int[] positions = new int[shared.length];
        for (int k = 0; k < shared.length; k++) {
            positions[k] = (int) shared[k];
        }
        String[] ids = idsAt.apply(positions);
        int first = -1;
        for (int from = 0; from < shared.length; ) {
            int to = runEnd(shared, from);
            int duplicate = firstDuplicate(ids, from, to - from);
            if (duplicate >= 0 && (first < 0 || positions[duplicate] < positions[first])) {
                first = duplicate;
            }
            from = to;
        }
        if (first >= 0) {
            throw new InvalidRecordException(kind, ids[first], "id", ids[first], "is not unique");
        }
    }

    /** The end of the run of equal hashes that starts at {@code from}. */
    private static int runEnd(long[] sorted, int from) {
        int to = from + 1;
        while (to < sorted.length && sorted[to] >>> 32 == sorted[from] >>> 32) {
            to++;
        }
        return to;
    }

    /**
     * The keys of the ids whose hash another id shares, sorted by hash and then position. Each partition, small
     * enough for the processor's first caches, finds its repeated hashes in a little open-addressing table.
     */
    private long[] sharedHashes() {
        int largest = 0;
        for (int count : counts) {
            largest = Math.max(largest, count);
        }
        // entries are (the partition's first entry + index + 1) of a key, the sign bit set once the key is shared; an
        // entry at or below the current partition's first is left from an earlier partition and counts as empty, so
        // the table is never cleared
        int[] table = new int[slots(largest)];
        long[] shared = new long[16];
        int count = 0;
        int first = 0;
        for (int p = 0; p < partitions.length; p++) {
            long[] keys = partitions[p];
            int n = counts[p];
            int mask = slots(n) - 1;
            for (int k = 0; k < n && n > 1; k++) {
                long key = keys[k];
                int hash = (int) (key >>> 32);
                int slot = hash & mask;
                while (true) {
                    int entry = table[slot];
                    int seenAt = (entry & Integer.MAX_VALUE) - 1 - first;
                    if (seenAt < 0) {
                        table[slot] = first + k + 1;
                        break;
                    }
                    long seen = keys[seenAt];
                    if ((int) (seen >>> 32) == hash) {
                        if (count + 2 > shared.length) {
                            shared = Arrays.copyOf(shared, 2 * shared.length);
                        }
                        if (entry > 0) {
                            shared[count++] = seen;
                            table[slot] = entry | Integer.MIN_VALUE;
                        }
                        shared[count++] = key;
                        break;
                    }
                    slot = (slot + 1) & mask;
                }
            }
            first += n;
        }
        long[] sorted = Arrays.copyOf(shared, count);
        Arrays.sort(sorted);
        return sorted;
    }

    /** The slots of a table for {@code n} keys: a power of two of at least twice as many. */
    private static int slots(int n) {
        return Integer.highestOneBit(Math.max(1, 2 * n - 1)) << 1;
    }

    /**
     * Mixes the bits of a hash (murmur3's finalizer, a bijection, so mixed hashes are equal exactly when hashes are):
     * the top bits of a string hash alone take few values for ids that differ in their last characters.
     */
    private static int spread(int hash) {
        int h = hash ^ (hash >>> 16);
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        h *= 0xC2B2AE35;
        return h ^ (h >>> 16);
    }

    /** Reads the ids of the records at some positions: {@code ids[k]} is the id at {@code positions[k]}. */
    private static <T> String[] read(Iterable<? extends T> records, Function<? super T, String> id, int[] positions) {
        String[] ids = new String[positions.length];
        if (records instanceof List<?> list && records instanceof RandomAccess) {
            @SuppressWarnings("unchecked") // the list holds the records
            List<? extends T> typed = (List<? extends T>) list;
            for (int k = 0; k < positions.length; k++) {
                ids[k] = id.apply(typed.get(positions[k]));
            }
            return ids;
        }
        Integer[] order = new Integer[positions.length];
        Arrays.setAll(order, k -> k);
        Arrays.sort(order, Comparator.comparingInt(k -> positions[k]));
        int position = 0;
        int next = 0;
        for (T record : records) {
            while (next < order.length && positions[order[next]] == position) {
                ids[order[next++]] = id.apply(record);
            }
            if (next == order.length) {
                break;
            }
            position++;
        }
        return ids;
    }

    /**
     * Among the {@code length} ids from {@code ids[from]} (one run of equal hashes, in position order), the index of
     * the first whose id occurs earlier in the run, or -1.
     */
    private static int firstDuplicate(String[] ids, int from, int length) {
        if (length <= PAIRWISE) {
            for (int j = from + 1; j < from + length; j++) {
                for (int i = from; i < j; i++) {
                    if (ids[i].equals(ids[j])) {
                        return j;
                    }
                }
            }
            return -1;
        }
        Integer[] run = new Integer[length];
        Arrays.setAll(run, k -> from + k);
        Arrays.sort(run, Comparator.<Integer, String>comparing(k -> ids[k]).thenComparing(k -> k));
        int first = -1;
        for (int k = 1; k < length; k++) {
            if (ids[run[k]].equals(ids[run[k - 1]]) && (first < 0 || run[k] < first)) {
                first = run[k];
            }
        }
        return first;
    }
}
