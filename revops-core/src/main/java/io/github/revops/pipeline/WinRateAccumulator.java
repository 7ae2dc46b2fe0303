package io.github.revops.pipeline;

import io.github.revops.domain.Deal;
import io.github.revops.time.Period;

import java.time.LocalDate;
import java.util.Objects;

/** The mutable accumulator behind {@link WinRate}: no allocation per deal unless amounts are converted. */
final class WinRateAccumulator implements DealAccumulator<WinRateAccumulator, WinRate> {

    private final Period period;
    private final LocalDate lastDay;
    private final Amounts amounts;
    private final TallyAccumulator closedWon = new TallyAccumulator();
    private final TallyAccumulator closedLost = new TallyAccumulator();
    private final TallyAccumulator createdWon = new TallyAccumulator();
    private final TallyAccumulator createdLost = new TallyAccumulator();
    private final TallyAccumulator created = new TallyAccumulator();

    WinRateAccumulator(Period period, Amounts amounts) {
        this.period = Objects.requireNonNull(period, "period");
        this.lastDay = period.lastDay();
        this.amounts = amounts;
    }

    @Override
    public void add(Deal deal) {
        boolean createdIn = period.contains(deal.createdDate());
        boolean closed = deal.closeDate().isPresent();
        boolean closedIn = closed && period.contains(deal.closeDate().get());
        if (!createdIn && !closedIn) {
            return;
        }
        // a deal converts at its close date; an open one created in the period at the period's last day
        LocalDate rateDate = closed ? deal.closeDate().get() : lastDay;
        if (closedIn) {
            (deal.isWon() ? closedWon : closedLost).add(amounts, deal.amount(), rateDate);
        }
        if (createdIn) {
            created.add(amounts, deal.amount(), rateDate);
            if (closed) {
                (deal.isWon() ? createdWon : createdLost).add(amounts, deal.amount(), rateDate);
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
