package io.github.revops.recurring;

import io.github.revops.time.Period;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The in-service rule's index lookup on worked calendars: {@code firstAtOrAfter(d)} is the index of the first state
 * date on or after {@code d}, checked against the dates written out by hand, on each side of every state date, both
 * through the lookup table (state dates spanning at most 2^16 days) and through the binary search (wider spans), and
 * on a reference that counts the state dates before {@code d}.
 */
class StateDatesLookupTest {

    private static long day(String date) {
        return LocalDate.parse(date).toEpochDay();
    }

    /** The reference: the number of state dates strictly before the day. */
    private static int statesBefore(long[] days, long d) {
        int n = 0;
        for (long s : days) {
            n += s < d ? 1 : 0;
        }
        return n;
    }

    @Test
    void theMonthEndsOf2026AnswerAsWrittenOut() {
        StateDates states = StateDates.ofPeriods(Period.year(2026).months());
        // state 0 is 31 December 2025, the day before January; state i the last day of month i
        assertThat(states.size()).isEqualTo(13);
        assertThat(states.day(0)).isEqualTo(day("2025-12-31"));
        assertThat(states.day(1)).isEqualTo(day("2026-01-31"));
        assertThat(states.day(2)).isEqualTo(day("2026-02-28"));
        assertThat(states.day(12)).isEqualTo(day("2026-12-31"));

        assertThat(states.firstAtOrAfter(day("2025-06-01"))).isEqualTo(0);
        assertThat(states.firstAtOrAfter(day("2025-12-31"))).isEqualTo(0);
        assertThat(states.firstAtOrAfter(day("2026-01-01"))).isEqualTo(1);
        assertThat(states.firstAtOrAfter(day("2026-01-31"))).isEqualTo(1);
        assertThat(states.firstAtOrAfter(day("2026-02-01"))).isEqualTo(2);
        assertThat(states.firstAtOrAfter(day("2026-02-10"))).isEqualTo(2);   // the class's own example
        assertThat(states.firstAtOrAfter(day("2026-02-28"))).isEqualTo(2);
        assertThat(states.firstAtOrAfter(day("2026-03-01"))).isEqualTo(3);
        assertThat(states.firstAtOrAfter(day("2026-12-30"))).isEqualTo(12);
        assertThat(states.firstAtOrAfter(day("2026-12-31"))).isEqualTo(12);
        assertThat(states.firstAtOrAfter(day("2027-01-01"))).isEqualTo(13);
        assertThat(states.firstAtOrAfter(Long.MAX_VALUE)).isEqualTo(13);   // an open end

        assertThat(states.indexOf(day("2026-02-28"))).isEqualTo(2);
        assertThat(states.indexOf(day("2026-02-27"))).isNegative();
    }

    @Test
    void datesCenturiesApartUseTheBinarySearchAndAnswerTheSame() {
        // 1900-01-01 to 2100-12-31 is 73,413 days: wider than the 65,536 days of a lookup table
        List<LocalDate> dates = List.of(LocalDate.parse("2100-12-31"), LocalDate.parse("1900-01-01"),
                LocalDate.parse("2000-06-15"), LocalDate.parse("2000-06-15"), LocalDate.parse("2000-06-16"));
        StateDates states = StateDates.ofDates(dates);
        assertThat(states.size()).isEqualTo(4);   // sorted, the duplicate kept once
        assertThat(states.day(0)).isEqualTo(day("1900-01-01"));
        assertThat(states.day(1)).isEqualTo(day("2000-06-15"));
        assertThat(states.day(2)).isEqualTo(day("2000-06-16"));
        assertThat(states.day(3)).isEqualTo(day("2100-12-31"));

        assertThat(states.firstAtOrAfter(day("1899-12-31"))).isEqualTo(0);
        assertThat(states.firstAtOrAfter(day("1900-01-01"))).isEqualTo(0);
        assertThat(states.firstAtOrAfter(day("1900-01-02"))).isEqualTo(1);
        assertThat(states.firstAtOrAfter(day("2000-06-14"))).isEqualTo(1);
        assertThat(states.firstAtOrAfter(day("2000-06-15"))).isEqualTo(1);
        assertThat(states.firstAtOrAfter(day("2000-06-16"))).isEqualTo(2);
        assertThat(states.firstAtOrAfter(day("2000-06-17"))).isEqualTo(3);
        assertThat(states.firstAtOrAfter(day("2100-12-30"))).isEqualTo(3);
        assertThat(states.firstAtOrAfter(day("2100-12-31"))).isEqualTo(3);
        assertThat(states.firstAtOrAfter(day("2101-01-01"))).isEqualTo(4);
    }

