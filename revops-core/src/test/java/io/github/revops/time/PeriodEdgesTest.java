package io.github.revops.time;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The edges of period parsing, hashing and fiscal calendars as values: the longest ISO date a range may hold, a
 * range with no start, and distinct periods and calendars telling themselves apart.
 */
class PeriodEdgesTest {

    @Test
    void isoRange_acceptsDatesUpToTheLongestIsoForm() {
        // "+999999999-12-31" and "-999999999-01-01" are 16 characters: LocalDate.MAX and LocalDate.MIN
        assertThat(Period.parse("2026-01-01/+999999999-12-31"))
                .isEqualTo(Period.of(LocalDate.of(2026, 1, 1), LocalDate.MAX));
        assertThat(Period.parse("-999999999-01-01/2026-01-01"))
                .isEqualTo(Period.of(LocalDate.MIN, LocalDate.of(2026, 1, 1)));
        assertThatThrownBy(() -> Period.parse("2026-01-01/+1000000000-01-01"))
                .isInstanceOf(DateTimeParseException.class)
                .hasMessage("period '2026-01-01/+1000000000-01-01' must be 'start/end', as '2026-01-01/2026-04-01'");
    }

    @Test
    void isoRange_withoutAStart_isReadAsARange_andRefusedForItsEmptyDate() {
        assertThatThrownBy(() -> Period.parse("/2026-04-01")).isInstanceOf(DateTimeParseException.class)
                .hasMessageStartingWith("period '/2026-04-01': Text '' could not be parsed");
    }

    @Test
    void distinctPeriods_spreadOverHashCodes() {
        Set<Integer> codes = new HashSet<>();
        LocalDate day = LocalDate.of(2026, 1, 1);
        for (int i = 0; i < 1_000; i++) {
            codes.add(Period.of(day.plusDays(i), day.plusDays(i + 1)).hashCode());
        }
        assertThat(codes).hasSize(1_000);
    }

    @Test
    void fiscalCalendar_isAValue_ofItsFirstMonthAndLabelling() {
        FiscalCalendar october = FiscalCalendar.of(Month.OCTOBER, FiscalCalendar.Labelling.YEAR_OF_START);
        assertThat(october.firstMonth()).isEqualTo(Month.OCTOBER);
        assertThat(october.labelling()).isEqualTo(FiscalCalendar.Labelling.YEAR_OF_START);
        assertThat(october).hasToString("FiscalCalendar[firstMonth=OCTOBER, labelling=YEAR_OF_START]");
        new EqualsTester()
                .addEqualityGroup(october, FiscalCalendar.of(Month.OCTOBER, FiscalCalendar.Labelling.YEAR_OF_START))
                .addEqualityGroup(FiscalCalendar.startingIn(Month.OCTOBER))
                .addEqualityGroup(FiscalCalendar.startingIn(Month.FEBRUARY))
                .addEqualityGroup(FiscalCalendar.CALENDAR, FiscalCalendar.startingIn(Month.JANUARY))
                .testEquals();
        Set<Integer> codes = new HashSet<>();
        for (Month month : Month.values()) {
            for (FiscalCalendar.Labelling labelling : FiscalCalendar.Labelling.values()) {
                codes.add(FiscalCalendar.of(month, labelling).hashCode());
            }
        }
        // enum hash codes are identities, so no exact count is promised: only that calendars do not all share one
        assertThat(codes).hasSizeGreaterThan(1);
    }
}
