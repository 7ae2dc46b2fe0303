package io.github.revops.pipeline;

import io.github.revops.domain.Deal;
import io.github.revops.math.Rational;
import io.github.revops.table.DealTable;
import io.github.revops.time.Period;

import java.time.LocalDate;
import java.util.Objects;

/** Collects the five tallies of {@link WinRate}. Not thread-safe. */
final class WinRateAccumulator implements DealAccumulator<WinRateAccumulator, WinRate> {

    private static final int CLOSED_WON = 1;
    private static final int CLOSED_LOST = 2;
    private static final int CREATED = 4;
    private static final int CREATED_WON = 8;
    private static final int CREATED_LOST = 16;

    private final long start;
    private final long end;
    private final LocalDate lastDay;
    private final Amounts amounts;
    private final TallyAccumulator closedWon = new TallyAccumulator();
    private final TallyAccumulator closedLost = new TallyAccumulator();
    private final TallyAccumulator createdWon = new TallyAccumulator();
    private final TallyAccumulator createdLost = new TallyAccumulator();
    private final TallyAccumulator created = new TallyAccumulator();
    /** The tallies by bit position of {@link #populations}. */
    private final TallyAccumulator[] tallies = {closedWon, closedLost, created, createdWon, createdLost};

    WinRateAccumulator(Period period, Amounts amounts) {
        Objects.requireNonNull(period, "period");
        this.start = period.start().toEpochDay();
        this.end = period.end().toEpochDay();
        this.lastDay = period.lastDay();
        this.amounts = amounts;
    }

    /**
     * The definition of the five populations (METRICS.md 1): the tallies a deal counts in, as bits. A deal closed in
     * the period counts as closed won or lost; one created in it counts as created, and as created won or lost once
     * it closed, whenever that was.
     */
    private int populations(long createdDay, long closeDay, boolean isWon) {
        int t = 0;
        if (DealRows.within(closeDay, start, end)) {
            t |= isWon ? CLOSED_WON : CLOSED_LOST;
        }
        if (DealRows.within(createdDay, start, end)) {
            t |= CREATED;
            if (closeDay != DealTable.NO_CLOSE) {
                t |= isWon ? CREATED_WON : CREATED_LOST;
            }
        }
        return t;
    }

    @Override
    public void add(Deal deal) {
        long closeDay = DealRows.closeDay(deal);
        int t = populations(DealRows.createdDay(deal), closeDay, deal.isWon());
        if (t == 0) {
            return;
        }
        if (amounts.converts()) {
            // a deal converts at its close date; an open one created in the period at the period's last day
            LocalDate rateDate = closeDay == DealTable.NO_CLOSE ? lastDay : deal.closeDate().get();
            Rational converted = amounts.converted(deal.amount(), rateDate);
            for (int i = 0; i < tallies.length; i++) {
                if ((t & 1 << i) != 0) {
                    tallies[i].add(converted);
                }
            }
        } else {
            add(t, amounts.minorUnits(deal.amount()));
        }
    }


    private void add(int t, long amountMinor) {
        for (int i = 0; i < tallies.length; i++) {
            if ((t & 1 << i) != 0) {
                tallies[i].add(amountMinor);
            }
        }
    }

    @Override
    public WinRateAccumulator addAll(WinRateAccumulator other) {
        amounts.merge(other.amounts);
        closedWon.addAll(other.closedWon);
        closedLost.addAll(other.closedLost);
        createdWon.addAll(other.createdWon);
        createdLost.addAll(other.createdLost);
        created.addAll(other.created);
        return this;
    }

    @Override
    public WinRate result() {
        return new WinRate(closedWon.result(amounts.currency()), closedLost.result(amounts.currency()),
                createdWon.result(amounts.currency()), createdLost.result(amounts.currency()),
                created.result(amounts.currency()));
    }
}
