package io.github.revops.funnel;

import io.github.revops.domain.Contact;
import io.github.revops.result.DayHistogram;
import io.github.revops.result.Ratio;
import io.github.revops.time.Period;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The smallest funnels: two stages have an overall conversion (their one transition), one stage has none.
 *
 * <p>March 2026, seen on 30 June: L1 a lead on 2 March, a customer on 12 March (10 days); L2 a lead on 20 March, no
 * customer yet (102 days waiting); L3 a customer on 5 March without a lead date (reached the lead stage that day,
 * skipped it: 0 days).
 */
class TwoStageFunnelTest {

    private static final LifecycleStages TWO = LifecycleStages.of("Lead", "Customer");
    private static final Period MARCH = Period.month(2026, 3);
    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
    private static final List<Contact> CONTACTS = List.of(
            Contact.builder("L1").owner("ana").source("web").entered("Lead", LocalDate.of(2026, 3, 2))
                    .entered("Customer", LocalDate.of(2026, 3, 12)).build(),
            Contact.builder("L2").owner("ana").source("web").entered("Lead", LocalDate.of(2026, 3, 20)).build(),
            Contact.builder("L3").owner("ben").source("ads").entered("Customer", LocalDate.of(2026, 3, 5)).build());

    @Test
    void periodConversion_overallOfTwoStagesIsCustomersOverLeads() {
        PeriodConversion march = PeriodConversion.of(CONTACTS, TWO, MARCH);
        assertThat(march.stages()).containsExactly(new StageReach("Lead", 3, 1), new StageReach("Customer", 2, 0));
        assertThat(march.overall()).isEqualTo(Ratio.of(2, 3));
        assertThat(march.stageToStage()).containsExactly(Ratio.of(2, 3));
    }

    @Test
    void cohortConversion_overallOfTwoStagesIsItsOneTransition() {
        CohortConversion march = CohortConversion.of(CONTACTS, TWO, MARCH, AS_OF);
        StageTransition overall = march.overall();
        assertThat(overall).isEqualTo(march.transition("Lead", "Customer"));
        assertThat(overall.timeToConvert()).isEqualTo(DayHistogram.of(0, 10));
        assertThat(overall.censored()).isEqualTo(DayHistogram.of(102));
        assertThat(overall.conversion()).isEqualTo(Ratio.of(2, 3));
    }

    @Test
    void aOneStageFunnelHasNoOverallConversion() {
        LifecycleStages one = LifecycleStages.of("Lead");
        PeriodConversion period = PeriodConversion.of(CONTACTS, one, MARCH);
        assertThat(period.stages()).containsExactly(new StageReach("Lead", 2, 0));     // L3 never was a lead here
        assertThatThrownBy(period::overall).isInstanceOf(IllegalStateException.class)
                .hasMessage("a funnel of 1 stage(s) has no overall conversion");
        CohortConversion cohort = CohortConversion.of(CONTACTS, one, MARCH, AS_OF);
        assertThat(cohort.transitions()).isEmpty();
        assertThatThrownBy(cohort::overall).isInstanceOf(IllegalStateException.class)
                .hasMessage("a funnel of 1 stage(s) has no overall conversion");
    }
}
