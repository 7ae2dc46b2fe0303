package io.github.revops.funnel;

import io.github.revops.domain.Contact;
import io.github.revops.math.Rational;
import io.github.revops.result.Breakdown;
import io.github.revops.result.DayHistogram;
import io.github.revops.result.Ratio;
import io.github.revops.time.Granularity;
import io.github.revops.time.Period;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Worked examples of docs/metrics.md, "Buyer funnel", computed by hand: the nine contacts of
 * {@link FunnelExamples#NINE_CONTACTS} through HubSpot's six stages, Q1 2026, seen on 30 June 2026 (their reach dates
 * are written beside them there).
 */
class FunnelWorkedExamplesTest {

    private static final LifecycleStages STAGES = LifecycleStages.HUBSPOT;
    private static final Period Q1 = Period.quarter(2026, 1);
    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
    private static final List<Contact> CONTACTS = FunnelExamples.NINE_CONTACTS;
    private static final String S = FunnelExamples.S;
    private static final String L = FunnelExamples.L;
    private static final String MQL = FunnelExamples.MQL;
    private static final String SQL = FunnelExamples.SQL;
    private static final String OPP = FunnelExamples.OPP;
    private static final String C = FunnelExamples.C;

    private static Contact.Builder contact(String id, String owner, String source) {
        return Contact.builder(id).owner(owner).source(source);
    }

    private static LocalDate d(int month, int day) {
        return LocalDate.of(2026, month, day);
    }

    @Test
    void periodEntriesCountEachContactOncePerStage() {
        PeriodConversion q1 = PeriodConversion.of(CONTACTS, STAGES, Q1);

        assertThat(q1.stages()).containsExactly(
                new StageReach(S, 6, 6),      // c1 c3 c4 c6 c7 c9, none with a subscriber date in Q1
                new StageReach(L, 7, 3),      // c1 c2 c3 c4 c6 c7 c9; c4 c6 c9 skipped it (c9 returned later)
                new StageReach(MQL, 6, 3),    // c1 c2 c3 c4 c6 c9; c3 c6 c9 skipped it (c7's is in July)
                new StageReach(SQL, 5, 2),    // c1 c3 c5 c6 c9
                new StageReach(OPP, 3, 2),    // c1 c6 c9
                new StageReach(C, 3, 0));     // c1 c6 c9 (c3 in May)
        assertThat(q1.conversion(L, C)).isEqualTo(Ratio.of(3, 7));
        assertThat(q1.overall()).isEqualTo(Ratio.of(3, 6));
        assertThat(q1.stageToStage()).containsExactly(Ratio.of(7, 6), Ratio.of(6, 7), Ratio.of(5, 6),
                Ratio.of(3, 5), Ratio.of(3, 3));
        assertThat(q1.reach(L).entered()).isEqualTo(4);
    }

    @Test
    void cohortOfLeadsToCustomers() {
        StageTransition leadToCustomer = CohortConversion.of(CONTACTS, STAGES, Q1, AS_OF).transition(L, C);

        // cohort c1 c2 c3 c4 c6 c7 c9; converted c1 (01-05 to 03-15: 69 days), c3 (02-01 to 05-01: 89), c6 and c9
        // (0: both stages reached the same day); c2, c4, c7 had not by 30 June, observed since 01-10 (171 days),
        // 03-30 (92) and 03-20 (102)
        assertThat(leadToCustomer.cohort()).isEqualTo(7);
        assertThat(leadToCustomer.timeToConvert()).isEqualTo(DayHistogram.of(0, 0, 69, 89));
        assertThat(leadToCustomer.censored()).isEqualTo(DayHistogram.of(92, 102, 171));
        assertThat(leadToCustomer.conversion()).isEqualTo(Ratio.of(4, 7));
        assertThat(leadToCustomer.conversionWithin(60)).isEqualTo(Ratio.of(2, 7));
        assertThat(leadToCustomer.conversionWithin(89)).isEqualTo(Ratio.of(4, 7));
        assertThat(leadToCustomer.pendingWithin(90)).isZero();          // every window of 90 days has closed
        assertThat(leadToCustomer.pendingWithin(100)).isEqualTo(1);     // c4, 92 days in
        assertThat(leadToCustomer.timeToConvert().median()).contains(Rational.of(69, 2));
    }

