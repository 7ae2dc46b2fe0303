package io.github.revops.time;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

class FiscalCalendarTest {

    @Test
    void aFebruaryYearIsLabelledByTheYearItEndsInByDefault() {
        FiscalCalendar feb = FiscalCalendar.startingIn(Month.FEBRUARY);
        assertThat(feb.year(2027)).hasToString("2026-02-01/2027-02-01");
        assertThat(feb.quarter(2027, 1)).hasToString("2026-02-01/2026-05-01");
        assertThat(feb.fiscalYearOf(LocalDate.of(2026, 3, 1))).isEqualTo(2027);
        assertThat(feb.fiscalYearOf(LocalDate.of(2026, 1, 31))).isEqualTo(2026);
        assertThat(feb.fiscalQuarterOf(LocalDate.of(2027, 1, 15))).isEqualTo(4);
        assertThat(feb.quarterContaining(LocalDate.of(2026, 3, 15))).hasToString("2026-02-01/2026-05-01");
    }

    @Test
    void yearOfStartLabellingNamesTheYearItBegins() {
        FiscalCalendar oct = FiscalCalendar.of(Month.OCTOBER, FiscalCalendar.Labelling.YEAR_OF_START);
        assertThat(oct.year(2025)).hasToString("2025-10-01/2026-10-01");
        assertThat(oct.fiscalYearOf(LocalDate.of(2026, 9, 30))).isEqualTo(2025);
        assertThat(oct.quarter(2025, 2)).hasToString("2026-01-01/2026-04-01");
    }

    @Test
    void theCalendarYearIsTheSameUnderBothLabellings() {
        assertThat(FiscalCalendar.CALENDAR.year(2026)).isEqualTo(Period.year(2026));
        assertThat(FiscalCalendar.of(Month.JANUARY, FiscalCalendar.Labelling.YEAR_OF_START).year(2026))
                .isEqualTo(Period.year(2026));
        assertThat(Granularity.QUARTER.periodContaining(LocalDate.of(2026, 5, 5))).isEqualTo(Period.quarter(2026, 2));
        assertThat(Granularity.fiscalYear(FiscalCalendar.CALENDAR).periodContaining(LocalDate.of(2026, 5, 5)))
                .isEqualTo(Period.year(2026));
    }

    @Test
    void businessDates_useTheBusinessTimeZone() {
        assertThat(BusinessDates.toDate(Instant.parse("2026-04-01T03:30:00Z"), ZoneId.of("America/New_York")))
                .isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(BusinessDates.toDate(Instant.parse("2026-04-01T03:30:00Z"), ZoneId.of("UTC")))
                .isEqualTo(LocalDate.of(2026, 4, 1));
    }
}
