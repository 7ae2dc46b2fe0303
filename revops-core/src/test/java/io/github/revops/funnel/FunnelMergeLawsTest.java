package io.github.revops.funnel;

import io.github.revops.domain.Contact;
import io.github.revops.testing.MergeLaws;
import io.github.revops.time.Period;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The merge laws (identity, split and combine, commutativity, parallel and shuffled streams) of every metric. */
class FunnelMergeLawsTest {

    private static final List<Contact> CONTACTS = RandomContacts.of(20_260_401L, 400);
    private static final LifecycleStages STAGES = RandomContacts.STAGES;
    private static final Period Q1 = Period.quarter(2026, 1);
    private static final Period MARCH = Period.month(2026, 3);
    private static final LocalDate AS_OF = LocalDate.of(2026, 5, 15);
    private static final String MQL = "Marketing Qualified Lead";

    @Test
    void theInputExercisesEveryCount() {
        CohortConversion cohort = CohortConversion.of(CONTACTS, STAGES, Q1, AS_OF);
        assertThat(cohort.stages()).allSatisfy(s -> assertThat(s.reached()).isPositive());
        assertThat(cohort.stages().subList(0, STAGES.size() - 1))
                .allSatisfy(s -> assertThat(s.skipped()).isPositive());
        assertThat(cohort.reach("Customer").skipped()).isZero(); // nothing comes after the last stage
        assertThat(cohort.transitions()).allSatisfy(t -> assertThat(t.converted()).isPositive());
        assertThat(cohort.transitions()).anySatisfy(t -> assertThat(t.censored().count()).isPositive());
        LeadVelocityRate lvr = LeadVelocityRate.of(CONTACTS, STAGES, MARCH, MQL);
        assertThat(lvr.previous()).isPositive();
        assertThat(lvr.current()).isPositive();
    }

    @Test
    void periodConversion() {
        PeriodConversion none = PeriodConversion.of(List.of(), STAGES, Q1);
        MergeLaws.assertMergeable(CONTACTS, contacts -> PeriodConversion.of(contacts, STAGES, Q1), none);
        MergeLaws.assertCollector(CONTACTS, PeriodConversion.collector(STAGES, Q1),
                PeriodConversion.of(CONTACTS, STAGES, Q1));
        assertThat(PeriodConversion.EMPTY.combine(none)).isEqualTo(none);
        assertThat(none.combine(PeriodConversion.EMPTY)).isEqualTo(none);
    }

    @Test
    void cohortConversion() {
        CohortConversion none = CohortConversion.of(List.of(), STAGES, Q1, AS_OF);
        MergeLaws.assertMergeable(CONTACTS, contacts -> CohortConversion.of(contacts, STAGES, Q1, AS_OF), none);
        MergeLaws.assertCollector(CONTACTS, CohortConversion.collector(STAGES, Q1, AS_OF),
                CohortConversion.of(CONTACTS, STAGES, Q1, AS_OF));
        assertThat(CohortConversion.EMPTY.combine(none)).isEqualTo(none);
        assertThat(none.combine(CohortConversion.EMPTY)).isEqualTo(none);
    }

    @Test
    void leadVelocityRate() {
        MergeLaws.assertMergeable(CONTACTS, contacts -> LeadVelocityRate.of(contacts, STAGES, MARCH, MQL),
                new LeadVelocityRate(MQL, 0, 0));
        MergeLaws.assertCollector(CONTACTS, LeadVelocityRate.collector(STAGES, MARCH, MQL),
                LeadVelocityRate.of(CONTACTS, STAGES, MARCH, MQL));
    }

    @Test
    void breakdownsPerOwnerSourceAndSegment() {
        MergeLaws.assertMergeable(CONTACTS, contacts -> PeriodConversion.by(contacts, STAGES, Q1, Contact::owner),
                PeriodConversion.by(List.of(), STAGES, Q1, Contact::owner));
        MergeLaws.assertMergeable(CONTACTS,
                contacts -> CohortConversion.by(contacts, STAGES, Q1, AS_OF, Contact::source),
                CohortConversion.by(List.of(), STAGES, Q1, AS_OF, Contact::source));
        MergeLaws.assertMergeable(CONTACTS,
                contacts -> LeadVelocityRate.by(contacts, STAGES, MARCH, MQL, ContactKeys.segment("region", "-")),
                LeadVelocityRate.by(List.of(), STAGES, MARCH, MQL, ContactKeys.segment("region", "-")));
    }
}