    @Test
    void cohortOfMqlsToSqls() {
        CohortConversion q1 = CohortConversion.of(CONTACTS, STAGES, Q1, AS_OF);
        StageTransition mqlToSql = q1.transition(MQL, SQL);

        // c1 21 days, c3 0 (skipped MQL), c4 21 (03-30 to 04-20, after Q1 but before 30 June), c6 0, c9 0;
        // c2 waits since 02-01: 149 days
        assertThat(mqlToSql.timeToConvert()).isEqualTo(DayHistogram.of(0, 0, 0, 21, 21));
        assertThat(mqlToSql.censored()).isEqualTo(DayHistogram.of(149));
        assertThat(mqlToSql.conversion()).isEqualTo(Ratio.of(5, 6));
        assertThat(mqlToSql.conversionWithin(20)).isEqualTo(Ratio.of(3, 6));
        assertThat(mqlToSql.pendingWithin(149)).isZero();
        assertThat(mqlToSql.pendingWithin(150)).isEqualTo(1);
        assertThat(q1.reach(MQL)).isEqualTo(new StageReach(MQL, 6, 3));
        // stage to stage; SQL to opportunity is 4/5 where the period entries give 3/5: c3, an SQL of Q1, reached
        // the opportunity stage (skipped, on its customer date) in May
        assertThat(q1.stageToStage()).extracting(StageTransition::conversion).containsExactly(Ratio.of(6, 6),
                Ratio.of(6, 7), Ratio.of(5, 6), Ratio.of(4, 5), Ratio.of(3, 3));
        // subscribers of Q1 (c1 c3 c4 c6 c7 c9) that became customers by 30 June: c1 c3 c6 c9
        assertThat(q1.overall().conversion()).isEqualTo(Ratio.of(4, 6));
        assertThat(q1.overall().censored()).isEqualTo(DayHistogram.of(92, 102));
    }

    @Test
    void anEarlierAsOfDateHidesLaterDates() {
        // on 31 March, c3's customer date (05-01) and c4's SQL date (04-20) do not exist yet
        StageTransition leadToCustomer = CohortConversion.of(CONTACTS, STAGES, Q1, LocalDate.of(2026, 3, 31))
                .transition(L, C);
        assertThat(leadToCustomer.timeToConvert()).isEqualTo(DayHistogram.of(0, 0, 69));
        // c2 since 01-10 (80 days), c3 since 02-01 (58), c4 since 03-30 (1), c7 since 03-20 (11)
        assertThat(leadToCustomer.censored()).isEqualTo(DayHistogram.of(1, 11, 58, 80));
        // on 15 January only c1 (01-05), c2 (01-10) and c9 (01-15, skipped: by becoming a customer) are leads
        assertThat(CohortConversion.of(CONTACTS, STAGES, Q1, LocalDate.of(2026, 1, 15)).reach(L))
                .isEqualTo(new StageReach(L, 3, 1));
    }

    @Test
    void perOwnerTheGroupsAddUpToTheWhole() {
        Breakdown<String, PeriodConversion> perOwner = PeriodConversion.by(CONTACTS, STAGES, Q1, Contact::owner);

        assertThat(perOwner.groups().keySet()).containsExactly("ana", "ben", "cai");
        assertThat(perOwner.get("ana").orElseThrow().reach(L)).isEqualTo(new StageReach(L, 3, 1)); // c1 c2 c9
        assertThat(perOwner.get("cai").orElseThrow().reach(C)).isEqualTo(new StageReach(C, 1, 0)); // c6
        assertThat(perOwner.total()).isEqualTo(PeriodConversion.of(CONTACTS, STAGES, Q1));
        assertThat(CohortConversion.by(CONTACTS, STAGES, Q1, AS_OF, ContactKeys.segment("region", "(none)"))
                .groups().keySet()).containsExactly("(none)");
    }

