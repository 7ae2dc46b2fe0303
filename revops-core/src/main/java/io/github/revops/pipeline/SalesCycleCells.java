package io.github.revops.pipeline;

import io.github.revops.domain.Deal;
import io.github.revops.domain.DealStatus;
import io.github.revops.internal.DealFields;
import io.github.revops.internal.IdCheck;
import io.github.revops.result.DayHistogram;
import io.github.revops.table.CodeColumn;
import io.github.revops.table.DealTable;

import java.util.Arrays;
import java.util.Currency;

/**
 * The kernel of {@link SalesCycle} (docs/metrics.md#sales-cycle-length): a deal closed in the period ({@link Window})
 * counts its cycle, {@code close - created} days, as won or lost. Both
 * {@link #scan(DealTable, CodeColumn) table rows} and {@link #scan(Iterable, RecordKeys, Amounts, IdCheck) records}
 * go through {@link #add(int, long, long, int, long)}.
 *
 * <p>The ungrouped form (0 slots) keeps one array of frequencies: the won deals' cycle days, then the lost deals',
 * then {@link #LANES} elements for the deals outside the period (by row), and each deal adds 1 to the element its
 * flags select,
 * without a branch (whether a deal closed in the period, and whether it was won, change unpredictably from deal to
 * deal; ADR 0083). The array grows with the longest cycle up to {@link #DENSE_LIMIT} days; longer cycles, rare,
 * go to histogram builders. The grouped form keeps a pair of {@link DayHistogram.Builder}s per group, made when
 * the group's first deal closes in the period.
 */
final class SalesCycleCells extends DealCells<SalesCycleCells, SalesCycle> {

    /** Elements for the deals outside the period, which consecutive deals rotate through (a power of two). */
    private static final int LANES = 8;
    /** Cycles from this many days on are counted beside the array of the ungrouped form. */
    private static final int DENSE_LIMIT = 1 << 16;
    /** 1 for {@link DealStatus#LOST}, by ordinal (a deal closed in the period is won or lost). */
    private static final int[] LOST = new int[DealStatus.values().length];

    static {
        LOST[DealStatus.LOST.ordinal()] = 1;
    }

    /** The ungrouped form's frequencies, or null in the grouped form. */
    private long[] dense;
    /** The cycle days below which the ungrouped form counts in {@link #dense}. */
    private int limit;
    /** Per slot, the won and the lost builder ({@code 2 * slot + LOST[status]}); null until used. */
    private DayHistogram.Builder[] histograms;

    /** A kernel of {@code slots} groups, or the ungrouped form for 0. */
    SalesCycleCells(Window window, int slots) {
        super(window);
        if (slots == 0) {
            limit = 1024;
            dense = new long[2 * limit + LANES];
            histograms = new DayHistogram.Builder[2];
        } else {
            histograms = new DayHistogram.Builder[2 * slots];
        }
    }

    /**
     * The rule: a deal closed in the period adds its cycle days to the won or lost frequencies. In the ungrouped form
     * the slot picks the lane of a deal outside the period.
     */
    @Override
    int add(int slot, long createdDay, long closeDay, int status, long amountMinor) {
        int in = window.within(closeDay);
        if (dense == null) {
            if (in != 0) {
                histogram(slot, LOST[status]).add(Math.toIntExact(closeDay - createdDay));
            }
            return -1;
        }
        long cycle = (closeDay - createdDay) & -in;   // 0 outside the period
        if (cycle >= limit) {
            in = longCycle(cycle, status);
            cycle &= -in;
        }
        int element = (int) cycle + LOST[status] * limit;
        int outside = 2 * limit + (slot & (LANES - 1));
        dense[(element & -in) | (outside & (in - 1))]++;
        return -1;
    }

    /**
     * Makes room in the ungrouped form for a cycle of at least {@link #limit} days and returns 1, or counts a cycle
     * of {@link #DENSE_LIMIT} days or more beside the array and returns 0 (the deal then takes a lane outside).
     */
    private int longCycle(long cycle, int status) {
        if (cycle < DENSE_LIMIT) {
            grow((int) cycle + 1);
            return 1;
        }
        histogram(0, LOST[status]).add(Math.toIntExact(cycle));
        return 0;
    }

    /** Moves the won and lost frequencies to arrays of a larger limit; the lanes outside restart at 0. */
    private void grow(int atLeast) {
        int grown = Math.min(Math.max(atLeast, 2 * limit), DENSE_LIMIT);
        long[] bigger = new long[2 * grown + LANES];
        System.arraycopy(dense, 0, bigger, 0, limit);
        System.arraycopy(dense, limit, bigger, grown, limit);
        dense = bigger;
        limit = grown;
    }

    private DayHistogram.Builder histogram(int slot, int lost) {
        int i = 2 * slot + lost;
        if (histograms[i] == null) {
            histograms[i] = DayHistogram.builder();
        }
        return histograms[i];
    }

    @Override
    void addAmount(int index, long amountMinor) {
        throw new IllegalStateException("a sales cycle adds no amount");
    }

    @Override
    int slots() {
        return histograms.length / 2;
    }

    @Override
    void ensureSlots(int slots) {
        if (slots > slots()) {
            histograms = Arrays.copyOf(histograms, 2 * Math.max(slots, 2 * slots()));
        }
    }

    @Override
    void addAll(SalesCycleCells other) {
        if (other.dense != null) {
            if (other.limit > limit) {
                grow(other.limit);
            }
            for (int d = 0; d < other.limit; d++) {
                dense[d] += other.dense[d];
                dense[limit + d] += other.dense[other.limit + d];
            }
        }
        ensureSlots(other.slots());
        for (int i = 0; i < other.histograms.length; i++) {
            if (other.histograms[i] != null) {
                histogram(i / 2, i % 2).addAll(other.histograms[i]);
            }
        }
    }

    @Override
    SalesCycleCells scan(DealTable rows, CodeColumn key) {
        for (int r = 0, n = rows.size(); r < n; r++) {
            add(key == null ? r : key.code(r), rows.createdDay(r), rows.closeDay(r), rows.status(r).ordinal(), 0);
        }
        return this;
    }

    @Override
    SalesCycleCells scan(Iterable<Deal> deals, RecordKeys<?> keys, Amounts amounts, IdCheck ids) {
        for (Deal deal : deals) {
            if (ids != null) {
                ids.add(DealFields.idHash(deal));
            }
            add(keys == null ? 0 : keys.code(deal, this), deal, amounts);
        }
        return this;
    }

    @Override
    SalesCycle result(int slot, Currency currency) {
        return new SalesCycle(histogram(slot, 0).build(), histogram(slot, 1).build());
    }

    @Override
    SalesCycle total(Currency currency) {
        DayHistogram.Builder won = DayHistogram.builder();
        DayHistogram.Builder lost = DayHistogram.builder();
        for (int d = 0; d < limit; d++) {
            won.add(d, dense[d]);
            lost.add(d, dense[limit + d]);
        }
        return new SalesCycle(won.addAll(histogram(0, 0)).build(), lost.addAll(histogram(0, 1)).build());
    }
}
