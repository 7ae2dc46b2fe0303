package io.github.revops.funnel;

import io.github.revops.domain.Contact;
import io.github.revops.domain.InvalidRecordException;
import io.github.revops.result.DayHistogram;
import io.github.revops.time.Granularity;
import io.github.revops.time.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Bad input to the funnel metrics: each gives its documented error, naming what is wrong, in bounded time. */
@Timeout(30)
class FunnelBadInputTest {

    private static final LifecycleStages STAGES = LifecycleStages.HUBSPOT;
    private static final Period Q1 = Period.quarter(2026, 1);
    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
    private static final String MQL = "Marketing Qualified Lead";

    private static Contact lead(String id, LocalDate date) {
        return Contact.builder(id).owner("ana").source("web").entered("Lead", date).build();
    }

    @Test
    void duplicateIdsAreRejectedByTheCollectionEntryPoints() {
        List<Contact> contacts = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            contacts.add(lead("C" + i, LocalDate.of(2026, 1, 1).plusDays(i % 90)));
        }
        contacts.add(lead("C99999", LocalDate.of(2026, 2, 1)));
        String message = "contact 'C99999': id (C99999) is not unique";
        assertThatThrownBy(() -> PeriodConversion.of(contacts, STAGES, Q1))
                .isInstanceOf(InvalidRecordException.class).hasMessage(message);
        assertThatThrownBy(() -> CohortConversion.by(contacts, STAGES, Q1, AS_OF, Contact::owner))
                .isInstanceOf(InvalidRecordException.class).hasMessage(message);
        assertThatThrownBy(() -> LeadVelocityRate.series(contacts, STAGES, Q1, Granularity.MONTH, MQL))
                .isInstanceOf(InvalidRecordException.class).hasMessage(message);
        // the collector does not check ids (documented): both copies count
        assertThat(contacts.stream().collect(PeriodConversion.collector(STAGES, Q1)).reach("Lead").reached())
                .isEqualTo(100_001);
    }

    @Test
    void nullInputIsNamed() {
        assertThatThrownBy(() -> PeriodConversion.of(null, STAGES, Q1)).hasMessage("contacts");
        assertThatThrownBy(() -> PeriodConversion.of(Arrays.asList(lead("C1", AS_OF), null), STAGES, Q1))
                .isInstanceOf(NullPointerException.class).hasMessage("contacts must not contain null");
        assertThatThrownBy(() -> PeriodConversion.of(List.of(), STAGES, null)).hasMessage("period");
        assertThatThrownBy(() -> CohortConversion.of(List.of(), STAGES, Q1, null)).hasMessage("asOf");
        assertThatThrownBy(() -> CohortConversion.collector(null, Q1, AS_OF)).hasMessage("stages");
        assertThatThrownBy(() -> PeriodConversion.by(List.of(lead("C1", AS_OF)), STAGES, Q1, c -> null))
                .isInstanceOf(NullPointerException.class).hasMessage("the group key of contact 'C1' is null");
        assertThatThrownBy(() -> CohortConversion.of(List.of(lead("C1", AS_OF)), STAGES, Q1, AS_OF).reach(null))
                .hasMessage("stage");
    }

    @Test
    void stagesOutsideTheFunnelOrOutOfOrderAreRejected() {
        CohortConversion cohort = CohortConversion.of(List.of(lead("C1", AS_OF)), STAGES, Q1, AS_OF);
        assertThatThrownBy(() -> cohort.transition("Lead", "Evangelist")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("stage ('Evangelist') is not one of [Subscriber, Lead, Marketing Qualified Lead,"
                        + " Sales Qualified Lead, Opportunity, Customer]");
        assertThatThrownBy(() -> cohort.transition("Customer", "Lead")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("to ('Lead') must be a stage after from ('Customer')");
        assertThatThrownBy(() -> PeriodConversion.of(List.of(), STAGES, Q1).conversion("Lead", "Lead"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("to ('Lead') must be a stage after from ('Lead')");
        assertThatThrownBy(() -> LeadVelocityRate.of(List.of(), STAGES, Period.month(2026, 3), "MQL"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("stage ('MQL') is not one of [Subscriber");
        assertThatThrownBy(() -> LeadVelocityRate.collector(STAGES, Period.month(2026, 3), "MQL"))
                .isInstanceOf(IllegalArgumentException.class);
        LifecycleStages one = LifecycleStages.of("Lead");
        assertThatThrownBy(() -> CohortConversion.of(List.of(), one, Q1, AS_OF).overall())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("a funnel of 1 stage(s) has no overall conversion");
    }

    @Test
    void leadVelocityNeedsPeriodsWithAPreviousPeriodOfTheSameLength() {
        assertThatThrownBy(() -> LeadVelocityRate.of(List.of(), STAGES,
                Period.of(LocalDate.of(2026, 3, 5), LocalDate.of(2026, 4, 5)), MQL))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("period (2026-03-05/2026-04-05) must be whole calendar months to have a previous period"
                        + " of the same length; use series with a granularity for other periods");
        assertThatThrownBy(() -> LeadVelocityRate.series(List.of(), STAGES,
                Period.of(LocalDate.of(2026, 1, 15), LocalDate.of(2026, 4, 1)), Granularity.MONTH, MQL))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("period (2026-01-15/2026-02-01) must be a whole period of the granularity"
                        + " (2026-01-01/2026-02-01): align the range to it");
    }

    @Test
    void daysBeyondTheRangeOfADayCountAreAnError() {
        List<Contact> contacts = List.of(lead("C1", LocalDate.of(2026, 1, 5)));
        assertThatThrownBy(() -> CohortConversion.of(contacts, STAGES, Q1, LocalDate.MAX))
                .isInstanceOf(ArithmeticException.class)
                .hasMessageStartingWith("days from 2026-01-05 to +999999999-12-31 (")
                .hasMessageEndingWith(") exceed the range of a day count");
        // a far as-of date within the range is fine
        assertThat(CohortConversion.of(contacts, STAGES, Q1, LocalDate.of(5_000_000, 1, 1))
                .transition("Lead", "Customer").censored().count()).isEqualTo(1);
    }

    @Test
    void funnelsOfOtherStagesDoNotMerge() {
        PeriodConversion six = PeriodConversion.of(List.of(), STAGES, Q1);
        PeriodConversion three = PeriodConversion.of(List.of(), LifecycleStages.of("Lead", "MQL", "Won"), Q1);
        PeriodConversion renamed = PeriodConversion.of(List.of(), LifecycleStages.of("A", "B", "C", "D", "E", "F"), Q1);
        assertThatThrownBy(() -> six.combine(three)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot combine funnels of 6 and 3 entries");
        assertThatThrownBy(() -> six.combine(renamed)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot combine stage 'Subscriber' with stage 'A'");
        assertThatThrownBy(() -> new LeadVelocityRate(MQL, 1, 2).combine(new LeadVelocityRate("Lead", 1, 2)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("cannot combine the lead velocity rate"
                        + " of stage 'Marketing Qualified Lead' with that of stage 'Lead'");
        StageTransition t = new StageTransition("Lead", "Customer", DayHistogram.EMPTY, DayHistogram.EMPTY);
        assertThatThrownBy(() -> t.combine(new StageTransition("Lead", "Opportunity", DayHistogram.EMPTY,
                DayHistogram.EMPTY))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot combine the transition 'Lead' to 'Customer' with 'Lead' to 'Opportunity'");
    }

    @Test
    void resultsRejectCountsThatDoNotFitTogether() {
        assertThatThrownBy(() -> new StageReach("Lead", 2, 3)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("stage 'Lead': skipped (3) must not exceed reached (2)");
        assertThatThrownBy(() -> new LeadVelocityRate(MQL, -1, 2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("previous (-1) must be >= 0");
        assertThatThrownBy(() -> new StageTransition("Lead", "Lead", DayHistogram.EMPTY, DayHistogram.EMPTY))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("to ('Lead') must be another stage than from");
        assertThatThrownBy(() -> new StageTransition("Lead", "MQL", DayHistogram.EMPTY, DayHistogram.EMPTY)
                .conversionWithin(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("days (-1) must be >= 0");
        StageTransition cohortOfTwo = new StageTransition("Lead", "MQL", DayHistogram.of(3), DayHistogram.of(9));
        assertThatThrownBy(() -> new CohortConversion(
                List.of(new StageReach("Lead", 1, 0), new StageReach("MQL", 1, 0)), List.of(cohortOfTwo)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("transition 'Lead' to 'MQL' (cohort 2) must go from 'Lead' (reached 1) to 'MQL'");
        assertThatThrownBy(() -> new CohortConversion(List.of(new StageReach("Lead", 1, 0)), List.of(cohortOfTwo)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("transitions (1) must be one per pair of 1 stages (0)");
    }
}
