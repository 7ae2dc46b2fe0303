package io.github.revops.recurring;

import java.util.Arrays;

/**
 * One customer's changes at state indices (a segment entering or leaving service adds an event at each end of its
 * span), in small parallel arrays reused from customer to customer. {@link #next} walks them in index order and gives,
 * at each index where something changes, the customer's running value before and after. Not thread-safe.
 */
final class CustomerEvents {

    private int[] index = new int[16];
    private long[] delta = new long[16];
    private int size;
    /** Whether the events were added in index order (usual: a customer's segments follow each other). */
    private boolean sorted = true;
    private int cursor;
    private long before;
    private long after;
    private int at;

    /** Forgets the previous customer's events. */
    void clear() {
        size = 0;
        sorted = true;
    }

    /** Adds a change of {@code d} at state index {@code k}. */
    void add(int k, long d) {
        if (size == index.length) {
            index = Arrays.copyOf(index, size * 2);
            delta = Arrays.copyOf(delta, size * 2);
        }
        sorted &= size == 0 || index[size - 1] <= k;
        index[size] = k;
        delta[size++] = d;
    }

    /** Starts a walk over the events in index order, from a running value of zero. */
    void walk() {
        sort();
        cursor = 0;
        after = 0;
    }

    /**
     * Moves to the next index holding events, summing them (overflow throws, see {@link Numerators#add}).
     *
     * @param denominator  the denominator of the values, for the overflow message
     * @return false when there is none left
     */
    boolean next(long denominator) {
        if (cursor == size) {
            return false;
        }
        at = index[cursor];
        before = after;
        for (; cursor < size && index[cursor] == at; cursor++) {
            after = Numerators.add(after, delta[cursor], denominator);
        }
        return true;
    }

    /** The state index of the current step. */
    int at() {
        return at;
    }

    /** The running value before the current step's events. */
    long before() {
        return before;
    }

    /** The running value after them. */
    long after() {
        return after;
    }

    /** The running value at state index {@code k}: the sum of the events at indices up to {@code k} (after a walk). */
    long valueAt(int k) {
        long sum = 0;
        for (int e = 0; e < size && index[e] <= k; e++) {
            sum += delta[e];
        }
        return sum;
    }

    /** Insertion sort by index: a customer has few segments. */
    private void sort() {
        if (sorted) {
            return;
        }
        for (int i = 1; i < size; i++) {
            int k = index[i];
            long d = delta[i];
            int j = i - 1;
            while (j >= 0 && index[j] > k) {
                index[j + 1] = index[j];
                delta[j + 1] = delta[j];
                j--;
            }
            index[j + 1] = k;
            delta[j + 1] = d;
        }
        sorted = true;
    }
}
