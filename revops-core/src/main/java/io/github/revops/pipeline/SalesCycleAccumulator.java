package io.github.revops.pipeline;

import io.github.revops.domain.Deal;
import io.github.revops.domain.DealStatus;
import io.github.revops.result.DayHistogram;
import io.github.revops.table.DealTable;
import io.github.revops.time.Period;

import java.util.Objects;

/** Collects the cycle days of deals won and lost in a period. Not thread-safe. */
final class SalesCycleAccumulator implements DealAccumulator<SalesCycleAccumulator, SalesCycle>, RowAccumulator {

    private final long start;
    private final long end;
    private final DayHistogram.Builder won = DayHistogram.builder();
    private final DayHistogram.Builder lost = DayHistogram.builder();

    SalesCycleAccumulator(Period period) {
        Objects.requireNonNull(period, "period");
        this.start = period.start().toEpochDay();
        this.end = period.end().toEpochDay();
    }

    @Override
    public void add(Deal deal) {
        add(DealRows.createdDay(deal), DealRows.closeDay(deal), deal.isWon());
    }

    @Override
    public void addRow(DealTable rows, int row) {
        add(rows.createdDay(row), rows.closeDay(row), rows.status(row) == DealStatus.WON);
    }

    /** The definition (METRICS.md 2): a deal closed in the period adds its close - created days. */
    private void add(long createdDay, long closeDay, boolean isWon) {
        if (DealRows.within(closeDay, start, end)) {
            (isWon ? won : lost).add(Math.toIntExact(closeDay - createdDay));
        }
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
