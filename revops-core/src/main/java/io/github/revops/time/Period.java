package io.github.revops.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A reporting period: the half-open range of calendar dates {@code [start, end)}.
 *
 * <p>A date belongs to the period when {@code start <= date < end}, so consecutive months, quarters and years
 * partition time with no gap and no overlap. Every metric takes its period as a parameter and never reads a clock.
 * <pre>{@code
 * Period q3 = Period.quarter(2017, 3);                   // 2017-07-01/2017-10-01
 * q3.contains(LocalDate.of(2017, 9, 30));                // true
 * q3.contains(LocalDate.of(2017, 10, 1));                // false: the end is exclusive
 * List<Period> months = q3.months();                     // July, August, September
 * Period.parse("2017-07-01/2017-10-01").equals(q3);      // true
 * Period.parse("2017-Q3").equals(q3);                    // true
 * q3.label();                                            // "2017-Q3"
 * }</pre>
 *
 * <p>The name clashes with {@link java.time.Period} on purpose (docs/decisions): a file that needs both qualifies
 * the JDK's. Periods are not comparable; compare their starts or their lengths in days.
 *
 * <h2>Implementation Requirements:</h2>
 * This class is immutable and thread-safe. It must be treated as a value type: do not synchronize, rely on the
 * identity hash code or use the distinction between {@code equals()} and {@code ==}.
 *
 * @since 0.1.0
 */
public final class Period {

    /** The first day, inclusive. */
    private final LocalDate start;
    /** The end, exclusive. */
    private final LocalDate end;

    private Period(LocalDate start, LocalDate end) {
        this.start = start;
        this.end = end;
    }

