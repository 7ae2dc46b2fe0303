package io.github.revops.pipeline;

import io.github.revops.domain.Deal;
import io.github.revops.result.DayHistogram;
import io.github.revops.time.Period;

import java.time.LocalDate;
import java.util.Objects;

/** The mutable accumulator behind {@link SalesCycle}: no allocation per deal. */
final class SalesCycleAccumulator implements DealAccumulator<SalesCycleAccumulator, SalesCycle> {

    private final Period period;
    private final DayHistogram.Builder won = DayHistogram.builder();
    private final DayHistogram.Builder lost = DayHistogram.builder();

    SalesCycleAccumulator(Period period) {
        this.period = Objects.requireNonNull(period, "period");
    }

    @Override
    public void add(Deal deal) {
        if (deal.closeDate().isEmpty()) {
            return;
        }
        LocalDate closed = deal.closeDate().get();
        if (period.contains(closed)) {
            (deal.isWon() ? won : lost).add(days(deal.createdDate(), closed));
        }
    }

    /** Calendar days from one date to a later one, {@code to - from}, no +1. */
    static int days(LocalDate from, LocalDate to) {
        return Math.toIntExact(to.toEpochDay() - from.toEpochDay());
    }

    @Override
    public SalesCycleAccumulator addAll(SalesCycleAccumulator other) {
        won.addAll(other.won);
        lost.addAll(other.lost);
        return this;
    }

    @Override
    public SalesCycle result() {
        return new SalesCycle(won.build(), lost.build());
    }
}
