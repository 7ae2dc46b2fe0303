package io.github.revops.internal;

import io.github.revops.domain.InvalidRecordException;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.function.Function;

/**
 * The check that the records of one computation have unique ids (METRICS.md 0), fed one id at a time so that a
 * metric can take the ids in the same pass as the rest of each record.
 *
 * <p>It keeps two {@code long}s per id (its hash and position, for a radix sort), not the ids: only ids with equal
 * hashes are compared, and those are read again from the records after the pass, by position. Ids built to share
 * one hash are compared in sorted order, so the check stays O(n log n) on any input. Not thread-safe.
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

    /** The bits of the hash sorted per pass of the radix sort. */
    private static final int RADIX_BITS = 11;
    /** Runs of equal hashes up to this length are compared pair by pair; longer ones are sorted. */
    private static final int PAIRWISE = 8;

    /** Per id, in the order added: its hash in the high half, its position in the low half. */
    private long[] keys = new long[64];
    private int size;

    /** Obtains an empty check. */
    public IdCheck() {
    }

    /**
     * Takes the id of the next record.
     *
     * @param id  the id, not null
     */
    public void add(String id) {
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, 2 * size);
        }
        keys[size] = (long) id.hashCode() << 32 | size;
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
        Objects.requireNonNull(kind, "kind");
        long[] sorted = sortByHash(Arrays.copyOf(keys, size));
        int[] candidates = sharedHashes(sorted);
        if (candidates.length == 0) {
            return;
        }
        String[] ids = read(records, id, candidates);
        int first = -1;
        for (int from = 0, k = 0; from < sorted.length; ) {
            int to = runEnd(sorted, from);
            if (to - from > 1) {
                int duplicate = firstDuplicate(ids, k, to - from);
                if (duplicate >= 0 && (first < 0 || candidates[duplicate] < candidates[first])) {
                    first = duplicate;
                }
                k += to - from;
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

    /** The positions of the ids in runs of equal hashes (run after run, each in position order), as a flat array. */
    private static int[] sharedHashes(long[] sorted) {
        int count = 0;
        for (int from = 0; from < sorted.length; ) {
            int to = runEnd(sorted, from);
            if (to - from > 1) {
                count += to - from;
            }
            from = to;
        }
        int[] positions = new int[count];
        int k = 0;
        for (int from = 0; from < sorted.length; ) {
            int to = runEnd(sorted, from);
            if (to - from > 1) {
                for (int i = from; i < to; i++) {
                    positions[k++] = (int) sorted[i];
                }
            }
            from = to;
        }
        return positions;
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

    /** Sorts the keys by their high 32 bits, stably (least significant digit first), into a new or the same array. */
    private static long[] sortByHash(long[] keys) {
        int passes = (Integer.SIZE + RADIX_BITS - 1) / RADIX_BITS;
        int[][] starts = new int[passes][1 << RADIX_BITS];
        for (long key : keys) {
            for (int p = 0; p < passes; p++) {
                starts[p][digit(key, p)]++;
            }
        }
        long[] from = keys;
        long[] to = new long[keys.length];
        for (int p = 0; p < passes; p++) {
            int[] start = starts[p];
            for (int d = 0, sum = 0; d < start.length; d++) {
                int count = start[d];
                start[d] = sum;
                sum += count;
            }
            for (long key : from) {
                to[start[digit(key, p)]++] = key;
            }
            long[] swap = from;
            from = to;
            to = swap;
        }
        return from;
    }

    /** Digit {@code pass} of a key's hash (its high 32 bits), {@link #RADIX_BITS} bits wide at most. */
    private static int digit(long key, int pass) {
        return (int) (key >>> (Integer.SIZE + pass * RADIX_BITS)) & ((1 << RADIX_BITS) - 1);
    }
}
