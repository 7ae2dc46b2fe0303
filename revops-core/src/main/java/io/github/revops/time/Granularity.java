package io.github.revops.time;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * A way of cutting time into consecutive periods: calendar months, quarters, years, or a fiscal calendar's.
 *
 * <p>Time series and {@link Period#split} use it. It is a functional interface, so a 4-4-5 retail calendar or any
 * other scheme plugs in as a lambda that returns the period containing a date.
 * <pre>{@code
 * Granularity fq = Granularity.fiscalQuarter(FiscalCalendar.startingIn(Month.FEBRUARY));
 * fq.periodContaining(LocalDate.of(2026, 3, 15));   // 2026-02-01/2026-05-01
 * }</pre>
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface Granularity {

    /** Calendar months. */
    Granularity MONTH = date -> Period.month(YearMonth.from(Objects.requireNonNull(date, "date")));

    /** Calendar quarters, Q1 = January to March. */
    Granularity QUARTER = date -> Period.quarter(Objects.requireNonNull(date, "date").getYear(),
            (date.getMonthValue() - 1) / 3 + 1);

    /** Calendar years. */
    Granularity YEAR = date -> Period.year(Objects.requireNonNull(date, "date").getYear());

    /**
     * Returns the period of this granularity that contains a date.
     *
     * @param date  the date, not null
     * @return the period containing the date, never null
     */
    Period periodContaining(LocalDate date);

    /**
     * Obtains the fiscal quarters of a fiscal calendar.
     *
     * @param calendar  the calendar, not null
     * @return the granularity, never null
     */
    static Granularity fiscalQuarter(FiscalCalendar calendar) {
        Objects.requireNonNull(calendar, "calendar");
        return calendar::quarterContaining;
    }

    /**
     * Obtains the fiscal years of a fiscal calendar.
     *
     * @param calendar  the calendar, not null
     * @return the granularity, never null
     */
    static Granularity fiscalYear(FiscalCalendar calendar) {
        Objects.requireNonNull(calendar, "calendar");
        return calendar::yearContaining;
    }
}
