package io.github.revops.pipeline;

import io.github.revops.domain.Deal;
import io.github.revops.math.Rational;
import io.github.revops.result.DayHistogram;
import io.github.revops.result.Ratio;
import io.github.revops.time.Granularity;
import io.github.revops.time.Period;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static io.github.revops.pipeline.TestDeals.base;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Stage conversion: the docs/metrics.md#stage-conversion-and-time-in-stage rules on small histories worked by hand,
 * and bad stage lists.
 */
class StageConversionTest {

    private static final List<String> FUNNEL = List.of("Lead", "Demo", "Proposal", "Won");
    private static final Period MARCH = Period.month(2026, 3);
    private static final LocalDate AS_OF = LocalDate.of(2026, 3, 31);

    private static LocalDate march(int day) {
        return LocalDate.of(2026, 3, day);
    }

    /*
     * By hand: X goes Lead (Mar 1) -> Demo (Mar 4) -> Lead (Mar 6) -> Proposal (Mar 10) -> Won (Apr 2, after as-of).
     *   Lead: two visits, 3 + 4 = 7 days. Demo: 2 days. Proposal: open at the as-of date, censored. Won: not reached.
     * Y skips Lead and Demo: Proposal (Mar 2) -> Won (Mar 12); it reached Lead and Demo (skipped) on Mar 2.
     *   Proposal: 10 days. Won: open, censored.
     */
    private static final List<Deal> DEALS = List.of(
            base("X", "ana", "USD 1.00", march(1)).stage("Lead", march(1)).stage("Demo", march(4))
                    .stage("Lead", march(6)).stage("Proposal", march(10)).stage("Won", LocalDate.of(2026, 4, 2))
                    .build(),
            base("Y", "ana", "USD 1.00", march(2)).stage("Proposal", march(2)).stage("Won", march(12))
                    .won(march(12)).build());

    @Test
    void of_appliesReachedSkippedAdvancedAndCensoring() {
        StageConversion funnel = StageConversion.of(DEALS, FUNNEL, MARCH, AS_OF);

        StageStats lead = funnel.stage("Lead").orElseThrow();
        assertThat(lead.reached()).isEqualTo(2);
        assertThat(lead.skipped()).isEqualTo(1);
        assertThat(lead.advanced()).isEqualTo(2);
        assertThat(lead.timeInStage()).isEqualTo(DayHistogram.of(7));
        StageStats demo = funnel.stage("Demo").orElseThrow();
        assertThat(demo.timeInStage()).isEqualTo(DayHistogram.of(2));
        StageStats proposal = funnel.stage("Proposal").orElseThrow();
        assertThat(proposal.reached()).isEqualTo(2);
        assertThat(proposal.advanced()).isEqualTo(1);                       // X's Won is after the as-of date
        assertThat(funnel.conversion("Proposal")).contains(Ratio.of(1, 2));
        assertThat(proposal.timeInStage()).isEqualTo(DayHistogram.of(10));
        assertThat(proposal.censored()).isEqualTo(1);
        StageStats won = funnel.stage("Won").orElseThrow();
        assertThat(won.reached()).isEqualTo(1);
        assertThat(won.next()).isEmpty();
        assertThat(won.conversion()).isEmpty();
        assertThat(won.censored()).isEqualTo(1);
        assertThat(funnel.stage("Negotiation")).isEmpty();
    }

    @Test
    void of_laterAsOf_seesTheLaterEntries() {
        StageConversion april = StageConversion.of(DEALS, FUNNEL, MARCH, LocalDate.of(2026, 4, 30));

        StageStats proposal = april.stage("Proposal").orElseThrow();
        assertThat(proposal.advanced()).isEqualTo(2);
        // X: Mar 10 to Apr 2 = 23 days; Y: 10 days
        assertThat(proposal.timeInStage().mean()).contains(Rational.of(33, 2));
        assertThat(proposal.censored()).isZero();
    }

    @Test
    void series_perMonth_readsEachMonthAsOfItsLastDay() {
        List<StageConversion> months = StageConversion.series(DEALS, FUNNEL, Period.of(march(1),
                LocalDate.of(2026, 5, 1)), Granularity.MONTH).values();

        assertThat(months.get(0)).isEqualTo(StageConversion.of(DEALS, FUNNEL, MARCH, AS_OF));
        assertThat(months.get(1).stage("Won").map(StageStats::reached)).contains(1L); // X reached Won in April
    }

    @Test
    void stageLists_mustBeNonEmptyAndDistinct() {
        assertThatThrownBy(() -> StageConversion.of(DEALS, List.of(), MARCH, AS_OF))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("stages");
        assertThatThrownBy(() -> StageConversion.of(DEALS, List.of("Lead", "Demo", "Lead"), MARCH, AS_OF))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'Lead' twice");
        assertThatThrownBy(() -> StageConversion.collector(List.of(" "), MARCH, AS_OF))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void combine_ofDifferentStageLists_throws() {
        StageConversion a = StageConversion.of(DEALS, FUNNEL, MARCH, AS_OF);
        StageConversion b = StageConversion.of(DEALS, List.of("Lead", "Demo"), MARCH, AS_OF);
        StageConversion c = StageConversion.of(DEALS, List.of("Lead", "Demo", "Won", "Proposal"), MARCH, AS_OF);

        assertThatThrownBy(() -> a.combine(b)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> a.combine(c)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Proposal");
        assertThat(a.combine(StageConversion.EMPTY)).isEqualTo(a);
    }

    @Test
    void stageStats_rejectCountsThatDoNotFit() {
        assertThatThrownBy(() -> new StageStats("Lead", Optional.of("Demo"), 1, 2, 0, DayHistogram.EMPTY, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new StageStats("Won", Optional.empty(), 1, 0, 1, DayHistogram.of(3), 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new StageStats("Lead", Optional.of("Demo"), 2, 0, 0, DayHistogram.of(3), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("censored");
    }
}
