package io.github.revops.pipeline;

import io.github.revops.domain.Deal;
import io.github.revops.domain.DealType;
import io.github.revops.math.Rational;
import io.github.revops.result.Breakdown;
import io.github.revops.result.Ratio;
import io.github.revops.time.Granularity;
import io.github.revops.time.Period;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

/**
 * Properties over random deals: results do not depend on order or on parallel evaluation, segments add up to the
 * whole, split and combine equal the whole, and the counts agree with a plain loop.
 */
class PipelinePropertyTest {

    private static final Period Q1 = Period.quarter(2026, 1);
    private static final LocalDate AS_OF = LocalDate.of(2026, 3, 15);

    /** Lists of up to 60 deals, one per seed: shrinking shortens the list. */
    private static Gen<List<Deal>> deals() {
        return lists().of(integers().all()).ofSizeBetween(0, 60).map(RandomDeals::fromSeeds);
    }

    @Test
    void resultsDoNotDependOnOrderOrParallelism() {
        qt().withExamples(150).forAll(deals(), integers().all()).checkAssert((deals, seed) -> {
            List<Deal> shuffled = new ArrayList<>(deals);
            Collections.shuffle(shuffled, new Random(seed));
            assertThat(WinRate.of(shuffled, Q1)).isEqualTo(WinRate.of(deals, Q1))
                    .isEqualTo(shuffled.parallelStream().collect(WinRate.collector(Q1)));
            assertThat(SalesCycle.of(shuffled, Q1)).isEqualTo(SalesCycle.of(deals, Q1))
                    .isEqualTo(shuffled.parallelStream().collect(SalesCycle.collector(Q1)));
            assertThat(PipelineVelocity.of(shuffled, Q1)).isEqualTo(PipelineVelocity.of(deals, Q1))
                    .isEqualTo(shuffled.parallelStream().collect(PipelineVelocity.collector(Q1)));
            assertThat(StageConversion.of(shuffled, RandomDeals.FUNNEL, Q1, AS_OF))
                    .isEqualTo(StageConversion.of(deals, RandomDeals.FUNNEL, Q1, AS_OF))
                    .isEqualTo(shuffled.parallelStream()
                            .collect(StageConversion.collector(RandomDeals.FUNNEL, Q1, AS_OF)));
        });
    }

    @Test
    void segmentTotalsEqualTheWhole() {
        qt().withExamples(150).forAll(deals()).checkAssert(deals -> {
            assertThat(WinRate.by(deals, Q1, Deal::owner).total()).isEqualTo(WinRate.of(deals, Q1));
            assertThat(WinRate.by(deals, Q1, Deal::type).total()).isEqualTo(WinRate.of(deals, Q1));
            assertThat(SalesCycle.by(deals, Q1, Deal::source).total()).isEqualTo(SalesCycle.of(deals, Q1));
            assertThat(PipelineVelocity.by(deals, Q1, DealKeys.segment("region")).total())
                    .isEqualTo(PipelineVelocity.of(deals, Q1));
            assertThat(StageConversion.by(deals, RandomDeals.FUNNEL, Q1, AS_OF, Deal::owner).total())
                    .isEqualTo(StageConversion.of(deals, RandomDeals.FUNNEL, Q1, AS_OF));
        });
    }

    @Test
    void aBreakdownByDealTypeListsAllThreeTypesEachTheMetricOfItsDeals() {
        qt().withExamples(150).forAll(deals()).checkAssert(deals -> {
            Breakdown<DealType, WinRate> winRates = WinRate.by(deals, Q1, Deal::type).withAllOf(DealType.class);
            Breakdown<DealType, SalesCycle> cycles = SalesCycle.by(deals, Q1, Deal::type).withAllOf(DealType.class);
            Breakdown<DealType, PipelineVelocity> velocities = PipelineVelocity.by(deals, Q1, Deal::type)
                    .withAllOf(DealType.class);
            Breakdown<DealType, StageConversion> funnels = StageConversion.by(deals, RandomDeals.FUNNEL, Q1, AS_OF,
                    Deal::type).withAllOf(DealType.class);
            if (!deals.isEmpty()) {   // a first deal tells the key's type: naming it changes nothing
                assertThat(WinRate.by(deals, Q1, Deal::type)).isEqualTo(winRates);
            }
            for (DealType type : DealType.values()) {
                List<Deal> members = deals.stream().filter(d -> d.type() == type).toList();
                assertThat(winRates.get(type)).contains(WinRate.of(members, Q1));
                assertThat(cycles.get(type)).contains(SalesCycle.of(members, Q1));
                assertThat(velocities.get(type)).contains(PipelineVelocity.of(members, Q1));
                assertThat(funnels.get(type)).contains(StageConversion.of(members, RandomDeals.FUNNEL, Q1, AS_OF));
            }
            assertThat(winRates.groups()).hasSize(3);
            assertThat(funnels.groups()).hasSize(3);
        });
    }

