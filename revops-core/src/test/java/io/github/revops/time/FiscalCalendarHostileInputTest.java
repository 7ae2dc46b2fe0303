package io.github.revops.time;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import java.math.BigInteger;
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

/**
 * {@link FiscalCalendar} and {@link Period#plusMonths} at the edges of what {@link LocalDate} holds: fiscal years
 * from {@code Integer.MIN_VALUE} to {@code Integer.MAX_VALUE}, dates from {@link LocalDate#MIN} to
 * {@link LocalDate#MAX}, moves of {@code Long.MAX_VALUE} months. Each gives the period an oracle of its own computes
 * in {@code long}/{@link BigInteger} arithmetic, or a {@code DateTimeException} that names the input; never a
 * message showing a wrapped-around year ({@code "... Year ...: 2147483647"} for fiscal year
 * {@code Integer.MIN_VALUE}, {@code -768614336404562625} for a move of {@code Long.MAX_VALUE} months).
 */
@Tag("hostile-input")
class FiscalCalendarHostileInputTest {

    private static final Duration BOUND = Duration.ofSeconds(5);
    private static final long MIN_YEAR = -999_999_999;
    private static final long MAX_YEAR = 999_999_999;
    private static final List<Integer> YEARS = List.of(Integer.MIN_VALUE, Integer.MAX_VALUE, -999_999_999,
            999_999_999, -1_000_000_000, 1_000_000_000, -999_999_998, 999_999_998, 0, -1, 1969, 1970, 2026);
    private static final List<LocalDate> DATES = List.of(LocalDate.MIN, LocalDate.MAX, LocalDate.MIN.plusYears(1),
            LocalDate.MAX.minusYears(1), LocalDate.of(1969, 12, 31), LocalDate.of(1970, 1, 1),
            LocalDate.of(2024, 2, 29), LocalDate.of(999_999_999, 1, 31), LocalDate.of(-999_999_999, 12, 1),
            LocalDate.of(0, 6, 30), LocalDate.of(2026, 3, 15));
    private static final List<Long> MONTHS = List.of(Long.MAX_VALUE, Long.MIN_VALUE, 0L, 1L, -1L,
            24_000_000_000L, -24_000_000_000L, 12L * 999_999_999, -12L * 1_000_000_000, 12L * 997_997_973);

    @Test
    void fiscalYearsOfAnyInt_areThePeriodTheLabelMeans_orADateTimeExceptionNamingIt() {
        assertTimeoutPreemptively(BOUND, () -> qt().withExamples(500).forAll(calendars(),
                integers().between(0, YEARS.size() - 1), integers().between(1, 4)).checkAssert((calendar, y, q) -> {
                    int fiscalYear = YEARS.get(y);
                    long startYear = startYear(calendar, fiscalYear);
                    if (startYear >= MIN_YEAR && startYear + 1 <= MAX_YEAR) {
                        LocalDate start = LocalDate.of((int) startYear, calendar.firstMonth(), 1);
                        assertThat(calendar.year(fiscalYear)).isEqualTo(Period.of(start, start.plusYears(1)));
                        LocalDate quarterStart = start.plusMonths(3L * (q - 1));
                        assertThat(calendar.quarter(fiscalYear, q))
                                .isEqualTo(Period.of(quarterStart, quarterStart.plusMonths(3)));
                    } else {
                        String message = "fiscal year (" + fiscalYear + ") of " + calendar + " holds dates outside"
                                + " those of LocalDate (-999999999-01-01 to +999999999-12-31)";
                        assertThatThrownBy(() -> calendar.year(fiscalYear)).isInstanceOf(DateTimeException.class)
                                .hasMessage(message);
                        assertThatThrownBy(() -> calendar.quarter(fiscalYear, q))
                                .isInstanceOf(DateTimeException.class).hasMessage(message);
                    }
                }));
    }

