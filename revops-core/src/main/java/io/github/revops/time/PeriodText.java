package io.github.revops.time;

import io.github.revops.internal.BoundedText;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the text forms of a period and writes its short label: the rules behind {@link Period#parse(CharSequence)},
 * {@link Period#parse(CharSequence, FiscalCalendar)}, {@link Period#label()} and {@link Period#label(FiscalCalendar)}.
 *
 * <p>Short forms have four-digit years, so a label is written in a short form only for years 0000 to 9999; any
 * other period is labelled by its ISO form. {@code parse(label)} therefore gives back the period for every period.
 */
final class PeriodText {

    /** The length of the longest ISO date {@link LocalDate#parse} reads, {@code +999999999-12-31}. */
    private static final int LONGEST_DATE = 16;
    /** The length of the longest short form, {@code FY2025-Q2}. */
    private static final int LONGEST_SHORT_FORM = 9;
    private static final int LAST_SHORT_YEAR = 9999;

    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-[Qq](\\d)");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern FISCAL = Pattern.compile("[Ff][Yy](\\d{4})(?:-[Qq](\\d))?");

    private PeriodText() {
    }

    /**
     * Reads a period in any of its forms.
     *
     * @param text  the text, not null
     * @param calendar  the fiscal calendar of the {@code FY} forms, or empty when there is none
     * @return the period, never null
     * @throws DateTimeParseException if the text is no form, a fiscal form without a calendar, or a form with a
     *         date, month or quarter out of range; the message starts with {@code period '<text>'}
     * @throws DateTimeException if an ISO form's end is not after its start
     */
    static Period parse(CharSequence text, Optional<FiscalCalendar> calendar) {
        String s = text.toString().strip();
        if (s.indexOf('/') >= 0) {
            return parseIso(s);
        }
        if (s.length() <= LONGEST_SHORT_FORM) {
            try {
                Optional<Period> shortForm = parseShort(s, calendar);
                if (shortForm.isPresent()) {
                    return shortForm.get();
                }
            } catch (DateTimeException e) {
                throw new DateTimeParseException("period '" + s + "': " + e.getMessage(), s, 0, e);
            }
        }
        throw new DateTimeParseException("period '" + BoundedText.of(s) + "' must be a year (2017), a quarter"
                + " (2017-Q3), a month (2017-07), a fiscal year or quarter with its FiscalCalendar (FY2025,"
                + " FY2025-Q2) or 'start/end' (2026-01-01/2026-04-01)", BoundedText.of(s), 0);
    }

    private static Period parseIso(String s) {
        int slash = s.indexOf('/');
        String first = s.substring(0, slash).trim();
        String second = s.substring(slash + 1).trim();
        if (first.length() > LONGEST_DATE || second.length() > LONGEST_DATE) {
            throw new DateTimeParseException("period '" + BoundedText.of(s) + "' must be 'start/end', as"
                    + " '2026-01-01/2026-04-01'", BoundedText.of(s), 0);
        }
        return Period.of(date(s, first), date(s, second));
    }

    private static LocalDate date(String period, String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new DateTimeParseException("period '" + BoundedText.of(period) + "': " + e.getMessage(),
                    BoundedText.of(period), 0, e);
        }
    }

    private static Optional<Period> parseShort(String s, Optional<FiscalCalendar> calendar) {
        Matcher m;
        if ((m = YEAR.matcher(s)).matches()) {
            return Optional.of(Period.year(number(m, 1)));
        }
        if ((m = QUARTER.matcher(s)).matches()) {
            return Optional.of(Period.quarter(number(m, 1), number(m, 2)));
        }
        if ((m = MONTH.matcher(s)).matches()) {
            return Optional.of(Period.month(number(m, 1), number(m, 2)));
        }
        if ((m = FISCAL.matcher(s)).matches()) {
            FiscalCalendar fiscal = calendar.orElseThrow(() -> new DateTimeException("a fiscal period needs its"
                    + " FiscalCalendar (when its year starts and how it is labelled): use Period.parse(text,"
                    + " calendar)"));
            int year = number(m, 1);
            return Optional.of(m.group(2) == null ? fiscal.year(year) : fiscal.quarter(year, number(m, 2)));
        }
        return Optional.empty();
    }

    private static int number(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    /**
     * Labels a period by its calendar form: {@code 2017}, {@code 2017-Q3}, {@code 2017-07}, else its ISO form.
     *
     * @param period  the period, not null
     * @return the label, never null
     */
    static String label(Period period) {
        LocalDate start = period.start();
        if (start.getDayOfMonth() != 1 || !shortYear(start.getYear())) {
            return period.toString();
        }
        int year = start.getYear();
        int month = start.getMonthValue();
        if (month == 1 && period.equals(Period.year(year))) {
            return fourDigits(year);
        }
        if ((month - 1) % 3 == 0 && period.equals(Period.quarter(year, (month - 1) / 3 + 1))) {
            return fourDigits(year) + "-Q" + ((month - 1) / 3 + 1);
        }
        if (period.equals(Period.month(YearMonth.of(year, month)))) {
            return YearMonth.of(year, month).toString();
        }
        return period.toString();
    }

    /**
     * Labels a period by its fiscal form under a calendar, {@code FY2025} or {@code FY2025-Q2}, else by
     * {@link #label(Period)}.
     *
     * @param period  the period, not null
     * @param calendar  the fiscal calendar, not null
     * @return the label, never null
     */
    static String label(Period period, FiscalCalendar calendar) {
        LocalDate start = period.start();
        if (start.getDayOfMonth() == 1 && shortYear(start.getYear())) {
            int fiscalYear = calendar.fiscalYearOf(start);
            int quarter = calendar.fiscalQuarterOf(start);
            if (shortYear(fiscalYear) && period.equals(calendar.year(fiscalYear))) {
                return "FY" + fourDigits(fiscalYear);
            }
            if (shortYear(fiscalYear) && period.equals(calendar.quarter(fiscalYear, quarter))) {
                return "FY" + fourDigits(fiscalYear) + "-Q" + quarter;
            }
        }
        return label(period);
    }

    private static boolean shortYear(int year) {
        return year >= 0 && year <= LAST_SHORT_YEAR;
    }

    private static String fourDigits(int year) {
        return String.format(Locale.ROOT, "%04d", year);
    }
}
