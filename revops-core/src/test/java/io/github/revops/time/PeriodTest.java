package io.github.revops.time;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PeriodTest {

    private static final Period Q3_2017 = Period.quarter(2017, 3);

    @Test
    void quarter_isHalfOpen() {
        assertThat(Q3_2017.start()).isEqualTo(LocalDate.of(2017, 7, 1));
        assertThat(Q3_2017.end()).isEqualTo(LocalDate.of(2017, 10, 1));
        assertThat(Q3_2017.lastDay()).isEqualTo(LocalDate.of(2017, 9, 30));
        assertThat(Q3_2017.contains(LocalDate.of(2017, 7, 1))).isTrue();
        assertThat(Q3_2017.contains(LocalDate.of(2017, 9, 30))).isTrue();
        assertThat(Q3_2017.contains(LocalDate.of(2017, 10, 1))).isFalse();
        assertThat(Q3_2017.contains(LocalDate.of(2017, 6, 30))).isFalse();
        assertThat(Q3_2017.lengthInDays()).isEqualTo(92);
    }

    @Test
    void factories_buildCalendarPeriods() {
        assertThat(Period.month(2024, 2)).hasToString("2024-02-01/2024-03-01");
        assertThat(Period.month(YearMonth.of(2024, 12))).hasToString("2024-12-01/2025-01-01");
        assertThat(Period.year(2024).lengthInDays()).isEqualTo(366);
        assertThat(Period.day(LocalDate.of(2024, 2, 29))).hasToString("2024-02-29/2024-03-01");
        assertThat(Period.ofClosed(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 31)))
                .isEqualTo(Period.month(2024, 1));
    }

    @Test
    void of_rejectsAnEndNotAfterTheStart() {
        assertThatThrownBy(() -> Period.of(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 1)))
                .isInstanceOf(DateTimeException.class)
                .hasMessage("period end (2024-03-01) must be after its start (2024-03-01)");
        assertThatThrownBy(() -> Period.quarter(2024, 5)).isInstanceOf(DateTimeException.class)
                .hasMessage("quarter (5) must be 1 to 4");
    }

    @Test
    void parse_readsTheIsoForm() {
        assertThat(Period.parse("2017-07-01/2017-10-01")).isEqualTo(Q3_2017);
        assertThat(Period.parse(" 2024-01-01 / 2024-02-15 "))
                .isEqualTo(Period.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 2, 15)));
        assertThatThrownBy(() -> Period.parse("2017-07-01/2017-13-01")).isInstanceOf(DateTimeParseException.class)
                .hasMessage("period '2017-07-01/2017-13-01': Text '2017-13-01' could not be parsed: Invalid value for"
                        + " MonthOfYear (valid values 1 - 12): 13");
        assertThatThrownBy(() -> Period.parse("2017-10-01/2017-07-01")).isInstanceOf(DateTimeException.class)
                .hasMessage("period end (2017-07-01) must be after its start (2017-10-01)");
    }

    @Test
    void parse_readsAYearAQuarterAndAMonth() {
        assertThat(Period.parse("2017")).isEqualTo(Period.year(2017));
        assertThat(Period.parse("2017-Q3")).isEqualTo(Q3_2017);
        assertThat(Period.parse("2017-q3")).isEqualTo(Q3_2017);
        assertThat(Period.parse("2017-07")).isEqualTo(Period.month(2017, 7));
        assertThat(Period.parse(" 2024-02\n")).isEqualTo(Period.month(2024, 2));
        assertThat(Period.parse("0000")).hasToString("0000-01-01/0001-01-01");
    }

    @Test
    void parse_rejectsOtherText_namingItAndTheForms() {
        String forms = " must be a year (2017), a quarter (2017-Q3), a month (2017-07), a fiscal year or quarter with"
                + " its FiscalCalendar (FY2025, FY2025-Q2) or 'start/end' (2026-01-01/2026-04-01)";
        for (String text : List.of("2017-07-01", "Q3 2017", "17", "20170", "2017-7", "2017-Q", "2017-Q10", "FY25",
                "", "2017 Q3", "２０１７")) {
            assertThatThrownBy(() -> Period.parse(text)).as(text).isInstanceOf(DateTimeParseException.class)
                    .hasMessage("period '" + text + "'" + forms);
        }
        assertThatThrownBy(() -> Period.parse("2017-Q5")).isInstanceOf(DateTimeParseException.class)
                .hasMessage("period '2017-Q5': quarter (5) must be 1 to 4");
        assertThatThrownBy(() -> Period.parse("2024-13")).isInstanceOf(DateTimeParseException.class)
                .hasMessage("period '2024-13': Invalid value for MonthOfYear (valid values 1 - 12): 13");
        assertThatThrownBy(() -> Period.parse("2024-00")).isInstanceOf(DateTimeParseException.class)
                .hasMessage("period '2024-00': Invalid value for MonthOfYear (valid values 1 - 12): 0");
    }

    @Test
    void parse_refusesAFiscalPeriodWithoutItsCalendar() {
        for (String text : List.of("FY2025", "FY2025-Q2", "fy2025")) {
            assertThatThrownBy(() -> Period.parse(text)).as(text).isInstanceOf(DateTimeParseException.class)
                    .hasMessage("period '" + text + "': a fiscal period needs its FiscalCalendar (when its year"
                            + " starts and how it is labelled): use Period.parse(text, calendar)");
        }
    }

    @Test
    void parse_withACalendar_readsFiscalYearsAndQuarters() {
        FiscalCalendar feb = FiscalCalendar.startingIn(Month.FEBRUARY);             // FY2027: Feb 2026 - Jan 2027
        assertThat(Period.parse("FY2027", feb)).hasToString("2026-02-01/2027-02-01");
        assertThat(Period.parse("FY2027-Q1", feb)).hasToString("2026-02-01/2026-05-01");
        assertThat(Period.parse("fy2027-q4", feb)).hasToString("2026-11-01/2027-02-01");
        FiscalCalendar octByStart = FiscalCalendar.of(Month.OCTOBER, FiscalCalendar.Labelling.YEAR_OF_START);
        assertThat(Period.parse("FY2025-Q2", octByStart)).hasToString("2026-01-01/2026-04-01");
        assertThat(Period.parse("FY2025", FiscalCalendar.CALENDAR)).isEqualTo(Period.year(2025));
        // the calendar forms keep their calendar meaning
        assertThat(Period.parse("2027-Q1", feb)).isEqualTo(Period.quarter(2027, 1));
        assertThat(Period.parse("2027", feb)).isEqualTo(Period.year(2027));
        assertThat(Period.parse("2026-02-01/2026-05-01", feb)).isEqualTo(Period.fiscalQuarter(feb, 2027, 1));
        assertThatThrownBy(() -> Period.parse("FY2027-Q0", feb)).isInstanceOf(DateTimeParseException.class)
                .hasMessage("period 'FY2027-Q0': quarter (0) must be 1 to 4");
        assertThatThrownBy(() -> Period.parse("FY2027", null)).isInstanceOf(NullPointerException.class)
                .hasMessage("calendar");
    }

    @Test
    void label_isTheShortForm() {
        assertThat(Period.year(2017).label()).isEqualTo("2017");
        assertThat(Q3_2017.label()).isEqualTo("2017-Q3");
        assertThat(Period.month(2017, 7).label()).isEqualTo("2017-07");
        assertThat(Period.month(2024, 12).label()).isEqualTo("2024-12");
        assertThat(Period.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 2, 15)).label())
                .isEqualTo("2024-01-01/2024-02-15");
        assertThat(Period.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 1)).label())
                .isEqualTo("2024-01-01/2024-03-01");                               // two months: no short form
        assertThat(Period.day(LocalDate.of(2024, 2, 29)).label()).isEqualTo("2024-02-29/2024-03-01");
        assertThat(Period.year(999).label()).isEqualTo("0999");
        assertThat(Period.year(10_000).label()).isEqualTo("+10000-01-01/+10001-01-01");   // no four-digit form
        assertThat(Period.year(-1).label()).isEqualTo("-0001-01-01/0000-01-01");
    }

    @Test
    void label_underAFiscalCalendar_namesItsYearsAndQuarters() {
        FiscalCalendar feb = FiscalCalendar.startingIn(Month.FEBRUARY);
        assertThat(Period.fiscalYear(feb, 2027).label(feb)).isEqualTo("FY2027");
        assertThat(Period.fiscalQuarter(feb, 2027, 1).label(feb)).isEqualTo("FY2027-Q1");
        assertThat(Period.fiscalQuarter(feb, 2027, 1).label()).isEqualTo("2026-02-01/2026-05-01");
        assertThat(Period.month(2026, 3).label(feb)).isEqualTo("2026-03");
        assertThat(Period.quarter(2026, 1).label(feb)).isEqualTo("2026-Q1");   // not a fiscal quarter of feb
        assertThat(Period.year(2026).label(FiscalCalendar.CALENDAR)).isEqualTo("FY2026");
        FiscalCalendar octByStart = FiscalCalendar.of(Month.OCTOBER, FiscalCalendar.Labelling.YEAR_OF_START);
        assertThat(Period.of(LocalDate.of(2025, 10, 1), LocalDate.of(2026, 10, 1)).label(octByStart))
                .isEqualTo("FY2025");
        assertThatThrownBy(() -> Q3_2017.label(null)).isInstanceOf(NullPointerException.class).hasMessage("calendar");
    }

    @Test
    void overlapsAndEncloses_followHalfOpenRanges() {
        Period july = Period.month(2017, 7);
        Period august = Period.month(2017, 8);
        assertThat(july.overlaps(august)).isFalse();
        assertThat(july.overlaps(Q3_2017)).isTrue();
        assertThat(Q3_2017.encloses(august)).isTrue();
        assertThat(august.encloses(Q3_2017)).isFalse();
    }

    @Test
    void months_splitAQuarter() {
        assertThat(Q3_2017.months()).containsExactly(Period.month(2017, 7), Period.month(2017, 8),
                Period.month(2017, 9));
        assertThat(Period.year(2017).quarters()).containsExactly(Period.quarter(2017, 1), Period.quarter(2017, 2),
                Period.quarter(2017, 3), Period.quarter(2017, 4));
    }

    @Test
    void split_clipsTheFirstAndLastParts() {
        Period range = Period.of(LocalDate.of(2024, 1, 15), LocalDate.of(2024, 3, 10));
        assertThat(range.months()).extracting(Period::toString).containsExactly(
                "2024-01-15/2024-02-01", "2024-02-01/2024-03-01", "2024-03-01/2024-03-10");
    }

    @Test
    void plusMonths_keepsAMonthAMonth() {
        assertThat(Period.month(2025, 1).plusMonths(-1)).isEqualTo(Period.month(2024, 12));
        assertThat(Period.month(2024, 1).plusMonths(1)).isEqualTo(Period.month(2024, 2));
        assertThat(Period.quarter(2024, 4).plusMonths(3)).isEqualTo(Period.quarter(2025, 1));
    }

    @Test
    void fiscalFactories_delegateToTheCalendar() {
        FiscalCalendar feb = FiscalCalendar.startingIn(Month.FEBRUARY);
        assertThat(Period.fiscalYear(feb, 2027)).hasToString("2026-02-01/2027-02-01");
        assertThat(Period.fiscalQuarter(feb, 2027, 4)).hasToString("2026-11-01/2027-02-01");
    }

    @Test
    void equalsIsValueEquality() {
        new EqualsTester()
                .addEqualityGroup(Q3_2017, Period.parse("2017-07-01/2017-10-01"),
                        Period.of(LocalDate.of(2017, 7, 1), LocalDate.of(2017, 10, 1)))
                .addEqualityGroup(Period.month(2017, 7))
                .testEquals();
        assertThat(List.of(Q3_2017)).contains(Period.quarter(2017, 3));
    }
}
