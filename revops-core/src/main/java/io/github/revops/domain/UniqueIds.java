package io.github.revops.domain;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Objects;
import java.util.function.Function;

/**
 * Checks that the records of one computation have unique ids, as docs/metrics.md#conventions requires.
 * <pre>{@code
 * UniqueIds.check(deals, Deal::id, "deal");   // throws InvalidRecordException naming the duplicate
 * }</pre>
 *
 * <p>The check allocates two {@code long}s per record instead of a hash set entry: each id's hash and position are
 * sorted by hash (a radix sort, linear in the number of records), and only ids with equal hashes are compared. Ids
 * built to share one hash are compared in sorted order, so the check stays O(n log n) on any input.
 *
 * @since 0.1.0
 */
public final class UniqueIds {

    /** The bits of the hash sorted per pass of the radix sort. */
    private static final int RADIX_BITS = 11;
    /** Runs of equal hashes up to this length are compared pair by pair; longer ones are sorted. */
    private static final int PAIRWISE = 8;

    private UniqueIds() {
    }

    /**
     * Throws when two records share an id.
     *
     * @param <T>  the record type
     * @param records  the records, not null
     * @param id  the id of a record, not null
     * @param kind  the kind of record for the message ("deal", "subscription", ...), not null
     * @throws InvalidRecordException naming the first id, in iteration order, that an earlier record already had
     */
    public static <T> void check(Iterable<? extends T> records, Function<? super T, String> id, String kind) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        String[] ids = new String[16];
        int n = 0;
        for (T record : records) {
            if (n == ids.length) {
                ids = Arrays.copyOf(ids, 2 * n);
            }
            ids[n++] = Objects.requireNonNull(id.apply(record), "id");
        }
        int duplicate = firstDuplicate(ids, n);
        if (duplicate >= 0) {
            throw new InvalidRecordException(kind, ids[duplicate], "id", ids[duplicate], "is not unique");
        }
    }

    /** The smallest position whose id occurs at an earlier position, or -1. */
    private static int firstDuplicate(String[] ids, int n) {
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            keys[i] = (long) ids[i].hashCode() << 32 | i;
        }
        keys = sortByHash(keys);
        int first = Integer.MAX_VALUE;
        for (int from = 0; from < n; ) {
            int to = from + 1;
            while (to < n && keys[to] >>> 32 == keys[from] >>> 32) {
                to++;
            }
            if (to - from > 1) {
                first = Math.min(first, firstDuplicateAmong(ids, keys, from, to));
            }
            from = to;
        }
        return first == Integer.MAX_VALUE ? -1 : first;
    }

    /**
     * The smallest position in {@code keys[from, to)} (ids of one hash, positions ascending) whose id occurs at an
     * earlier position, or {@code Integer.MAX_VALUE}.
     */
    private static int firstDuplicateAmong(String[] ids, long[] keys, int from, int to) {
        if (to - from <= PAIRWISE) {
            for (int j = from + 1; j < to; j++) {
                for (int i = from; i < j; i++) {
                    if (ids[(int) keys[i]].equals(ids[(int) keys[j]])) {
                        return (int) keys[j];
                    }
                }
            }
            return Integer.MAX_VALUE;
        }
        Integer[] positions = new Integer[to - from];
        for (int k = from; k < to; k++) {
            positions[k - from] = (int) keys[k];
        }
        Arrays.sort(positions, Comparator.<Integer, String>comparing(p -> ids[p]).thenComparing(p -> p));
        int first = Integer.MAX_VALUE;
        for (int k = 1; k < positions.length; k++) {
            if (ids[positions[k]].equals(ids[positions[k - 1]])) {
                first = Math.min(first, positions[k]);
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
