package io.github.revops.funnel;

import io.github.revops.domain.Contact;
import io.github.revops.time.Granularity;
import io.github.revops.time.Period;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

/**
 * Properties over random contacts: results do not depend on order or on parallel evaluation, breakdowns add up to
 * the whole, split and combine equal the whole, the cohort and the period views agree where they must, and the
 * counts agree with a plain loop written from the definition.
 */
class FunnelPropertyTest {

    private static final LifecycleStages STAGES = RandomContacts.STAGES;
    private static final List<Period> PERIODS = List.of(Period.quarter(2026, 1), Period.month(2026, 4),
            Period.of(LocalDate.of(2025, 12, 31), LocalDate.of(2026, 1, 2)), Period.year(1969), Period.year(1970));
    private static final LocalDate AS_OF = LocalDate.of(2026, 4, 15);
    /** A range holding every date the generator makes. */
    private static final Period ALL_TIME = Period.of(LocalDate.of(1969, 1, 1), LocalDate.of(2027, 1, 1));

    /** Lists of up to 60 contacts, one per seed: shrinking shortens the list. */
    private static Gen<List<Contact>> contacts() {
        return lists().of(integers().all()).ofSizeBetween(0, 60).map(RandomContacts::fromSeeds);
    }

    private static Gen<Period> periods() {
        return integers().between(0, PERIODS.size() - 1).map(PERIODS::get);
    }

    private static Gen<String> stages() {
        return integers().between(0, STAGES.size() - 1).map(STAGES::name);
    }

    @Test
    void resultsDoNotDependOnOrderOrParallelism() {
        qt().withExamples(150).forAll(contacts(), periods(), integers().all()).checkAssert((contacts, p, seed) -> {
            List<Contact> shuffled = new ArrayList<>(contacts);
            Collections.shuffle(shuffled, new Random(seed));
            assertThat(PeriodConversion.of(shuffled, STAGES, p)).isEqualTo(PeriodConversion.of(contacts, STAGES, p))
                    .isEqualTo(shuffled.parallelStream().collect(PeriodConversion.collector(STAGES, p)));
            assertThat(CohortConversion.of(shuffled, STAGES, p, AS_OF))
                    .isEqualTo(CohortConversion.of(contacts, STAGES, p, AS_OF))
                    .isEqualTo(shuffled.parallelStream().collect(CohortConversion.collector(STAGES, p, AS_OF)));
            Period month = Period.month(2026, 3);
            assertThat(LeadVelocityRate.of(shuffled, STAGES, month, "Lead"))
                    .isEqualTo(LeadVelocityRate.of(contacts, STAGES, month, "Lead"))
                    .isEqualTo(shuffled.parallelStream().collect(LeadVelocityRate.collector(STAGES, month, "Lead")));
        });
    }

    @Test
    void breakdownTotalsEqualTheWhole() {
        qt().withExamples(150).forAll(contacts(), periods()).checkAssert((contacts, p) -> {
            assertThat(PeriodConversion.by(contacts, STAGES, p, Contact::owner).total())
                    .isEqualTo(PeriodConversion.of(contacts, STAGES, p));
            assertThat(CohortConversion.by(contacts, STAGES, p, AS_OF, Contact::source).total())
                    .isEqualTo(CohortConversion.of(contacts, STAGES, p, AS_OF));
            assertThat(CohortConversion.by(contacts, STAGES, p, AS_OF, ContactKeys.segment("region", "?")).total())
                    .isEqualTo(CohortConversion.of(contacts, STAGES, p, AS_OF));
            Period month = Period.month(2026, 2);
            assertThat(LeadVelocityRate.by(contacts, STAGES, month, "Sales Qualified Lead", Contact::owner).total())
                    .isEqualTo(LeadVelocityRate.of(contacts, STAGES, month, "Sales Qualified Lead"));
        });
    }

    @Test
    void splitAndCombineEqualsTheWhole() {
        qt().withExamples(150).forAll(contacts(), integers().between(0, 60), periods()).checkAssert((c, at, p) -> {
            int cut = Math.min(at, c.size());
            List<Contact> a = c.subList(0, cut);
            List<Contact> b = c.subList(cut, c.size());
            assertThat(PeriodConversion.of(a, STAGES, p).combine(PeriodConversion.of(b, STAGES, p)))
                    .isEqualTo(PeriodConversion.of(c, STAGES, p));
            assertThat(CohortConversion.of(b, STAGES, p, AS_OF).combine(CohortConversion.of(a, STAGES, p, AS_OF)))
                    .isEqualTo(CohortConversion.of(c, STAGES, p, AS_OF));
        });
    }

