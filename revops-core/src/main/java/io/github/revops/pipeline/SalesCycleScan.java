package io.github.revops.pipeline;

import io.github.revops.domain.DealStatus;
import io.github.revops.result.DayHistogram;
import io.github.revops.table.DealTable;
import io.github.revops.time.Period;

import java.util.Objects;

/**
 * The loop of {@link SalesCycle} over the columns of a {@link DealTable}: one array of frequencies holds the won
 * deals' cycle days, then the lost deals', then a few slots for the rows outside the period, and each row adds 1 to
 * the slot its flags select, without a branch (whether a deal closed in the period, and whether it was won, change
 * unpredictably from row to row). The rule is {@link SalesCycleAccumulator}'s (METRICS.md 2), so the result equals
 * it.
 */
final class SalesCycleScan {

    /** Slots for the rows outside the period, which consecutive rows rotate through (a power of two). */
    private static final int LANES = 8;
    /** 1 for {@link DealStatus#LOST}, by ordinal (a closed deal is won or lost). */
    private static final int[] LOST = new int[DealStatus.values().length];

    static {
        LOST[DealStatus.LOST.ordinal()] = 1;
    }

    private SalesCycleScan() {
    }

    static SalesCycle of(DealTable rows, Period period) {
        Objects.requireNonNull(period, "period");
        int start = TableScans.firstDay(period);
        int days = TableScans.dayCount(period);
        int limit = 1024;   // cycle days below the limit; grows when a longer cycle comes
        long[] slots = new long[2 * limit + LANES];
        for (int r = 0, n = rows.size(); r < n; r++) {
            int closeDay = rows.closeDay(r);
            int in = TableScans.within(closeDay, start, days);
            int cycle = (closeDay - rows.createdDay(r)) & -in;   // 0 outside the period
            if (Integer.compareUnsigned(cycle, limit) >= 0) {
                int longer = cycleDays(rows, r);
                int grown = Math.max(longer + 1, 2 * limit);
                slots = regrow(slots, limit, grown);
                limit = grown;
            }
            int slot = cycle + LOST[rows.status(r).ordinal()] * limit;
            int outside = 2 * limit + (r & (LANES - 1));
            slots[(slot & -in) | (outside & (in - 1))]++;
        }
        DayHistogram.Builder won = DayHistogram.builder();
        DayHistogram.Builder lost = DayHistogram.builder();
        for (int d = 0; d < limit; d++) {
            won.add(d, slots[d]);
            lost.add(d, slots[limit + d]);
        }
        return new SalesCycle(won.build(), lost.build());
    }

    /** The exact cycle of a row closed in the period, as {@link SalesCycleAccumulator} computes it. */
    private static int cycleDays(DealTable rows, int r) {
        return Math.toIntExact((long) rows.closeDay(r) - rows.createdDay(r));
    }

    /** Moves the won and lost frequencies to arrays of the new limit; the outside slots restart at 0. */
    private static long[] regrow(long[] slots, int limit, int grown) {
        long[] bigger = new long[2 * grown + LANES];
        System.arraycopy(slots, 0, bigger, 0, limit);
        System.arraycopy(slots, limit, bigger, grown, limit);
        return bigger;
    }
}
