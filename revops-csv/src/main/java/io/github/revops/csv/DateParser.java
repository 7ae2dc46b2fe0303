package io.github.revops.csv;

import java.text.ParsePosition;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a date in one of several patterns, tried in order; a pattern with a time reads the date part. Strict:
 * 2017-02-30 is an error, never 2017-02-28; and a date outside the accepted years is an error too. Immutable and
 * thread-safe.
 */
final class DateParser {

    private final List<DateTimeFormatter> formats;
    private final String expected;
    private final AcceptedYears years;
    /** The first pattern read from bytes, or null when it is not of the kind {@link ByteDatePattern} reads. */
    private final ByteDatePattern first;

    private DateParser(List<DateTimeFormatter> formats, String expected, AcceptedYears years,
                       ByteDatePattern first) {
        this.formats = formats;
        this.expected = expected;
        this.years = years;
        this.first = first;
    }

    static DateParser of(List<String> patterns, AcceptedYears years) {
        if (patterns.isEmpty()) {
            throw new IllegalArgumentException("dateFormats must name at least one pattern");
        }
        List<DateTimeFormatter> formats = new ArrayList<>();
        for (String pattern : patterns) {
            try {
                formats.add(new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
                        .parseDefaulting(ChronoField.ERA, 1)
                        .toFormatter(Locale.ROOT).withResolverStyle(ResolverStyle.STRICT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("date format ('" + pattern + "') is not a valid pattern: "
                        + e.getMessage(), e);
            }
        }
        return new DateParser(List.copyOf(formats), String.join(" or ", patterns), years,
                ByteDatePattern.of(patterns.get(0)).orElse(null));
    }

    /**
     * Reads a date from ASCII bytes {@code [from, to)} without a String, where that certainly gives what
     * {@link #parse} gives for their text: the first pattern reads them (patterns are tried in order, so its date is
     * the answer) and the year is accepted.
     *
     * @return the date as {@code year * 10000 + month * 100 + day}, or 0 when {@link #parse} must decide (and give
     *         the date or the error)
     */
    int read(byte[] bytes, int from, int to) {
        if (first == null) {
            return 0;
        }
        int date = first.read(bytes, from, to);
        int year = date / 10000;
        return date != 0 && year >= years.first() && year <= years.last() ? date : 0;
    }

    /**
     * Parses a non-blank text.
     *
     * @throws IllegalArgumentException with the reason if no pattern reads it or its year is not accepted
     */
    LocalDate parse(String text) {
        for (DateTimeFormatter format : formats) {
            ParsePosition position = new ParsePosition(0);
            if (format.parseUnresolved(text, position) == null || position.getIndex() != text.length()) {
                continue;
            }
            LocalDate date;
            try {
                date = format.parse(text, LocalDate::from);
            } catch (DateTimeException e) {
                continue;   // the shape fits but the date does not exist (30 February): try the next pattern
            }
            return years.check(date);
        }
        throw new IllegalArgumentException("not a date (expected " + expected + ")");
    }
}
