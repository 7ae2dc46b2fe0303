package io.github.revops.funnel;

import io.github.revops.domain.Contact;
import io.github.revops.domain.InvalidRecordException;
import io.github.revops.time.Period;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

/**
 * The funnel on hostile input: lifecycles of thousands of stages (a cohort funnel keeps a transition per pair of
 * stages), stage names of 100,000 characters, contacts that entered stages on {@link LocalDate#MIN} and
 * {@link LocalDate#MAX}, repeated ids, periods at the edges of the calendar. Each gives a result whose counts add
 * up, or a documented exception with a short message, within seconds; never an {@code OutOfMemoryError}.
 */
@Tag("hostile-input")
class FunnelHostileInputTest {

    private static final Duration BOUND = Duration.ofSeconds(10);
    private static final int MESSAGE_BOUND = 300;
    private static final LifecycleStages STAGES = LifecycleStages.HUBSPOT;
    private static final List<LocalDate> DATES = List.of(LocalDate.of(2026, 1, 10), LocalDate.of(2026, 2, 20),
            LocalDate.MIN, LocalDate.MAX, LocalDate.of(1969, 12, 31), LocalDate.of(-999_999_999, 12, 31));
    private static final List<Period> PERIODS = List.of(Period.quarter(2026, 1), Period.month(-999_999_999, 1),
            Period.month(999_999_999, 11), Period.of(LocalDate.MIN, LocalDate.MAX), Period.year(1969));

    @Test
    void lifecyclesOfMoreThanAHundredStages_areRefused_briefly() {
        List<String> many = IntStream.range(0, 20_000).mapToObj(i -> "stage " + i).toList();
        assertTimeoutPreemptively(BOUND, () -> {
            assertThatThrownBy(() -> LifecycleStages.of(many)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("stages (20,000 names) must be at most 100");
            LifecycleStages hundred = LifecycleStages.of(many.subList(0, 100));
            Contact contact = Contact.builder("P").owner("ana").source("web").entered("stage 0", LocalDate.of(2026,
                    1, 10)).entered("stage 99", LocalDate.of(2026, 2, 1)).build();
            CohortConversion cohort = CohortConversion.of(List.of(contact), hundred, Period.quarter(2026, 1),
                    LocalDate.of(2026, 6, 30));
            assertThat(cohort.transitions()).hasSize(100 * 99 / 2);
            assertThat(cohort.transition("stage 0", "stage 99").converted()).isEqualTo(1);
        });
        String longName = "s".repeat(100_000);
        assertThatThrownBy(() -> LifecycleStages.of(longName, longName)).isInstanceOf(IllegalArgumentException.class)
                .message().hasSizeLessThanOrEqualTo(MESSAGE_BOUND).endsWith("twice");
        assertThatThrownBy(() -> STAGES.indexOf(longName)).isInstanceOf(IllegalArgumentException.class)
                .message().hasSizeLessThanOrEqualTo(MESSAGE_BOUND);
    }

    @Test
    void contactsAtTheEdgesOfTheCalendar_giveCountsThatAddUp_orADocumentedException() {
        assertTimeoutPreemptively(BOUND, () -> qt().withExamples(300).forAll(contacts(),
                integers().between(0, PERIODS.size() - 1), integers().between(0, DATES.size() - 1))
                .checkAssert((contacts, p, a) -> {
                    Period period = PERIODS.get(p);
                    LocalDate asOf = DATES.get(a);
                    try {
                        PeriodConversion conversion = PeriodConversion.of(contacts, STAGES, period);
                        for (StageReach reach : conversion.stages()) {
                            assertThat(reach.reached()).isBetween(0L, (long) contacts.size());
                            assertThat(reach.skipped()).isBetween(0L, reach.reached());
                        }
                        CohortConversion cohort = CohortConversion.of(contacts, STAGES, period, asOf);
                        for (StageTransition t : cohort.transitions()) {
                            assertThat(t.cohort()).isLessThanOrEqualTo(contacts.size());
                            t.conversion().value().ifPresent(v -> assertThat(v).isBetween(0.0, 1.0));
                        }
                        LeadVelocityRate.of(contacts, STAGES, period, "Lead").rate().value()
                                .ifPresent(v -> assertThat(Double.isFinite(v)).isTrue());
                    } catch (IllegalArgumentException | DateTimeException | ArithmeticException e) {
                        if (e instanceof InvalidRecordException) {
                            assertThat(e.getMessage()).endsWith("is not unique");
                        }
                        if (e instanceof ArithmeticException) {
                            assertThat(e.getMessage()).endsWith("exceed the range of a day count");
                        }
                        assertThat(e.getMessage()).isNotBlank().hasSizeLessThanOrEqualTo(MESSAGE_BOUND);
                    }
                }));
    }

    private static Gen<List<Contact>> contacts() {
        return lists().of(lists().of(integers().between(0, 999)).ofSize(3)).ofSizeBetween(0, 4).map(rows -> {
            List<Contact> out = new ArrayList<>();
            for (List<Integer> r : rows) {
                Contact.Builder b = Contact.builder("P" + r.get(0) % 5).owner("ana").source("web");
                b.entered(STAGES.name(r.get(1) % STAGES.size()), DATES.get(r.get(1) % DATES.size()));
                b.entered(STAGES.name(r.get(2) % STAGES.size()), DATES.get(r.get(2) % DATES.size()));
                out.add(b.build());
            }
            return out;
        });
    }
}
