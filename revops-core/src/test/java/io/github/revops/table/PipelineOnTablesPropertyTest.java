package io.github.revops.table;

import io.github.revops.domain.Deal;
import io.github.revops.money.Money;
import io.github.revops.pipeline.PipelineVelocity;
import io.github.revops.pipeline.SalesCycle;
import io.github.revops.pipeline.WinRate;
import io.github.revops.result.Breakdown;
import io.github.revops.result.Ratio;
import io.github.revops.time.Period;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.function.BinaryOperator;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

/** The pipeline metrics give equal results on a list of deals, on its table and on the table split across threads. */
class PipelineOnTablesPropertyTest {

    private static final List<Period> PERIODS = List.of(Period.year(2023), Period.year(2024), Period.quarter(2023, 3),
            Period.month(2024, 2), Period.of(LocalDate.of(2023, 5, 17), LocalDate.of(2024, 9, 2)), Period.year(2030),
            Period.of(LocalDate.MIN, LocalDate.MAX));

    @Test
    void tableEqualsCollectionEqualsParallelOnRandomDeals() {
        qt().withExamples(40).forAll(longs().all(), integers().between(0, 400), integers().between(1, 9))
                .checkAssert((seed, size, parts) -> {
                    List<Deal> deals = RandomRecords.deals(seed, size);
                    if (deals.isEmpty()) {
                        return;
                    }
                    DealTable table = DealTable.of(deals);
                    List<DealTable> split = table.split(parts);
                    for (Period p : PERIODS) {
                        same(WinRate.of(deals, p), WinRate.of(table, p), split, t -> WinRate.of(t, p),
                                WinRate::combine);
                        same(SalesCycle.of(deals, p), SalesCycle.of(table, p), split, t -> SalesCycle.of(t, p),
                                SalesCycle::combine);
                        same(PipelineVelocity.of(deals, p), PipelineVelocity.of(table, p), split,
                                t -> PipelineVelocity.of(t, p), PipelineVelocity::combine);
                        same(PipelineVelocity.by(deals, p, Deal::owner), PipelineVelocity.by(table, p, table.owner()),
                                split, t -> PipelineVelocity.by(t, p, t.owner()), Breakdown::combine);
                        same(WinRate.by(deals, p, Deal::source), WinRate.by(table, p, table.source()), split,
                                t -> WinRate.by(t, p, t.source()), Breakdown::combine);
                        same(SalesCycle.by(deals, p, Deal::customerId), SalesCycle.by(table, p, table.customer()),
                                split, t -> SalesCycle.by(t, p, t.customer()), Breakdown::combine);
                    }
                });
    }

    private static <R> void same(R fromList, R fromTable, List<DealTable> parts, Function<DealTable, R> metric,
                                 BinaryOperator<R> combine) {
        assertThat(fromTable).isEqualTo(fromList);
        assertThat(Parallel.evaluate(parts, metric, combine)).isEqualTo(fromList);
    }

    @Test
    void workedExampleOfMetricsSectionOne() {
        // docs/metrics.md#win-rate: 12 won and 8 lost in the period give 12/20 = 0.60; open deals and deals closed
        // outside the period do not count
        DealTable.Builder b = DealTable.builder(Money.currency("USD"));
        LocalDate created = LocalDate.of(2024, 1, 10);
        for (int i = 0; i < 20; i++) {
            b.customer("C" + i).owner("Ana").source("Web").amountMinor(100_000).created(created);
            if (i < 12) {
                b.won(created.plusDays(10 + i));
            } else {
                b.lost(created.plusDays(5));
            }
            b.add();
        }
        b.customer("X").owner("Ana").source("Web").amountMinor(5).created(created).add();
        b.customer("Y").owner("Bo").source("Web").amountMinor(5).created(created).won(LocalDate.of(2025, 1, 1)).add();
        DealTable table = b.build();
        WinRate rate = WinRate.of(table, Period.year(2024));
        assertThat(rate.byCount()).isEqualTo(Ratio.of(12, 20));
        assertThat(rate.byCount().toBigDecimal(2, java.math.RoundingMode.HALF_EVEN)).hasToString("0.60");
        // docs/metrics.md#sales-cycle-length: the won cycles are 10..21 days: mean 15.5, median 15.5
        SalesCycle cycle = SalesCycle.of(table, Period.year(2024));
        assertThat(cycle.count()).isEqualTo(12);
        assertThat(cycle.median()).contains(io.github.revops.math.Rational.of(31, 2));
        // docs/metrics.md#pipeline-velocity: 2 opportunities open at the end of 2024 (X open, Y won in 2025), all 12
        // won deals of 1000.00
        PipelineVelocity velocity = PipelineVelocity.of(table, Period.year(2024));
        assertThat(velocity.opportunities()).isEqualTo(2);
        assertThat(velocity.value().orElseThrow().minorUnits())   // 2 x 100000 x 12/20 / 15.5 cents a day
                .isEqualTo(io.github.revops.math.Rational.of(2 * 100_000 * 12 * 2, 20 * 31));
    }

    @Test
    void cyclesLongerThanTheFirstArrayAndTheAllTimePeriodCountExactly() {
        // won after 3 and 3,000 days, lost after 1,500 and 10 days, one open deal: in 2024 the won cycles are
        // {3, 3000} (mean 1501.5), the lost {10, 1500}; over all time the same, and the open deal is in no cycle
        DealTable.Builder b = DealTable.builder(Money.currency("USD"));
        LocalDate close = LocalDate.of(2024, 6, 30);
        b.customer("A").owner("Ana").source("Web").amountMinor(1).created(close.minusDays(3)).won(close).add();
        b.customer("B").owner("Ana").source("Web").amountMinor(1).created(close.minusDays(3000)).won(close).add();
        b.customer("C").owner("Ana").source("Web").amountMinor(1).created(close.minusDays(1500)).lost(close).add();
        b.customer("D").owner("Ana").source("Web").amountMinor(1).created(close.minusDays(10)).lost(close).add();
        b.customer("E").owner("Ana").source("Web").amountMinor(1).created(close.minusDays(4000)).add();
        DealTable table = b.build();
        for (Period p : List.of(Period.year(2024), Period.of(LocalDate.MIN, LocalDate.MAX))) {
            SalesCycle cycle = SalesCycle.of(table, p);
            assertThat(cycle.won()).isEqualTo(io.github.revops.result.DayHistogram.of(3, 3000));
            assertThat(cycle.lost()).isEqualTo(io.github.revops.result.DayHistogram.of(10, 1500));
            assertThat(cycle.mean()).contains(io.github.revops.math.Rational.of(3003, 2));
            assertThat(WinRate.of(table, p).byCount()).isEqualTo(Ratio.of(2, 4));
        }
    }
}