    @Test
    void theFiscalPeriodsOfAnyDate_containIt_orADateTimeExceptionNamesTheirYear() {
        assertTimeoutPreemptively(BOUND, () -> qt().withExamples(500).forAll(calendars(),
                integers().between(0, DATES.size() - 1)).checkAssert((calendar, d) -> {
                    LocalDate date = DATES.get(d);
                    int fiscalYear = calendar.fiscalYearOf(date);
                    int quarter = calendar.fiscalQuarterOf(date);
                    assertThat(quarter).isBetween(1, 4);
                    long startYear = startYear(calendar, fiscalYear);
                    if (startYear >= MIN_YEAR && startYear + 1 <= MAX_YEAR) {
                        Period year = calendar.yearContaining(date);
                        Period quarterPeriod = calendar.quarterContaining(date);
                        assertThat(year.contains(date)).as("%s in %s", date, year).isTrue();
                        assertThat(quarterPeriod.contains(date)).isTrue();
                        assertThat(year.encloses(quarterPeriod)).isTrue();
                        assertThat(quarterPeriod).isEqualTo(calendar.quarter(fiscalYear, quarter));
                    } else {
                        assertThatThrownBy(() -> calendar.yearContaining(date)).isInstanceOf(DateTimeException.class)
                                .hasMessageStartingWith("fiscal year (" + fiscalYear + ") of " + calendar);
                        assertThatThrownBy(() -> calendar.quarterContaining(date))
                                .isInstanceOf(DateTimeException.class)
                                .hasMessageStartingWith("fiscal year (" + fiscalYear + ") of " + calendar);
                    }
                }));
    }

    @Test
    void movingAPeriodByAnyNumberOfMonths_givesTheMovedPeriod_orNamesTheMove() {
        List<Period> periods = List.of(Period.quarter(2026, 1), Period.month(-999_999_999, 1),
                Period.month(999_999_999, 11), Period.year(1969));
        assertTimeoutPreemptively(BOUND, () -> qt().withExamples(300).forAll(integers().between(0, 3),
                integers().between(0, MONTHS.size() - 1)).checkAssert((p, m) -> {
                    Period period = periods.get(p);
                    long months = MONTHS.get(m);
                    BigInteger startIndex = monthIndex(period.start()).add(BigInteger.valueOf(months));
                    BigInteger endIndex = monthIndex(period.end()).add(BigInteger.valueOf(months));
                    if (inRange(startIndex) && inRange(endIndex)) {
                        assertThat(period.plusMonths(months)).isEqualTo(Period.of(date(startIndex),
                                date(endIndex)));
                    } else {
                        assertThatThrownBy(() -> period.plusMonths(months)).isInstanceOf(DateTimeException.class)
                                .hasMessage("period " + period + " plus " + months + " months holds dates outside"
                                        + " those of LocalDate (-999999999-01-01 to +999999999-12-31)");
                    }
                }));
    }

    /** The calendar year a fiscal year starts in, as the labelling rule says, in long arithmetic. */
    private static long startYear(FiscalCalendar calendar, int fiscalYear) {
        boolean labelledByEnd = calendar.labelling() == FiscalCalendar.Labelling.YEAR_OF_END
                && calendar.firstMonth() != Month.JANUARY;
        return labelledByEnd ? (long) fiscalYear - 1 : fiscalYear;
    }

    private static BigInteger monthIndex(LocalDate date) {
        return BigInteger.valueOf(date.getYear()).multiply(BigInteger.valueOf(12))
                .add(BigInteger.valueOf(date.getMonthValue() - 1));
    }

    /** Whether the first day of the month at this index is a LocalDate (every period here starts on a first). */
    private static boolean inRange(BigInteger index) {
        BigInteger year = index.divide(BigInteger.valueOf(12));
        return index.signum() >= 0 ? year.compareTo(BigInteger.valueOf(MAX_YEAR)) <= 0
                : index.compareTo(BigInteger.valueOf(MIN_YEAR * 12)) >= 0;
    }

    private static LocalDate date(BigInteger index) {
        long i = index.longValueExact();
        return LocalDate.of((int) Math.floorDiv(i, 12), (int) Math.floorMod(i, 12) + 1, 1);
    }

    private static Gen<FiscalCalendar> calendars() {
        return integers().between(1, 12).zip(integers().between(0, 1), (m, l) -> FiscalCalendar.of(Month.of(m),
                FiscalCalendar.Labelling.values()[l]));
    }
}
