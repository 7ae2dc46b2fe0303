package io.github.revops.examples.report;

import io.github.revops.csv.CsvReaderBuilder;
import io.github.revops.time.Period;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Reads the periods the report's arguments name, and gives the default periods of its sections.
 *
 * <p>Accepted forms are those of {@link Period#parse(CharSequence)}: a year {@code 2017}, a quarter {@code 2017-Q3},
 * a month {@code 2024-06}, or a range of dates {@code 2024-01-01/2025-01-01} (start included, end excluded), within
 * the years the CSV readers accept (1900 to 2199, docs/decisions/0100), so no argument makes the report span
 * millennia. Tables label their periods with {@link Period#label()}.
 */
public final class Periods {

    /** The first year a period may reach into. */
    public static final int FIRST_YEAR = CsvReaderBuilder.DEFAULT_FIRST_YEAR;
    /** The last year a period may reach into. */
    public static final int LAST_YEAR = CsvReaderBuilder.DEFAULT_LAST_YEAR;
    private static final int SHOWN = 64;
    private static final int MESSAGE_SHOWN = 400;

    private Periods() {
    }

    /**
     * Parses a period argument.
     *
     * @param text  a year, a quarter, a month or a range of dates, not null
     * @return the period, never null
     * @throws IllegalArgumentException if the text is none of the accepted forms (the message of
     *         {@link Period#parse(CharSequence)}) or reaches outside the years {@value #FIRST_YEAR} to
     *         {@value #LAST_YEAR}, naming it
     */
    public static Period parse(String text) {
        Period period;
        try {
            period = Period.parse(text);
        } catch (DateTimeException e) {   // the message names the text, at most its first 64 characters
            throw new IllegalArgumentException(DisplayText.bounded(e.getMessage(), MESSAGE_SHOWN), e);
        }
        if (period.start().getYear() < FIRST_YEAR || period.lastDay().getYear() > LAST_YEAR) {
            throw new IllegalArgumentException("period ('" + DisplayText.bounded(text, SHOWN) + "') must lie within"
                    + " the years " + FIRST_YEAR + " to " + LAST_YEAR);
        }
        return period;
    }

    /**
     * Returns the calendar years that hold two dates: from 1 January of the first's year to the end of the
     * second's year.
     *
     * @param first  the earliest date, not null
     * @param last  the latest date, not before first
     * @return the years, never null
     */
    public static Period yearsSpanning(LocalDate first, LocalDate last) {
        return Period.of(LocalDate.of(first.getYear(), 1, 1), LocalDate.of(last.getYear() + 1, 1, 1));
    }

    /**
     * Returns the twelve calendar months that end with the month of a date.
     *
     * @param last  a date in the last month, not null
     * @return the twelve months, never null
     */
    public static Period twelveMonthsTo(LocalDate last) {
        LocalDate end = YearMonth.from(last).plusMonths(1).atDay(1);
        return Period.of(end.minusMonths(12), end);
    }
}
