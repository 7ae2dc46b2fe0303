package io.github.revops.pipeline;

import io.github.revops.domain.DealStatus;
import io.github.revops.math.Rational;
import io.github.revops.money.ExactMoney;
import io.github.revops.table.DealTable;
import io.github.revops.time.Period;

import java.util.Currency;
import java.util.Objects;

/**
 * A dedicated loop of {@link WinRate} over the columns of a {@link DealTable}: the five tallies are kept in local
 * {@code long}s and the result is built once at the end. The selection rules are those of
 * {@link WinRateAccumulator} (METRICS.md 1), so the result equals its. Counts cannot overflow a {@code long} (a table
 * has at most {@link Integer#MAX_VALUE} rows); sums of amounts are added with {@link Math#addExact}.
 */
final class TableScans {

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

    /** The tally of {@code count} deals summing to {@code minorUnits}, as {@code TallyAccumulator.result} builds it. */
    private static DealTally tally(long count, long minorUnits, Currency currency) {
        if (count == 0) {
            return DealTally.EMPTY;
        }
        return DealTally.of(count, ExactMoney.ofMinor(currency, Rational.of(minorUnits)));
    }
}
