package io.github.revops.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.util.Objects;

/**
 * A fiscal calendar: the month its fiscal year starts in, and how a fiscal year is labelled.
 *
 * <p>Fiscal years that start in a month other than January are labelled differently across businesses: a year from
 * February 2026 to January 2027 is "FY2027" at some (labelled by the calendar year it ends in, the default here)
 * and "FY2026" at others. The rule is always explicit, never read from a global.
 * <pre>{@code
 * FiscalCalendar fy = FiscalCalendar.startingIn(Month.FEBRUARY);     // labelled by the year it ends in
 * fy.year(2027);                                                     // 2026-02-01/2027-02-01
 * fy.quarter(2027, 1);                                               // 2026-02-01/2026-05-01
 * fy.fiscalYearOf(LocalDate.of(2026, 3, 1));                         // 2027
 * }</pre>
 *
 * <h2>Implementation Requirements:</h2>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class FiscalCalendar {


    /** The calendar year as fiscal year. */
    public static final FiscalCalendar CALENDAR = new FiscalCalendar(Month.JANUARY, Labelling.YEAR_OF_END);

    /**
     * How a fiscal year that spans two calendar years is labelled.
     *
     * @since 0.1.0
     */
    public enum Labelling {
        /** By the calendar year in which the fiscal year starts. */
        YEAR_OF_START,
        /** By the calendar year in which the fiscal year ends (the default). */
        YEAR_OF_END
    }

    /** The first month of the fiscal year. */
    private final Month firstMonth;
    /** How fiscal years are labelled. */
    private final Labelling labelling;

    private FiscalCalendar(Month firstMonth, Labelling labelling) {
        this.firstMonth = firstMonth;
        this.labelling = labelling;
    }

    /**
     * Obtains a calendar whose fiscal year starts in a month and is labelled by the year it ends in.
     *
     * @param firstMonth  the first month of the fiscal year, not null
     * @return the calendar, never null
     */
    public static FiscalCalendar startingIn(Month firstMonth) {
        return of(firstMonth, Labelling.YEAR_OF_END);
    }

    /**
     * Obtains a calendar from its first month and labelling rule.
     *
     * @param firstMonth  the first month of the fiscal year, not null
     * @param labelling  how fiscal years are labelled, not null
     * @return the calendar, never null
     */
    public static FiscalCalendar of(Month firstMonth, Labelling labelling) {
        return new FiscalCalendar(Objects.requireNonNull(firstMonth, "firstMonth"),
                Objects.requireNonNull(labelling, "labelling"));
    }

    /**
     * Returns the first month of the fiscal year.
     *
     * @return the month, never null
     */
    public Month firstMonth() {
        return firstMonth;
    }

    /**
     * Returns the labelling rule.
     *
     * @return the rule, never null
     */
    public Labelling labelling() {
        return labelling;
    }

    /**
     * Returns the fiscal year with a label.
     *
     * @param fiscalYear  the label
     * @return the fiscal year as a period, never null
     * @throws DateTimeException if the fiscal year holds dates outside those of {@link LocalDate}, naming it
     */
    public Period year(int fiscalYear) {
        long startYear = startCalendarYear(fiscalYear);
        if (startYear < Year.MIN_VALUE || startYear >= Year.MAX_VALUE) {
            throw Period.outsideLocalDate("fiscal year (" + fiscalYear + ") of " + this, null);
        }
        LocalDate start = LocalDate.of((int) startYear, firstMonth, 1);
        return Period.of(start, start.plusYears(1));
    }

    /**
     * Returns a fiscal quarter: quarter 1 is the first three months of the fiscal year.
     *
     * @param fiscalYear  the fiscal year's label
     * @param quarter  the quarter, 1 to 4
     * @return the fiscal quarter as a period, never null
     * @throws DateTimeException if the quarter is not 1 to 4, or the fiscal year holds dates outside those of
     *     {@link LocalDate}
     */
    public Period quarter(int fiscalYear, int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new DateTimeException("quarter (" + quarter + ") must be 1 to 4");
        }
        LocalDate start = year(fiscalYear).start().plusMonths(3L * (quarter - 1));
        return Period.of(start, start.plusMonths(3));
    }

    /**
     * Returns the label of the fiscal year containing a date.
     *
     * @param date  the date, not null
     * @return the fiscal year's label
     */
    public int fiscalYearOf(LocalDate date) {
        Objects.requireNonNull(date, "date");
        int startYear = date.getMonthValue() >= firstMonth.getValue() ? date.getYear() : date.getYear() - 1;
        boolean spansTwoYears = firstMonth != Month.JANUARY;
        return labelling == Labelling.YEAR_OF_END && spansTwoYears ? startYear + 1 : startYear;
    }

    /**
     * Returns the fiscal quarter (1 to 4) containing a date.
     *
     * @param date  the date, not null
     * @return the quarter number
     */
    public int fiscalQuarterOf(LocalDate date) {
        Objects.requireNonNull(date, "date");
        int monthsIn = Math.floorMod(date.getMonthValue() - firstMonth.getValue(), 12);
        return monthsIn / 3 + 1;
    }

    /**
     * Returns the fiscal year containing a date.
     *
     * @param date  the date, not null
     * @return the period, never null
     * @throws DateTimeException if that fiscal year holds dates outside those of {@link LocalDate} (the first or
     *     last year of dates)
     */
    public Period yearContaining(LocalDate date) {
        return year(fiscalYearOf(date));
    }

    /**
     * Returns the fiscal quarter containing a date.
     *
     * @param date  the date, not null
     * @return the period, never null
     * @throws DateTimeException if the fiscal year of the date holds dates outside those of {@link LocalDate}
     */
    public Period quarterContaining(LocalDate date) {
        return quarter(fiscalYearOf(date), fiscalQuarterOf(date));
    }

    private long startCalendarYear(int fiscalYear) {
        boolean spansTwoYears = firstMonth != Month.JANUARY;
        return labelling == Labelling.YEAR_OF_END && spansTwoYears ? fiscalYear - 1L : fiscalYear;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof FiscalCalendar other && firstMonth == other.firstMonth && labelling == other.labelling;
    }

    @Override
    public int hashCode() {
        return firstMonth.hashCode() * 31 + labelling.hashCode();
    }

    @Override
    public String toString() {
        return "FiscalCalendar[firstMonth=" + firstMonth + ", labelling=" + labelling + "]";
    }
}
