package io.github.revops.pipeline;

import io.github.revops.domain.DealStatus;
import io.github.revops.math.Rational;
import io.github.revops.money.ExactMoney;
import io.github.revops.result.Breakdown;
import io.github.revops.table.CodeColumn;
import io.github.revops.table.DealTable;
import io.github.revops.time.Period;

import java.util.Comparator;
import java.util.Currency;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Dedicated loops of {@link WinRate} and {@link PipelineVelocity} over the columns of a {@link DealTable}. A win rate
 * adds each row's count and amount to one of its {@link WinRateCells cells} without a branch (whether a deal closed
 * or was created in the period, and whether it was won, change unpredictably from row to row); a velocity keeps its
 * tallies in local {@code long}s (one table) or in primitive arrays indexed by a key column's code (per group). The
 * results are built once at the end. The selection rules are those of {@link WinRateAccumulator} and
 * {@link VelocityAccumulator} (METRICS.md 1 and 3), so the results equal theirs. Counts cannot overflow a
 * {@code long} (a table has at most {@link Integer#MAX_VALUE} rows); sums of amounts and of days are added with
 * {@link Math#addExact}.
 */
final class TableScans {

    /** Copies of the win rate's cells that consecutive rows rotate through (a power of two). */
    private static final int LANES = 4;
    /** Per group of a velocity: opportunities, won count, won sum, lost count, lost sum, won cycle days. */
    private static final int PV_STRIDE = 6;

    private TableScans() {
    }

    static WinRate winRate(DealTable rows, Period period) {
        Objects.requireNonNull(period, "period");
        int start = firstDay(period);
        int days = dayCount(period);
        // Each row adds to one cell; consecutive rows go to different lanes, so that two rows of the same cell do
        // not wait for each other's update.
        long[] counts = new long[WinRateCells.SIZE * LANES];
        long[] sums = new long[WinRateCells.SIZE * LANES];
        for (int r = 0, n = rows.size(); r < n; r++) {
            int cell = WinRateCells.cell(within(rows.closeDay(r), start, days), within(rows.createdDay(r), start, days),
                    rows.status(r));
            int i = cell * LANES + (r & (LANES - 1));
            counts[i]++;
            sums[i] = Math.addExact(sums[i], rows.amountMinor(r));
        }
        return WinRateCells.result(WinRateCells.collapse(counts, LANES), WinRateCells.collapse(sums, LANES), 0,
                rows.currency());
    }

    /**
     * The period's first epoch day as an {@code int}: table days are {@code int}s, so a start outside their range is
     * clamped to {@code Integer.MIN_VALUE + 1} (above {@link DealTable#NO_CLOSE}, which is never within a period) or
     * {@code Integer.MAX_VALUE}.
     */
    static int firstDay(Period period) {
        return (int) Math.min(Math.max(period.start().toEpochDay(), Integer.MIN_VALUE + 1L), Integer.MAX_VALUE);
    }

    /**
     * The number of days from {@link #firstDay} to the period's end clamped to {@code Integer.MAX_VALUE}, as an
     * unsigned {@code int} (at most 2^32 - 2).
     */
    static int dayCount(Period period) {
        return (int) (Math.min(period.end().toEpochDay(), Integer.MAX_VALUE) - firstDay(period));
    }

    /**
     * 1 if {@code day} is in {@code [start, start + days)}, else 0, without a branch: {@code day - start} as an
     * unsigned number is below the unsigned {@code days} exactly then, and the difference of the two as
     * {@code long}s is then negative.
     */
    static int within(int day, int start, int days) {
        return (int) ((Integer.toUnsignedLong(day - start) - Integer.toUnsignedLong(days)) >>> 63);
    }

    static Breakdown<String, WinRate> winRateBy(DealTable rows, Period period, CodeColumn key) {
        checkKey(rows, key);
        Objects.requireNonNull(period, "period");
        int start = firstDay(period);
        int days = dayCount(period);
        int groups = key.values().size();
        long[] counts = new long[groups * WinRateCells.SIZE];
        long[] sums = new long[groups * WinRateCells.SIZE];
        for (int r = 0, n = rows.size(); r < n; r++) {
            int i = code(key, r) * WinRateCells.SIZE + WinRateCells.cell(within(rows.closeDay(r), start, days),
                    within(rows.createdDay(r), start, days), rows.status(r));
            counts[i]++;
            sums[i] = Math.addExact(sums[i], rows.amountMinor(r));
        }
        SortedMap<String, WinRate> results = new TreeMap<>();
        for (int code = 0; code < groups; code++) {
            if (WinRateCells.any(counts, code * WinRateCells.SIZE)) {
                results.put(key.values().get(code),
                        WinRateCells.result(counts, sums, code * WinRateCells.SIZE, rows.currency()));
            }
        }
        return Breakdown.of(results, Comparator.naturalOrder(), WinRate.EMPTY);
    }

    static PipelineVelocity velocity(DealTable rows, Period period) {
        Currency c = rows.currency();
        Objects.requireNonNull(period, "period");
        int start = firstDay(period);
        int days = dayCount(period);
        long end = period.end().toEpochDay();
        long opportunities = 0;
        long wonN = 0;
        long wonS = 0;
        long lostN = 0;
        long lostS = 0;
        long wonDays = 0;
        for (int r = 0, n = rows.size(); r < n; r++) {
            int createdDay = rows.createdDay(r);
            int closeDay = rows.closeDay(r);
            if (createdDay < end && (closeDay == DealTable.NO_CLOSE || closeDay >= end)) {
                opportunities++;
            }
            if (within(closeDay, start, days) != 0) {
                long amount = rows.amountMinor(r);
                if (rows.status(r) == DealStatus.WON) {
                    wonDays = Math.addExact(wonDays, (long) closeDay - createdDay);
                    wonN++;
                    wonS = Math.addExact(wonS, amount);
                } else {
                    lostN++;
                    lostS = Math.addExact(lostS, amount);
                }
            }
        }
        return new PipelineVelocity(opportunities, tally(wonN, wonS, c), tally(lostN, lostS, c), wonDays);
    }

    static Breakdown<String, PipelineVelocity> velocityBy(DealTable rows, Period period, CodeColumn key) {
        Currency c = rows.currency();
        checkKey(rows, key);
        Objects.requireNonNull(period, "period");
        int start = firstDay(period);
        int days = dayCount(period);
        long end = period.end().toEpochDay();
        int groups = key.values().size();
        boolean[] present = new boolean[groups];
        long[] v = new long[groups * PV_STRIDE];
        for (int r = 0, n = rows.size(); r < n; r++) {
            int code = code(key, r);
            present[code] = true;
            int createdDay = rows.createdDay(r);
            int closeDay = rows.closeDay(r);
            int b = code * PV_STRIDE;
            if (createdDay < end && (closeDay == DealTable.NO_CLOSE || closeDay >= end)) {
                v[b]++;
            }
            if (within(closeDay, start, days) != 0) {
                long amount = rows.amountMinor(r);
                if (rows.status(r) == DealStatus.WON) {
                    v[b + 5] = Math.addExact(v[b + 5], (long) closeDay - createdDay);
                    v[b + 1]++;
                    v[b + 2] = Math.addExact(v[b + 2], amount);
                } else {
                    v[b + 3]++;
                    v[b + 4] = Math.addExact(v[b + 4], amount);
                }
            }
        }
        SortedMap<String, PipelineVelocity> results = new TreeMap<>();
        for (int code = 0; code < groups; code++) {
            if (present[code]) {
                int b = code * PV_STRIDE;
                results.put(key.values().get(code), new PipelineVelocity(v[b], tally(v[b + 1], v[b + 2], c),
                        tally(v[b + 3], v[b + 4], c), v[b + 5]));
            }
        }
        return Breakdown.of(results, Comparator.naturalOrder(), PipelineVelocity.EMPTY);
    }

    /** The tally of {@code count} deals summing to {@code minorUnits}, as {@code TallyAccumulator.result} builds it. */
    static DealTally tally(long count, long minorUnits, Currency currency) {
        if (count == 0) {
            return DealTally.EMPTY;
        }
        return DealTally.of(count, ExactMoney.ofMinor(currency, Rational.of(minorUnits)));
    }

    /** The checks of the generic table breakdown in {@link DealGroups}: the key is a column of the table. */
    private static void checkKey(DealTable rows, CodeColumn key) {
        Objects.requireNonNull(key, "key");
        if (key.size() != rows.size()) {
            throw new IllegalArgumentException("key column (" + key.size() + " rows) must be a column of the table ("
                    + rows.size() + " rows)");
        }
    }

    private static int code(CodeColumn key, int row) {
        int code = key.code(row);
        if (code == CodeColumn.ABSENT) {
            throw new IllegalArgumentException("row " + row + " has no value in the key column");
        }
        return code;
    }
}