    /**
     * Obtains the period from a start date (inclusive) to an end date (exclusive).
     *
     * @param start  the first date in the period, not null
     * @param endExclusive  the first date after the period, not null, after the start
     * @return the period, never null
     * @throws DateTimeException if the end is not after the start
     */
    public static Period of(LocalDate start, LocalDate endExclusive) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(endExclusive, "endExclusive");
        if (!endExclusive.isAfter(start)) {
            throw new DateTimeException("period end (" + endExclusive + ") must be after its start (" + start + ")");
        }
        return new Period(start, endExclusive);
    }

    /**
     * Obtains the period from a start date to an end date, both inclusive.
     *
     * @param start  the first date, not null
     * @param endInclusive  the last date, not null, on or after the start
     * @return the period, never null
     * @throws DateTimeException if the last date is before the start
     */
    public static Period ofClosed(LocalDate start, LocalDate endInclusive) {
        Objects.requireNonNull(endInclusive, "endInclusive");
        return of(start, endInclusive.plusDays(1));
    }

    /**
     * Obtains the single day.
     *
     * @param date  the day, not null
     * @return the one-day period, never null
     */
    public static Period day(LocalDate date) {
        return of(date, date.plusDays(1));
    }

    /**
     * Obtains a calendar month.
     *
     * @param month  the month, not null
     * @return the period of that month, never null
     */
    public static Period month(YearMonth month) {
        Objects.requireNonNull(month, "month");
        return new Period(month.atDay(1), month.plusMonths(1).atDay(1));
    }

    /**
     * Obtains a calendar month.
     *
     * @param year  the year
     * @param month  the month, 1 to 12
     * @return the period of that month, never null
     * @throws DateTimeException if the month is not 1 to 12
     */
    public static Period month(int year, int month) {
        return month(YearMonth.of(year, month));
    }

    /**
     * Obtains a calendar quarter (Q1 = January to March).
     *
     * @param year  the year
     * @param quarter  the quarter, 1 to 4
     * @return the period of that quarter, never null
     * @throws DateTimeException if the quarter is not 1 to 4
     */
    public static Period quarter(int year, int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new DateTimeException("quarter (" + quarter + ") must be 1 to 4");
        }
        LocalDate start = LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
        return new Period(start, start.plusMonths(3));
    }

    /**
     * Obtains a calendar year.
     *
     * @param year  the year
     * @return the period of that year, never null
     */
    public static Period year(int year) {
        LocalDate start = LocalDate.of(year, 1, 1);
        return new Period(start, start.plusYears(1));
    }

    /**
     * Obtains a fiscal year of a fiscal calendar.
     *
     * @param calendar  the fiscal calendar, not null
     * @param fiscalYear  the fiscal year's label under that calendar
     * @return the period of that fiscal year, never null
     */
    public static Period fiscalYear(FiscalCalendar calendar, int fiscalYear) {
        return Objects.requireNonNull(calendar, "calendar").year(fiscalYear);
    }

    /**
     * Obtains a fiscal quarter of a fiscal calendar.
     *
     * @param calendar  the fiscal calendar, not null
     * @param fiscalYear  the fiscal year's label under that calendar
     * @param quarter  the fiscal quarter, 1 to 4
     * @return the period of that fiscal quarter, never null
     * @throws DateTimeException if the quarter is not 1 to 4
     */
    public static Period fiscalQuarter(FiscalCalendar calendar, int fiscalYear, int quarter) {
        return Objects.requireNonNull(calendar, "calendar").quarter(fiscalYear, quarter);
    }

    /**
     * Obtains a period from text: its {@link #toString()} form {@code "2026-01-01/2026-04-01"} (start included, end
     * excluded), a calendar year {@code "2017"}, a calendar quarter {@code "2017-Q3"} or a calendar month
     * {@code "2017-07"}. Surrounding blanks are ignored, and {@code q} may be lower case. {@code parse(p.toString())}
     * and {@code parse(p.label())} equal {@code p} for every period.
     * <pre>{@code
     * Period.parse("2017");                    // 2017-01-01/2018-01-01
     * Period.parse("2017-Q3");                 // 2017-07-01/2017-10-01
     * Period.parse("2017-07");                 // 2017-07-01/2017-08-01
     * Period.parse("2024-01-01/2024-02-15");   // as written
     * Period.parse("FY2025");                  // DateTimeParseException: a fiscal year needs its calendar
     * }</pre>
     *
     * <p>A fiscal year or quarter ({@code "FY2025"}, {@code "FY2025-Q2"}) means nothing without the calendar that
     * says when the year starts and how it is labelled, so it is refused here, never read as a calendar year: use
     * {@link #parse(CharSequence, FiscalCalendar)}.
     *
     * @param text  the text, not null
     * @return the period, never null
     * @throws DateTimeParseException if the text is none of the forms, is a fiscal form, or has a month or quarter out
     *         of range; the message shows at most the text's first 64 characters
     * @throws DateTimeException if the end is not after the start
     */
    public static Period parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        return PeriodText.parse(text, Optional.empty());
    }

    /**
     * Obtains a period from text as {@link #parse(CharSequence)} does, and also reads a fiscal year {@code "FY2025"}
     * or a fiscal quarter {@code "FY2025-Q2"} of a fiscal calendar. The other forms keep their calendar meaning:
     * {@code "2025-Q2"} is April to June whatever the calendar. {@code parse(p.label(calendar), calendar)} equals
     * {@code p} for every period.
     * <pre>{@code
     * FiscalCalendar fy = FiscalCalendar.startingIn(Month.FEBRUARY);   // labelled by the year it ends in
     * Period.parse("FY2027", fy);                                      // 2026-02-01/2027-02-01
     * Period.parse("FY2027-Q1", fy);                                   // 2026-02-01/2026-05-01
     * }</pre>
     *
     * @param text  the text, not null
     * @param calendar  the fiscal calendar of the {@code FY} forms, not null
     * @return the period, never null
     * @throws DateTimeParseException if the text is none of the forms or has a month or quarter out of range; the
     *         message shows at most the text's first 64 characters
     * @throws DateTimeException if the end is not after the start
     */
    public static Period parse(CharSequence text, FiscalCalendar calendar) {
        Objects.requireNonNull(text, "text");
        return PeriodText.parse(text, Optional.of(Objects.requireNonNull(calendar, "calendar")));
    }

    /**
     * Returns the first date in the period.
     *
     * @return the start, never null
     */
    public LocalDate start() {
        return start;
    }

    /**
     * Returns the first date after the period.
     *
     * @return the exclusive end, never null
     */
    public LocalDate end() {
        return end;
    }

    /**
     * Returns the last date in the period, {@code end - 1}.
     *
     * @return the last date, never null
     */
    public LocalDate lastDay() {
        return end.minusDays(1);
    }

    /**
     * Returns the number of days in the period.
     *
     * @return the length in days, at least 1
     */
    public long lengthInDays() {
        return ChronoUnit.DAYS.between(start, end);
    }

    /**
     * Checks if a date lies in the period: {@code start <= date < end}.
     *
     * @param date  the date, not null
     * @return true when the period contains the date
     */
    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && date.isBefore(end);
    }

    /**
     * Checks if the periods share at least one day.
     *
     * @param other  the other period, not null
     * @return true when they overlap
     */
    public boolean overlaps(Period other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }

    /**
     * Checks if another period lies wholly inside this one.
     *
     * @param other  the other period, not null
     * @return true when this period encloses the other
     */
    public boolean encloses(Period other) {
        return !other.start.isBefore(start) && !other.end.isAfter(end);
    }

    /**
     * Returns this period moved by a number of months; each end is moved from this period's own date, so a month
     * stays a month (January 2026 plus one is February 2026).
     *
     * @param months  the months to move, negative for earlier
     * @return the moved period, never null
     * @throws DateTimeException if the moved period would be empty
     */
    public Period plusMonths(long months) {
        return months == 0 ? this : of(start.plusMonths(months), end.plusMonths(months));
    }

    /**
     * Returns the calendar months that overlap this period, each clipped to the period, in order.
     *
     * @return the months, never null, never empty
     */
    public List<Period> months() {
        return split(Granularity.MONTH);
    }

    /**
     * Returns the calendar quarters that overlap this period, each clipped to the period, in order.
     *
     * @return the quarters, never null, never empty
     */
    public List<Period> quarters() {
        return split(Granularity.QUARTER);
    }

    /**
     * Returns the consecutive periods of a granularity that overlap this period, each clipped to it, in order.
     * They partition this period: no gap, no overlap.
     *
     * <p>Each step asks the granularity for the period containing the next date to cover; a granularity of your
     * own whose answer does not contain that date (so the split could never advance) is refused at once.
     *
     * @param granularity  the granularity, not null
     * @return the parts, never null, never empty
     * @throws IllegalArgumentException if the granularity returns a period that does not contain the date it was
     *         asked about, naming both
     * @throws NullPointerException if the granularity returns null
     */
    public List<Period> split(Granularity granularity) {
        Objects.requireNonNull(granularity, "granularity");
        List<Period> parts = new ArrayList<>();
        LocalDate cursor = start;
        while (cursor.isBefore(end)) {
            Period containing = Objects.requireNonNull(granularity.periodContaining(cursor),
                    "granularity.periodContaining");
            if (!containing.contains(cursor)) {
                throw new IllegalArgumentException("granularity.periodContaining(" + cursor + ") returned "
                        + containing + ", which does not contain " + cursor + ": the split cannot advance");
            }
            LocalDate next = containing.end();
            LocalDate partEnd = next.isAfter(end) ? end : next;
            parts.add(new Period(cursor, partEnd));
            cursor = partEnd;
        }
        return Collections.unmodifiableList(parts);
    }

    /**
     * Returns the short label of the period, for tables and charts: {@code "2017"} for a calendar year,
     * {@code "2017-Q3"} for a calendar quarter, {@code "2017-07"} for a calendar month, and the ISO form
     * {@code "2024-01-01/2024-02-15"} for any other period (and for years outside 0000 to 9999).
     * {@link #parse(CharSequence)} reads every label back to an equal period.
     *
     * <p>A period is two dates and nothing else, so it cannot know that it was made as a fiscal year: label it with
     * {@link #label(FiscalCalendar)} to get {@code "FY2025"}.
     *
     * @return the label, never null
     */
    public String label() {
        return PeriodText.label(this);
    }

    /**
     * Returns the short label of the period under a fiscal calendar: {@code "FY2025"} for one of its fiscal years,
     * {@code "FY2025-Q2"} for one of its fiscal quarters, otherwise {@link #label()}.
     * {@link #parse(CharSequence, FiscalCalendar)} with the same calendar reads every label back to an equal period.
     * <pre>{@code
     * FiscalCalendar fy = FiscalCalendar.startingIn(Month.FEBRUARY);
     * Period.fiscalQuarter(fy, 2027, 1).label(fy);   // "FY2027-Q1"
     * Period.fiscalQuarter(fy, 2027, 1).label();     // "2026-02-01/2026-05-01"
     * Period.month(2026, 3).label(fy);               // "2026-03"
     * }</pre>
     *
     * @param calendar  the fiscal calendar, not null
     * @return the label, never null
     */
    public String label(FiscalCalendar calendar) {
        return PeriodText.label(this, Objects.requireNonNull(calendar, "calendar"));
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Period other && start.equals(other.start) && end.equals(other.end);
    }

    @Override
    public int hashCode() {
        return start.hashCode() * 31 + end.hashCode();
    }

    /**
     * Returns the ISO form {@code "start/end"}, with the end exclusive, such as {@code "2026-01-01/2026-04-01"}: the
     * stable, parseable form ({@code parse(toString())} equals this period). {@link #label()} is the short form.
     *
     * @return the text form, never null
     */
    @Override
    public String toString() {
        return start + "/" + end;
    }
}
