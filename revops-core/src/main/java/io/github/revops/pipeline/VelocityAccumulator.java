package io.github.revops.pipeline;

import io.github.revops.domain.Deal;
import io.github.revops.time.Period;

import java.time.LocalDate;
import java.util.Objects;

/** The mutable accumulator behind {@link PipelineVelocity}: no allocation per deal unless amounts are converted. */
final class VelocityAccumulator implements DealAccumulator<VelocityAccumulator, PipelineVelocity> {

    private final Period period;
    private final Amounts amounts;
    private long opportunities;
    private final TallyAccumulator won = new TallyAccumulator();
    private final TallyAccumulator lost = new TallyAccumulator();
    private long wonCycleDays;

    VelocityAccumulator(Period period, Amounts amounts) {
        this.period = Objects.requireNonNull(period, "period");
        this.amounts = amounts;
    }

    @Override
    public void add(Deal deal) {
        LocalDate end = period.end();
        boolean closed = deal.closeDate().isPresent();
        if (deal.createdDate().isBefore(end) && (!closed || !deal.closeDate().get().isBefore(end))) {
            opportunities = Math.addExact(opportunities, 1);
        }
        if (closed && period.contains(deal.closeDate().get())) {
            LocalDate closeDate = deal.closeDate().get();
            if (deal.isWon()) {
                won.add(amounts, deal.amount(), closeDate);
                wonCycleDays = Math.addExact(wonCycleDays, SalesCycleAccumulator.days(deal.createdDate(), closeDate));
            } else {
                lost.add(amounts, deal.amount(), closeDate);
            }
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