    @Test
    void everyDayAroundTheStatesAgreesWithCountingTheStatesBefore() {
        // a dense calendar (irregular gaps, 1,000 days) and a sparse one (gaps of 40,000 days), each checked on
        // every day from 3 before the first state to 3 after the last, and around each state of the sparse one
        long[] dense = {day("2024-02-28"), day("2024-02-29"), day("2024-03-01"), day("2024-03-31"),
                day("2025-01-01"), day("2026-11-23")};
        StateDates denseStates = StateDates.ofDates(Arrays.stream(dense).mapToObj(LocalDate::ofEpochDay)
                .toList());
        for (long d = dense[0] - 3; d <= dense[dense.length - 1] + 3; d++) {
            assertThat(denseStates.firstAtOrAfter(d)).as("day %s", LocalDate.ofEpochDay(d))
                    .isEqualTo(statesBefore(dense, d));
        }
        long[] sparse = {-40_000, 0, 1, 40_000, 80_000};
        StateDates sparseStates = StateDates.ofDates(Arrays.stream(sparse).mapToObj(LocalDate::ofEpochDay)
                .toList());
        for (long s : sparse) {
            for (long d = s - 2; d <= s + 2; d++) {
                assertThat(sparseStates.firstAtOrAfter(d)).as("day %s", d).isEqualTo(statesBefore(sparse, d));
            }
        }
    }

    @Test
    void theLookupTableEndsAtExactly65536Days() {
        // a span of 65,536 days (the table's size) and one of 65,537 (the binary search) answer alike
        for (long span : new long[] {65_535, 65_536, 65_537}) {
            long[] days = {0, span / 2, span - 1};
            StateDates states = StateDates.ofDates(Arrays.stream(days).mapToObj(LocalDate::ofEpochDay)
                    .toList());
            for (long d : new long[] {-1, 0, 1, span / 2 - 1, span / 2, span / 2 + 1, span - 2, span - 1, span}) {
                assertThat(states.firstAtOrAfter(d)).as("span %d, day %d", span, d)
                        .isEqualTo(statesBefore(days, d));
            }
        }
    }

    @Test
    void datesMillionsOfYearsApartNeedNoTable() {
        // from year -3,000,000 to 3,000,000 (2.19e9 days, beyond an int) and from LocalDate.MIN to LocalDate.MAX
        for (List<LocalDate> dates : List.of(
                List.of(LocalDate.of(-3_000_000, 1, 1), LocalDate.EPOCH, LocalDate.of(3_000_000, 12, 31)),
                List.of(LocalDate.MIN, LocalDate.EPOCH, LocalDate.MAX))) {
            StateDates states = StateDates.ofDates(dates);
            long low = dates.get(0).toEpochDay();
            long high = dates.get(2).toEpochDay();
            assertThat(states.firstAtOrAfter(low)).isEqualTo(0);
            assertThat(states.firstAtOrAfter(low + 1)).isEqualTo(1);
            assertThat(states.firstAtOrAfter(-1)).isEqualTo(1);
            assertThat(states.firstAtOrAfter(0)).isEqualTo(1);
            assertThat(states.firstAtOrAfter(1)).isEqualTo(2);
            assertThat(states.firstAtOrAfter(high)).isEqualTo(2);
            assertThat(states.firstAtOrAfter(high + 1)).isEqualTo(3);
        }
    }

    @Test
    void oneStateDateAndNoneAnswerAtTheEnds() {
        StateDates one = StateDates.ofDates(List.of(LocalDate.parse("2026-03-31")));
        assertThat(one.size()).isEqualTo(1);
        assertThat(one.firstAtOrAfter(day("2026-03-30"))).isEqualTo(0);
        assertThat(one.firstAtOrAfter(day("2026-03-31"))).isEqualTo(0);
        assertThat(one.firstAtOrAfter(day("2026-04-01"))).isEqualTo(1);

        StateDates none = StateDates.ofDates(List.of());
        assertThat(none.size()).isEqualTo(0);
        assertThat(none.firstAtOrAfter(day("2026-03-31"))).isEqualTo(0);
        assertThat(none.firstAtOrAfter(Long.MAX_VALUE)).isEqualTo(0);
    }

    @Test
    void periodsFromTheFirstDayOfTheCalendarHaveAStartStateBeforeIt() {
        // LocalDate.MIN's day before exists only as a number; the lookup still answers on both sides of it
        Period first = Period.of(LocalDate.MIN, LocalDate.MIN.plusDays(10));
        Period second = Period.of(LocalDate.MIN.plusDays(10), LocalDate.MIN.plusDays(20));
        StateDates states = StateDates.ofPeriods(List.of(first, second));
        long min = LocalDate.MIN.toEpochDay();
        assertThat(states.day(0)).isEqualTo(min - 1);
        assertThat(states.day(1)).isEqualTo(min + 9);
        assertThat(states.day(2)).isEqualTo(min + 19);
        assertThat(states.firstAtOrAfter(min)).isEqualTo(1);
        assertThat(states.firstAtOrAfter(min + 10)).isEqualTo(2);
        assertThat(states.firstAtOrAfter(min + 20)).isEqualTo(3);
    }

    @Test
    void periodsWithAGapOrAnOverlapAreRefused() {
        List<Period> gap = List.of(Period.month(2026, 1), Period.month(2026, 3));
        assertThatThrownBy(() -> StateDates.ofPeriods(gap)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("periods (" + gap + ") must follow each other");
        List<Period> overlap = List.of(Period.quarter(2026, 1), Period.month(2026, 3));
        assertThatThrownBy(() -> StateDates.ofPeriods(overlap)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must follow each other");
    }
}
