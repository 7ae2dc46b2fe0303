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
 * Dedicated loops of {@link WinRate} and {@link PipelineVelocity} over the columns of a {@link DealTable}: the tallies
 * are kept in local {@code long}s (one table) or in primitive arrays indexed by a key column's code (per group), and
 * the results are built once at the end. The selection rules are those of {@link WinRateAccumulator} and
 * {@link VelocityAccumulator} (METRICS.md 1 and 3), so the results equal theirs. Counts cannot overflow a
 * {@code long} (a table has at most {@link Integer#MAX_VALUE} rows); sums of amounts and of days are added with
 * {@link Math#addExact}.
 */
final class TableScans {

    /** Per group of a win rate: count and sum of closed won, closed lost, created, created won, created lost. */
    private static final int WR_STRIDE = 10;
    /** Per group of a velocity: opportunities, won count, won sum, lost count, lost sum, won cycle days. */
    private static final int PV_STRIDE = 6;

    private TableScans() {
    }

    static WinRate winRate(DealTable rows, Period period) {
        Currency c = rows.currency();
        Objects.requireNonNull(period, "period");
        long start = period.start().toEpochDay();
        long end = period.end().toEpochDay();
        long cwN = 0;
        long cwS = 0;
        long clN = 0;
        long clS = 0;
        long crN = 0;
        long crS = 0;
        long crwN = 0;
        long crwS = 0;
        long crlN = 0;
        long crlS = 0;
        for (int r = 0, n = rows.size(); r < n; r++) {
            int createdDay = rows.createdDay(r);
            int closeDay = rows.closeDay(r);
            boolean closedIn = closeDay >= start && closeDay < end;
            boolean createdIn = createdDay >= start && createdDay < end;
            if (!closedIn && !createdIn) {
                continue;
            }
            long amount = rows.amountMinor(r);
            boolean won = rows.status(r) == DealStatus.WON;
            if (closedIn) {
                if (won) {
                    cwN++;
                    cwS = Math.addExact(cwS, amount);
                } else {
                    clN++;
                    clS = Math.addExact(clS, amount);
                }
            }
            if (createdIn) {
                crN++;
                crS = Math.addExact(crS, amount);
                if (closeDay != DealTable.NO_CLOSE) {
                    if (won) {
                        crwN++;
                        crwS = Math.addExact(crwS, amount);
                    } else {
                        crlN++;
                        crlS = Math.addExact(crlS, amount);
                    }
                }
            }
        }
        return new WinRate(tally(cwN, cwS, c), tally(clN, clS, c), tally(crwN, crwS, c), tally(crlN, crlS, c),
                tally(crN, crS, c));
    }

    static Breakdown<String, WinRate> winRateBy(DealTable rows, Period period, CodeColumn key) {
        Currency c = rows.currency();
        checkKey(rows, key);
        Objects.requireNonNull(period, "period");
        long start = period.start().toEpochDay();
        long end = period.end().toEpochDay();
        int groups = key.values().size();
        boolean[] present = new boolean[groups];
        long[] t = new long[groups * WR_STRIDE];
        for (int r = 0, n = rows.size(); r < n; r++) {
            int code = code(key, r);
            present[code] = true;
            int createdDay = rows.createdDay(r);
            int closeDay = rows.closeDay(r);
            boolean closedIn = closeDay >= start && closeDay < end;
            boolean createdIn = createdDay >= start && createdDay < end;
            if (!closedIn && !createdIn) {
                continue;
            }
            long amount = rows.amountMinor(r);
            boolean won = rows.status(r) == DealStatus.WON;
            int b = code * WR_STRIDE;
            if (closedIn) {
                int i = b + (won ? 0 : 2);
                t[i]++;
                t[i + 1] = Math.addExact(t[i + 1], amount);
            }
            if (createdIn) {
                t[b + 4]++;
                t[b + 5] = Math.addExact(t[b + 5], amount);
                if (closeDay != DealTable.NO_CLOSE) {
                    int i = b + (won ? 6 : 8);
                    t[i]++;
                    t[i + 1] = Math.addExact(t[i + 1], amount);
                }
            }
        }
        SortedMap<String, WinRate> results = new TreeMap<>();
        for (int code = 0; code < groups; code++) {
            if (present[code]) {
                int b = code * WR_STRIDE;
                results.put(key.values().get(code), new WinRate(tally(t[b], t[b + 1], c),
                        tally(t[b + 2], t[b + 3], c), tally(t[b + 6], t[b + 7], c), tally(t[b + 8], t[b + 9], c),
                        tally(t[b + 4], t[b + 5], c)));
            }
        }
        return Breakdown.of(results, Comparator.naturalOrder(), WinRate.EMPTY);
    }

    static PipelineVelocity velocity(DealTable rows, Period period) {
        Currency c = rows.currency();
        Objects.requireNonNull(period, "period");
        long start = period.start().toEpochDay();
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
            if (closeDay >= start && closeDay < end) {
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
        long start = period.start().toEpochDay();
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
            if (closeDay >= start && closeDay < end) {
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
    private static DealTally tally(long count, long minorUnits, Currency currency) {
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