    @Test
    void splitAndCombineEqualsTheWhole() {
        qt().withExamples(150).forAll(deals(), integers().between(0, 60)).checkAssert((deals, at) -> {
            int cut = Math.min(at, deals.size());
            List<Deal> a = deals.subList(0, cut);
            List<Deal> b = deals.subList(cut, deals.size());
            assertThat(WinRate.of(a, Q1).combine(WinRate.of(b, Q1))).isEqualTo(WinRate.of(deals, Q1));
            assertThat(SalesCycle.of(b, Q1).combine(SalesCycle.of(a, Q1))).isEqualTo(SalesCycle.of(deals, Q1));
            assertThat(PipelineVelocity.of(a, Q1).combine(PipelineVelocity.of(b, Q1)))
                    .isEqualTo(PipelineVelocity.of(deals, Q1));
            assertThat(StageConversion.of(a, RandomDeals.FUNNEL, Q1, AS_OF)
                    .combine(StageConversion.of(b, RandomDeals.FUNNEL, Q1, AS_OF)))
                    .isEqualTo(StageConversion.of(deals, RandomDeals.FUNNEL, Q1, AS_OF));
        });
    }

    @Test
    void countsAgreeWithAPlainLoop() {
        qt().withExamples(150).forAll(deals()).checkAssert(deals -> {
            long won = 0;
            long lost = 0;
            long created = 0;
            long wonCents = 0;
            long open = 0;
            long cycleDays = 0;
            for (Deal d : deals) {
                if (Q1.contains(d.createdDate())) {
                    created++;
                }
                if (d.closeDate().isPresent() && Q1.contains(d.closeDate().get())) {
                    if (d.isWon()) {
                        won++;
                        wonCents += d.amount().minorUnits();
                        cycleDays += d.cycleDays();
                    } else {
                        lost++;
                    }
                }
                if (d.createdDate().isBefore(Q1.end())
                        && (d.isOpen() || !d.closeDate().get().isBefore(Q1.end()))) {
                    open++;
                }
            }
            WinRate rate = WinRate.of(deals, Q1);
            assertThat(rate.byCount()).isEqualTo(Ratio.of(won, won + lost));
            assertThat(rate.byCount(WinRatePolicy.ALL.get(1))).isEqualTo(Ratio.of(won, created));
            assertThat(rate.closedWon().minorUnits()).isEqualTo(Rational.of(wonCents));
            PipelineVelocity v = PipelineVelocity.of(deals, Q1);
            assertThat(v.opportunities()).isEqualTo(open);
            assertThat(v.meanCycleDays()).isEqualTo(Ratio.of(cycleDays, won));
            assertThat(SalesCycle.of(deals, Q1).won().sumDays()).isEqualTo(cycleDays);
            if (rate.byCount().isDefined()) {
                // under WON_AND_LOST, win + loss = 1
                assertThat(rate.byCount().exactValue().orElseThrow()
                        .add(rate.lossByCount().exactValue().orElseThrow())).isEqualTo(Rational.ONE);
            }
        });
    }

    @Test
    void monthlySeriesAddsUpToTheQuarter() {
        qt().withExamples(100).forAll(deals()).checkAssert(deals -> {
            WinRate months = WinRate.series(deals, Q1, Granularity.MONTH).values().stream()
                    .reduce(WinRate.EMPTY, WinRate::combine);
            SalesCycle cycles = SalesCycle.series(deals, Q1, Granularity.MONTH).values().stream()
                    .reduce(SalesCycle.EMPTY, SalesCycle::combine);
            assertThat(months).isEqualTo(WinRate.of(deals, Q1));
            assertThat(cycles).isEqualTo(SalesCycle.of(deals, Q1));
        });
    }
}
