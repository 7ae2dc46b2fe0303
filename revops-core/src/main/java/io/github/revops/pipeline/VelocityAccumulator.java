package io.github.revops.pipeline;

import io.github.revops.domain.Deal;
import io.github.revops.math.Rational;
import io.github.revops.table.DealTable;
import io.github.revops.time.Period;

import java.util.Objects;

/** Collects the parts of {@link PipelineVelocity}. Not thread-safe. */
final class VelocityAccumulator implements DealAccumulator<VelocityAccumulator, PipelineVelocity> {

    private static final int OPPORTUNITY = 1;
    private static final int WON = 2;
    private static final int LOST = 4;

    private final long start;
    private final long end;
    private final Amounts amounts;
    private long opportunities;
    private final TallyAccumulator won = new TallyAccumulator();
    private final TallyAccumulator lost = new TallyAccumulator();
    private long wonCycleDays;

    VelocityAccumulator(Period period, Amounts amounts) {
        Objects.requireNonNull(period, "period");
        this.start = period.start().toEpochDay();
        this.end = period.end().toEpochDay();
        this.amounts = amounts;
    }

    /**
     * The definition of the inputs (METRICS.md 3), as bits: an opportunity is open at the period's end (created
     * before it, not closed before it); the won and lost deals are those closed in the period.
     */
    private int parts(long createdDay, long closeDay, boolean isWon) {
        int p = createdDay < end && (closeDay == DealTable.NO_CLOSE || closeDay >= end) ? OPPORTUNITY : 0;
        if (DealRows.within(closeDay, start, end)) {
            p |= isWon ? WON : LOST;
        }
        return p;
    }

    @Override
    public void add(Deal deal) {
        long createdDay = DealRows.createdDay(deal);
        long closeDay = DealRows.closeDay(deal);
        int p = parts(createdDay, closeDay, deal.isWon());
        if (p == 0) {
            return;
        }
        if (amounts.converts() && (p & (WON | LOST)) != 0) {
            Rational converted = amounts.converted(deal.amount(), deal.closeDate().get());
            count(p, createdDay, closeDay);
            ((p & WON) != 0 ? won : lost).add(converted);
        } else {
            add(p, createdDay, closeDay, (p & (WON | LOST)) != 0 ? amounts.minorUnits(deal.amount()) : 0);
        }
    }


    private void add(int p, long createdDay, long closeDay, long amountMinor) {
        count(p, createdDay, closeDay);
        if ((p & WON) != 0) {
            won.add(amountMinor);
        } else if ((p & LOST) != 0) {
            lost.add(amountMinor);
        }
    }

    private void count(int p, long createdDay, long closeDay) {
        if ((p & OPPORTUNITY) != 0) {
            opportunities = Math.addExact(opportunities, 1);
        }
        if ((p & WON) != 0) {
            wonCycleDays = Math.addExact(wonCycleDays, closeDay - createdDay);
        }
    }

    @Override
    public VelocityAccumulator addAll(VelocityAccumulator other) {
        amounts.merge(other.amounts);
        opportunities = Math.addExact(opportunities, other.opportunities);
        won.addAll(other.won);
        lost.addAll(other.lost);
        wonCycleDays = Math.addExact(wonCycleDays, other.wonCycleDays);
        return this;
    }

    @Override
    public PipelineVelocity result() {
        return new PipelineVelocity(opportunities, won.result(amounts.currency()), lost.result(amounts.currency()),
                wonCycleDays);
    }
}