    @Test
    void monthlyCohortsAddUpToTheQuarter() {
        List<CohortConversion> months = CohortConversion.series(CONTACTS, STAGES, Q1, Granularity.MONTH, AS_OF)
                .values();
        // leads: January c1 c2 c9, February c3, March c4 c6 c7
        assertThat(months).extracting(m -> m.reach(L).reached()).containsExactly(3L, 1L, 3L);
        assertThat(months.stream().reduce(CohortConversion.EMPTY, CohortConversion::combine))
                .isEqualTo(CohortConversion.of(CONTACTS, STAGES, Q1, AS_OF));
    }

    @Test
    void leadVelocityRateIsTheGrowthOfQualifiedLeads() {
        // calculator.academy's worked example: 40 qualified leads last month, 50 this month, LVR 25 %
        List<Contact> contacts = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            contacts.add(contact("feb" + i, "ana", "Organic Search").entered(MQL, d(2, 1 + i % 28)).build());
        }
        for (int i = 0; i < 49; i++) {
            contacts.add(contact("mar" + i, "ana", "Organic Search").entered(MQL, d(3, 1 + i % 31)).build());
        }
        // skips MQL and becomes an SQL on 31 March: a qualified lead of March
        contacts.add(contact("skip", "ben", "Referrals").entered(L, d(1, 2)).entered(SQL, d(3, 31)).build());
        // an MQL on 1 April belongs to April
        contacts.add(contact("apr", "ben", "Referrals").entered(MQL, d(4, 1)).build());

        LeadVelocityRate march = LeadVelocityRate.of(contacts, STAGES, Period.month(2026, 3), MQL);
        assertThat(march).isEqualTo(new LeadVelocityRate(MQL, 40, 50));
        assertThat(march.rate()).isEqualTo(Ratio.of(10, 40));
        assertThat(march.rate().exactValue()).contains(Rational.of(1, 4));

        assertThat(LeadVelocityRate.series(contacts, STAGES, Period.of(d(2, 1), d(5, 1)), Granularity.MONTH, MQL)
                .values()).containsExactly(
                        new LeadVelocityRate(MQL, 0, 40),    // undefined: no qualified lead in January
                        new LeadVelocityRate(MQL, 40, 50),
                        new LeadVelocityRate(MQL, 50, 1));   // a fall: -49/50
        assertThat(new LeadVelocityRate(MQL, 0, 40).rate().isDefined()).isFalse();
        assertThat(new LeadVelocityRate(MQL, 50, 1).rate().exactValue()).contains(Rational.of(-49, 50));
        // a quarter is compared with the quarter before: Q1 has 90 qualified leads, Q4 2025 none
        assertThat(LeadVelocityRate.of(contacts, STAGES, Q1, MQL)).isEqualTo(new LeadVelocityRate(MQL, 0, 90));
        assertThat(LeadVelocityRate.by(contacts, STAGES, Period.month(2026, 3), MQL, Contact::owner).groups())
                .containsEntry("ana", new LeadVelocityRate(MQL, 40, 49))
                .containsEntry("ben", new LeadVelocityRate(MQL, 0, 1));
    }

    @Test
    void leadVelocityRateOfTheNineContacts() {
        // MQL reach dates: c5 2025-12-15; c1 01-20, c9 01-15; c2 02-01, c3 02-15; c4 03-30, c6 03-01
        assertThat(LeadVelocityRate.series(CONTACTS, STAGES, Q1, Granularity.MONTH, MQL).values()).containsExactly(
                new LeadVelocityRate(MQL, 1, 2), new LeadVelocityRate(MQL, 2, 2), new LeadVelocityRate(MQL, 2, 2));
    }
}
