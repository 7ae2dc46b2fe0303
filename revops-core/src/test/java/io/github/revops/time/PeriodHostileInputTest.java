package io.github.revops.time;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

/**
 * {@link Period#split} with granularities of your own that never advance, and {@link Period#parse} (every form,
 * with and without a fiscal calendar) on hostile text: a clear error at once, never a loop into
 * {@code OutOfMemoryError} (issue 16, item 7), and messages that show a bounded part of the input.
 */
@Tag("hostile-input")
class PeriodHostileInputTest {

    private static final Duration BOUND = Duration.ofSeconds(5);
    private static final Period Q1 = Period.quarter(2026, 1);
    private static final List<String> TOKENS = List.of("2026", "-", "01", "02", "13", "29", "31", "/", " ", "+",
            "999999999", "-999999999", "x", "0".repeat(5_000), "\u0000", "T", "12", "2026-01-01", "2026-04-01",
            "Q", "q", "3", "5", "FY", "fy", "-Q", "\u0662", "\t");
    private static final FiscalCalendar FEBRUARY = FiscalCalendar.startingIn(Month.FEBRUARY);

    @Test
    void aGranularityThatNeverAdvances_isRefusedAtOnce() {
        Granularity stuck = date -> Period.month(2026, 1);
        assertTimeoutPreemptively(BOUND, () -> assertThatThrownBy(() -> Q1.split(stuck))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("granularity.periodContaining(2026-02-01) returned 2026-01-01/2026-02-01, which does not"
                        + " contain 2026-02-01: the split cannot advance"));
        Granularity before = date -> Period.day(date.minusDays(1));
        assertTimeoutPreemptively(BOUND, () -> assertThatThrownBy(() -> Q1.split(before))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("periodContaining(2026-01-01) returned 2025-12-31/2026-01-01"));
        assertTimeoutPreemptively(BOUND, () -> assertThatThrownBy(() -> Q1.split(date -> null))
                .isInstanceOf(NullPointerException.class).hasMessage("granularity.periodContaining"));
    }

    @Test
    void aGranularityThatOvershoots_isClippedToThePeriod() {
        Granularity decades = date -> Period.of(LocalDate.of(date.getYear() / 10 * 10, 1, 1),
                LocalDate.of(date.getYear() / 10 * 10 + 10, 1, 1));
        assertThat(Q1.split(decades)).containsExactly(Q1);
        assertThat(Period.of(LocalDate.of(2029, 7, 1), LocalDate.of(2030, 7, 1)).split(decades)).containsExactly(
                Period.of(LocalDate.of(2029, 7, 1), LocalDate.of(2030, 1, 1)),
                Period.of(LocalDate.of(2030, 1, 1), LocalDate.of(2030, 7, 1)));
    }

    @Test
    void longText_isShownByItsFirstCharactersOnly() {
        String text = "2026-01-01/" + "0".repeat(1_000_000);
        assertTimeoutPreemptively(BOUND, () -> assertThatThrownBy(() -> Period.parse(text))
                .isInstanceOf(DateTimeException.class)
                .hasMessage("period '2026-01-01/" + "0".repeat(53) + "... (1,000,011 characters)' must be"
                        + " 'start/end', as '2026-01-01/2026-04-01'"));
    }

    @Test
    void longShortForms_areShownByTheirFirstCharactersOnly() {
        String text = "FY" + "2".repeat(1_000_000) + "-Q1";
        assertTimeoutPreemptively(BOUND, () -> assertThatThrownBy(() -> Period.parse(text, FEBRUARY))
                .isInstanceOf(DateTimeException.class)
                .hasMessageStartingWith("period 'FY" + "2".repeat(62) + "... (1,000,005 characters)' must be a year"));
        String year = "2".repeat(1_000_000);
        assertTimeoutPreemptively(BOUND, () -> assertThatThrownBy(() -> Period.parse(year))
                .isInstanceOf(DateTimeException.class)
                .hasMessageStartingWith("period '" + "2".repeat(64) + "... (1,000,000 characters)' must be a year"));
    }

    @Test
    void randomText_givesAPeriodOrADateTimeException_withABoundedMessage() {
        assertTimeoutPreemptively(BOUND, () -> qt().withExamples(2_000).withShrinkCycles(100).forAll(texts())
                .checkAssert(text -> {
                    try {
                        Period period = Period.parse(text);
                        assertThat(period.end()).isAfter(period.start());
                        assertThat(Period.parse(period.toString())).isEqualTo(period);
                        assertThat(Period.parse(period.label())).isEqualTo(period);
                    } catch (DateTimeException e) {
                        assertThat(e.getMessage()).as(text).hasSizeLessThanOrEqualTo(300);
                    }
                }));
    }

    @Test
    void randomText_withACalendar_givesAPeriodOrADateTimeException_withABoundedMessage() {
        assertTimeoutPreemptively(BOUND, () -> qt().withExamples(2_000).withShrinkCycles(100).forAll(texts())
                .checkAssert(text -> {
                    try {
                        Period period = Period.parse(text, FEBRUARY);
                        assertThat(period.end()).isAfter(period.start());
                        assertThat(Period.parse(period.label(FEBRUARY), FEBRUARY)).isEqualTo(period);
                    } catch (DateTimeException e) {
                        assertThat(e.getMessage()).as(text).hasSizeLessThanOrEqualTo(300);
                    }
                }));
    }

    private static Gen<String> texts() {
        return lists().of(integers().between(0, TOKENS.size() - 1)).ofSizeBetween(0, 7).map(picks -> {
            StringBuilder s = new StringBuilder();
            picks.forEach(i -> s.append(TOKENS.get(i)));
            return s.toString();
        });
    }
}
