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
        assertThatThrownBy(() -> Period.parse("2017-07-01")).isInstanceOf(DateTimeParseException.class)
                .hasMessageContaining("must be 'start/end'");
        assertThatThrownBy(() -> Period.parse("2017-07-01/2017-13-01")).isInstanceOf(DateTimeParseException.class);
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