    @Test
    void theCohortsOfAPeriodAreItsEntriesOnceItHasEnded() {
        qt().withExamples(150).forAll(contacts(), periods(), integers().between(0, 400)).checkAssert((c, p, later) -> {
            LocalDate asOf = p.lastDay().plusDays(later);
            CohortConversion cohort = CohortConversion.of(c, STAGES, p, asOf);
            assertThat(cohort.stages()).isEqualTo(PeriodConversion.of(c, STAGES, p).stages());
            for (StageTransition t : cohort.transitions()) {
                assertThat(t.cohort()).isEqualTo(cohort.reach(t.from()).reached());
                assertThat(t.conversionWithin(30).numerator().compareTo(t.conversion().numerator()) <= 0).isTrue();
                assertThat(t.timeToConvert().countAtMost(30) + t.pendingWithin(30)).isLessThanOrEqualTo(t.cohort());
            }
        });
    }

    @Test
    void overAllTimeEveryoneWhoReachedALaterStageConvertedFromAnEarlierOne() {
        qt().withExamples(150).forAll(contacts(), stages(), stages()).checkAssert((c, x, y) -> {
            int a = Math.min(STAGES.indexOf(x), STAGES.indexOf(y));
            int b = Math.max(STAGES.indexOf(x), STAGES.indexOf(y));
            if (a == b) {
                return;
            }
            CohortConversion cohort = CohortConversion.of(c, STAGES, ALL_TIME, ALL_TIME.lastDay());
            PeriodConversion entries = PeriodConversion.of(c, STAGES, ALL_TIME);
            assertThat(cohort.transition(STAGES.name(a), STAGES.name(b)).converted())
                    .isEqualTo(entries.reach(STAGES.name(b)).reached());
            assertThat(cohort.transition(STAGES.name(a), STAGES.name(b)).conversion())
                    .isEqualTo(entries.conversion(STAGES.name(a), STAGES.name(b)));
        });
    }

    @Test
    void monthlyResultsAddUpToTheQuarter() {
        Period q1 = Period.quarter(2026, 1);
        qt().withExamples(100).forAll(contacts()).checkAssert(c -> {
            assertThat(CohortConversion.series(c, STAGES, q1, Granularity.MONTH, AS_OF).values().stream()
                    .reduce(CohortConversion.EMPTY, CohortConversion::combine))
                    .isEqualTo(CohortConversion.of(c, STAGES, q1, AS_OF));
            assertThat(PeriodConversion.series(c, STAGES, q1, Granularity.MONTH).values().stream()
                    .reduce(PeriodConversion.EMPTY, PeriodConversion::combine))
                    .isEqualTo(PeriodConversion.of(c, STAGES, q1));
            List<LeadVelocityRate> lvr = LeadVelocityRate.series(c, STAGES, q1, Granularity.MONTH, "Opportunity")
                    .values();
            for (int m = 0; m < lvr.size(); m++) {
                assertThat(lvr.get(m).current()).isEqualTo(PeriodConversion.of(c, STAGES, q1.months().get(m))
                        .reach("Opportunity").reached());
                if (m > 0) {
                    assertThat(lvr.get(m).previous()).isEqualTo(lvr.get(m - 1).current());
                }
            }
        });
    }

    @Test
    void countsAgreeWithAPlainLoopOverTheDefinition() {
        qt().withExamples(150).forAll(contacts(), periods(), stages(), stages()).checkAssert((c, p, x, y) -> {
            int a = Math.min(STAGES.indexOf(x), STAGES.indexOf(y));
            int b = Math.max(STAGES.indexOf(x), STAGES.indexOf(y));
            long reachedA = 0;
            long skippedA = 0;
            long converted = 0;
            long daysToConvert = 0;
            long daysCensored = 0;
            for (Contact contact : c) {
                Optional<LocalDate> fromDate = reachedOn(contact, a, AS_OF);
                if (fromDate.isEmpty() || !p.contains(fromDate.get())) {
                    continue;
                }
                reachedA++;
                if (!contact.entered(STAGES.name(a)).equals(fromDate)) {
                    skippedA++;
                }
                Optional<LocalDate> toDate = reachedOn(contact, b, AS_OF);
                if (toDate.isPresent()) {
                    converted++;
                    daysToConvert += ChronoUnit.DAYS.between(fromDate.get(), toDate.get());
                } else {
                    daysCensored += ChronoUnit.DAYS.between(fromDate.get(), AS_OF);
                }
            }
            CohortConversion cohort = CohortConversion.of(c, STAGES, p, AS_OF);
            assertThat(cohort.reach(STAGES.name(a))).isEqualTo(new StageReach(STAGES.name(a), reachedA, skippedA));
            if (a < b) {
                StageTransition t = cohort.transition(STAGES.name(a), STAGES.name(b));
                assertThat(t.converted()).isEqualTo(converted);
                assertThat(t.timeToConvert().sumDays()).isEqualTo(daysToConvert);
                assertThat(t.censored().sumDays()).isEqualTo(daysCensored);
            }
        });
    }

    /** The definition, read plainly: the earliest date, seen by asOf, of stage k or of any later stage. */
    private static Optional<LocalDate> reachedOn(Contact contact, int k, LocalDate asOf) {
        return STAGES.names().subList(k, STAGES.size()).stream()
                .flatMap(stage -> contact.entered(stage).stream())
                .filter(d -> !d.isAfter(asOf))
                .min(LocalDate::compareTo);
    }
}
