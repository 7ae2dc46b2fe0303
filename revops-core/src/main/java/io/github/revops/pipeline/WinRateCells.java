package io.github.revops.pipeline;

import io.github.revops.domain.DealStatus;

import java.util.Currency;

/**
 * The cells a deal falls into for a {@link WinRate}: whether it closed in the period, whether it was created in it,
 * and its status. A table loop adds each row's count and amount to its cell, which needs no branch and updates two
 * array elements instead of five tallies; the five tallies are sums of cells, taken once at the end.
 */
final class WinRateCells {

    /** The number of cells: two flags and a status ordinal of two bits. */
    static final int SIZE = 16;

    private static final int CLOSED_IN = 8;
    private static final int CREATED_IN = 4;
    private static final int WON = DealStatus.WON.ordinal();
    private static final int LOST = DealStatus.LOST.ordinal();
    /** Any status. */
    private static final int ANY = -1;

    static {
        if (DealStatus.values().length > CREATED_IN) {
            throw new AssertionError("a status ordinal must fit in two bits");
        }
    }

    private WinRateCells() {
    }

    /**
     * Returns a deal's cell.
     *
     * @param closedIn  1 if it closed in the period, else 0
     * @param createdIn  1 if it was created in the period, else 0
     * @param status  its status
     * @return the cell, 0 to {@link #SIZE} - 1
     */
    static int cell(int closedIn, int createdIn, DealStatus status) {
        return closedIn * CLOSED_IN + createdIn * CREATED_IN + status.ordinal();
    }

    /**
     * Adds up the lanes of cells: element {@code cell * lanes + lane} of {@code laned} to element {@code cell}.
     *
     * @param laned  {@link #SIZE} cells of {@code lanes} elements each
     * @param lanes  the number of lanes
     * @return the {@link #SIZE} cells
     */
    static long[] collapse(long[] laned, int lanes) {
        long[] cells = new long[SIZE];
        for (int i = 0; i < laned.length; i++) {
            cells[i / lanes] = Math.addExact(cells[i / lanes], laned[i]);
        }
        return cells;
    }

    /** Whether any deal is in the cells starting at {@code base}. */
    static boolean any(long[] counts, int base) {
        for (int i = base; i < base + SIZE; i++) {
            if (counts[i] != 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Builds the win rate of the cells starting at {@code base}.
     *
     * @param counts  the deals per cell
     * @param sums  the amounts per cell, in minor units
     * @param base  the index of the first cell
     * @param currency  the currency of the amounts
     * @return the win rate
     */
    static WinRate result(long[] counts, long[] sums, int base, Currency currency) {
        return new WinRate(
                tally(counts, sums, base, CLOSED_IN, WON, currency),
                tally(counts, sums, base, CLOSED_IN, LOST, currency),
                tally(counts, sums, base, CREATED_IN, WON, currency),
                tally(counts, sums, base, CREATED_IN, LOST, currency),
                tally(counts, sums, base, CREATED_IN, ANY, currency));
    }

    /** The tally of the cells with the {@code flag} bit set and status {@code status} (any for {@link #ANY}). */
    private static DealTally tally(long[] counts, long[] sums, int base, int flag, int status, Currency currency) {
        long count = 0;
        long sum = 0;
        for (int cell = 0; cell < SIZE; cell++) {
            int s = cell & (CREATED_IN - 1);
            if ((cell & flag) != 0 && (status == ANY || s == status)) {
                count += counts[base + cell];
                sum = Math.addExact(sum, sums[base + cell]);
            }
        }
        return TableScans.tally(count, sum, currency);
    }
}
