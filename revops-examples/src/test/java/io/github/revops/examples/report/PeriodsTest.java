package io.github.revops.examples.report;

import io.github.revops.time.Period;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The period arguments and default periods of the report.
 */
class PeriodsTest {

    @Test
    void parse_everyForm() {
        assertThat(Periods.parse("2017")).isEqualTo(Period.year(2017));
        assertThat(Periods.parse("2017-q3")).isEqualTo(Period.quarter(2017, 3));
        assertThat(Periods.parse("2024-06")).isEqualTo(Period.month(2024, 6));
        assertThat(Periods.parse("2024-01-15/2024-02-15"))
                .isEqualTo(Period.of(LocalDate.of(2024, 1, 15), LocalDate.of(2024, 2, 15)));
        assertThat(Periods.parse(" 2017-Q3 ")).isEqualTo(Period.parse("2017-Q3"));
    }

    @Test
    void parse_rejectsOtherText_withTheMessageOfPeriodParse() {
        assertThatThrownBy(() -> Periods.parse("Q3 2017")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("period 'Q3 2017' must be a year (2017), a quarter (2017-Q3), a month"
                        + " (2017-07)");
        // the report has no fiscal calendar
        assertThatThrownBy(() -> Periods.parse("FY2025")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("period 'FY2025': a fiscal period needs its FiscalCalendar");
        assertThatThrownBy(() -> Periods.parse("1899-Q4")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("period ('1899-Q4') must lie within the years 1900 to 2199");
        // the library's message shows the text as it is; the report escapes it for the terminal
        assertThatThrownBy(() -> Periods.parse("2017\u001B[2J")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("period '2017\\u001B[2J' must be a year");
    }

    @Test
    void defaults() {
        assertThat(Periods.twelveMonthsTo(LocalDate.of(2024, 12, 31))).isEqualTo(Period.year(2024));
        assertThat(Periods.twelveMonthsTo(LocalDate.of(2024, 6, 3)))
                .isEqualTo(Period.of(LocalDate.of(2023, 7, 1), LocalDate.of(2024, 7, 1)));
        assertThat(Periods.yearsSpanning(LocalDate.of(2016, 10, 20), LocalDate.of(2017, 12, 31)))
                .isEqualTo(Period.of(LocalDate.of(2016, 1, 1), LocalDate.of(2018, 1, 1)));
    }
}
