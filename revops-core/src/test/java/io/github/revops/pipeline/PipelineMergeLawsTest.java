package io.github.revops.pipeline;

import io.github.revops.domain.Deal;
import io.github.revops.result.Breakdown;
import io.github.revops.testing.MergeLaws;
import io.github.revops.time.Period;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The merge laws (identity, split and combine, commutativity, parallel and shuffled streams) of every metric. */
class PipelineMergeLawsTest {

    private static final List<Deal> DEALS = RandomDeals.of(20_260_101L, 400);
    private static final Period Q1 = Period.quarter(2026, 1);
    private static final LocalDate AS_OF = LocalDate.of(2026, 3, 15);

    @Test
    void theInputExercisesEverySet() {
        WinRate rate = WinRate.of(DEALS, Q1);
        assertThat(rate.closedWon().count()).isPositive();
        assertThat(rate.closedLost().count()).isPositive();
        assertThat(rate.createdWon().count()).isPositive();
        assertThat(rate.created().count()).isGreaterThan(rate.createdWon().count() + rate.createdLost().count());
        assertThat(PipelineVelocity.of(DEALS, Q1).isDefined()).isTrue();
        StageConversion funnel = StageConversion.of(DEALS, RandomDeals.FUNNEL, Q1, AS_OF);
        assertThat(funnel.stages()).allSatisfy(s -> assertThat(s.reached()).isPositive());
        assertThat(funnel.stages()).anySatisfy(s -> assertThat(s.censored()).isPositive());
        assertThat(funnel.stages()).anySatisfy(s -> assertThat(s.skipped()).isPositive());
    }

    @Test
    void winRate() {
        MergeLaws.assertMergeable(DEALS, deals -> WinRate.of(deals, Q1), WinRate.EMPTY);
        MergeLaws.assertCollector(DEALS, WinRate.collector(Q1), WinRate.of(DEALS, Q1));
    }

    @Test
    void salesCycle() {
        MergeLaws.assertMergeable(DEALS, deals -> SalesCycle.of(deals, Q1), SalesCycle.EMPTY);
        MergeLaws.assertCollector(DEALS, SalesCycle.collector(Q1), SalesCycle.of(DEALS, Q1));
    }

    @Test
    void pipelineVelocity() {
        MergeLaws.assertMergeable(DEALS, deals -> PipelineVelocity.of(deals, Q1), PipelineVelocity.EMPTY);
        MergeLaws.assertCollector(DEALS, PipelineVelocity.collector(Q1), PipelineVelocity.of(DEALS, Q1));
    }

    @Test
    void stageConversion() {
        StageConversion none = StageConversion.of(List.of(), RandomDeals.FUNNEL, Q1, AS_OF);
        MergeLaws.assertMergeable(DEALS, deals -> StageConversion.of(deals, RandomDeals.FUNNEL, Q1, AS_OF), none);
        MergeLaws.assertCollector(DEALS, StageConversion.collector(RandomDeals.FUNNEL, Q1, AS_OF),
                StageConversion.of(DEALS, RandomDeals.FUNNEL, Q1, AS_OF));
        assertThat(StageConversion.EMPTY.combine(none)).isEqualTo(none);
        assertThat(none.combine(StageConversion.EMPTY)).isEqualTo(none);
    }

    @Test
    void dealTally() {
        WinRate rate = WinRate.of(DEALS, Q1);
        MergeLaws.assertMergeable(DEALS, deals -> WinRate.of(deals, Q1).closedWon(), DealTally.EMPTY);
        assertThat(rate.closedWon().combine(rate.closedLost()).count())
                .isEqualTo(rate.closedWon().count() + rate.closedLost().count());
    }

    @Test
    void breakdownsPerOwnerAndType() {
        MergeLaws.assertMergeable(DEALS, deals -> WinRate.by(deals, Q1, Deal::owner),
                WinRate.by(List.of(), Q1, Deal::owner));
        MergeLaws.assertMergeable(DEALS, deals -> SalesCycle.by(deals, Q1, Deal::type),
                SalesCycle.by(List.of(), Q1, Deal::type));
        MergeLaws.assertMergeable(DEALS, deals -> PipelineVelocity.by(deals, Q1, DealKeys.segment("region")),
                PipelineVelocity.by(List.of(), Q1, DealKeys.segment("region")));
    }
}
