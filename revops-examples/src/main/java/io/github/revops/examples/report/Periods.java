package io.github.revops.examples.report;

import io.github.revops.csv.CsvReaderBuilder;
import io.github.revops.time.Period;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.DateTimeException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the periods the report's arguments name, and labels the periods its tables show.
 *
 * <p>Accepted forms: a year {@code 2017}, a quarter {@code 2017-Q3}, a month {@code 2024-06}, or a range of dates
 * {@code 2024-01-01/2025-01-01} (start included, end excluded), within the years the CSV readers accept (1900 to
 * 2199, docs/decisions/0100), so no argument makes the report span millennia.
 */
public final class Periods {

    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    /** The first year a period may reach into. */
    public static final int FIRST_YEAR = CsvReaderBuilder.DEFAULT_FIRST_YEAR;
    /** The last year a period may reach into. */
    public static final int LAST_YEAR = CsvReaderBuilder.DEFAULT_LAST_YEAR;
    private static final int SHOWN = 64;

    private Periods() {
    }

    /**
     * Parses a period argument.
     *
     * @param text  a year, a quarter, a month or a range of dates, not null
     * @return the period, never null
     * @throws IllegalArgumentException if the text is none of the accepted forms or reaches outside the years
     *         {@value #FIRST_YEAR} to {@value #LAST_YEAR}, naming it
     */
    public static Period parse(String text) {
        return withinAcceptedYears(text, parsed(text));
    }

    private static Period withinAcceptedYears(String text, Period period) {
        if (period.start().getYear() < FIRST_YEAR || period.lastDay().getYear() > LAST_YEAR) {
            throw new IllegalArgumentException("period ('" + DisplayText.bounded(text, SHOWN) + "') must lie within"
                    + " the years " + FIRST_YEAR + " to " + LAST_YEAR);
        }
        return period;
    }

    private static Period parsed(String text) {
        String t = text.strip().toUpperCase(Locale.ROOT);
        try {
            if (YEAR.matcher(t).matches()) {
                return Period.year(Integer.parseInt(t));
            }
            Matcher quarter = QUARTER.matcher(t);
            if (quarter.matches()) {
                return Period.quarter(Integer.parseInt(quarter.group(1)), Integer.parseInt(quarter.group(2)));
            }
            if (MONTH.matcher(t).matches()) {
                return Period.month(YearMonth.parse(t));
            }
            if (t.contains("/")) {
                return Period.parse(t);
            }
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("period ('" + DisplayText.bounded(text, SHOWN) + "'): "
                    + DisplayText.bounded(e.getMessage(), SHOWN * 2), e);
        }
        throw new IllegalArgumentException("period ('" + DisplayText.bounded(text, SHOWN) + "') must be a year (2017),"
                + " a quarter (2017-Q3), a month (2024-06) or a range of dates (2024-01-01/2025-01-01)");
    }

    /**
     * Labels a period for a table: {@code 2017} for a calendar year, {@code 2017-Q3} for a calendar quarter,
     * {@code 2024-06} for a calendar month, otherwise the range {@code 2024-01-15/2024-02-15}.
     *
     * @param period  the period, not null
     * @return the label, never null
     */
    public static String label(Period period) {
        LocalDate start = period.start();
        if (start.getDayOfMonth() == 1) {
            if (start.getDayOfYear() == 1 && period.equals(Period.year(start.getYear()))) {
                return String.valueOf(start.getYear());
            }
            if ((start.getMonthValue() - 1) % 3 == 0
                    && period.equals(Period.quarter(start.getYear(), (start.getMonthValue() - 1) / 3 + 1))) {
                return start.getYear() + "-Q" + ((start.getMonthValue() - 1) / 3 + 1);
            }
            if (period.equals(Period.month(YearMonth.from(start)))) {
                return YearMonth.from(start).toString();
            }
        }
        return period.toString();
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
