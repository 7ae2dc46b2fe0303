package io.github.revops.recurring;

import java.util.Arrays;

/**
 * One customer's paying subscription segments as primitives (epoch days, a monthly numerator), reused from customer
 * to customer by a source: what a {@link SegmentSink} takes. Not thread-safe.
 */
final class Segments {

    private long[] start = new long[16];
    private long[] end = new long[16];
    private long[] cancelled = new long[16];
    private long[] numerator = new long[16];
    private int size;

    /** Empties the batch. */
    void clear() {
        size = 0;
    }

    /** Appends a segment. */
    void add(long startDay, long endDay, long cancellationDay, long monthlyNumerator) {
        if (size == start.length) {
            grow();
        }
        start[size] = startDay;
        end[size] = endDay;
        cancelled[size] = cancellationDay;
        numerator[size++] = monthlyNumerator;
    }

    private void grow() {
        start = Arrays.copyOf(start, size * 2);
        end = Arrays.copyOf(end, size * 2);
        cancelled = Arrays.copyOf(cancelled, size * 2);
        numerator = Arrays.copyOf(numerator, size * 2);
    }

    /** The number of segments. */
    int size() {
        return size;
    }

    /** The first day of service of segment {@code i}, as an epoch day. */
    long start(int i) {
        return start[i];
    }

    /** The first day no longer in service of segment {@code i} ({@code Long.MAX_VALUE} when open-ended). */
    long end(int i) {
        return end[i];
    }

    /** The day the customer asked to cancel segment {@code i} ({@code Long.MAX_VALUE} when there is none). */
    long cancelled(int i) {
        return cancelled[i];
    }

    /** The monthly numerator of segment {@code i} over the source's denominator. */
    long numerator(int i) {
        return numerator[i];
    }
}
