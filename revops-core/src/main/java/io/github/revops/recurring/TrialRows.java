package io.github.revops.recurring;

import io.github.revops.money.ExactMoney;

import java.util.Arrays;
import java.util.function.IntFunction;

/**
 * One customer's trial and paying subscriptions as primitives (epoch days), in start order, reused from customer to
 * customer by a source: what {@link TrialConversionKernel} takes. Subscriptions that are neither (free plans) are
 * left out by the source. A paying row's monthly value is read on demand, through the source's function of the
 * row's {@code source} index, only when the row converts a trial. Not thread-safe.
 */
final class TrialRows {

    private final IntFunction<ExactMoney> monthlyValue;
    private long[] start = new long[16];
    private long[] end = new long[16];
    private boolean[] trial = new boolean[16];
    private int[] source = new int[16];
    private int size;

    /** A batch whose paying rows' monthly values (in the reporting currency) come from a source index. */
    TrialRows(IntFunction<ExactMoney> monthlyValue) {
        this.monthlyValue = monthlyValue;
    }

    /** Empties the batch. */
    void clear() {
        size = 0;
    }

    /**
     * Appends a row; rows come in non-decreasing start order.
     *
     * @param startDay  the first day, as an epoch day
     * @param endDay  the exclusive end, as an epoch day ({@code Long.MAX_VALUE} when open-ended)
     * @param isTrial  true for a trial, false for a paying subscription
     * @param sourceIndex  what the source reads the row's monthly value by
     */
    void add(long startDay, long endDay, boolean isTrial, int sourceIndex) {
        if (size == start.length) {
            start = Arrays.copyOf(start, size * 2);
            end = Arrays.copyOf(end, size * 2);
            trial = Arrays.copyOf(trial, size * 2);
            source = Arrays.copyOf(source, size * 2);
        }
        start[size] = startDay;
        end[size] = endDay;
        trial[size] = isTrial;
        source[size++] = sourceIndex;
    }

    int size() {
        return size;
    }

    long start(int i) {
        return start[i];
    }

    long end(int i) {
        return end[i];
    }

    boolean isTrial(int i) {
        return trial[i];
    }

    /** The monthly value of paying row {@code i}, in the reporting currency. */
    ExactMoney monthlyValue(int i) {
        return monthlyValue.apply(source[i]);
    }
}
