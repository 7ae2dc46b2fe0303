package io.github.revops.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Turns instants (timestamps from a CRM or billing system) into the business's calendar dates.
 *
 * <p>Metrics count calendar dates in the business's own time zone: a deal closed at 23:30 in New York on
 * 31 March belongs to Q1 even though it is already 1 April in UTC.
 * <pre>{@code
 * LocalDate closed = BusinessDates.toDate(Instant.parse("2026-04-01T03:30:00Z"), ZoneId.of("America/New_York"));
 * // 2026-03-31
 * }</pre>
 *
 * @since 0.1.0
 */
public final class BusinessDates {

    private BusinessDates() {
    }

    /**
     * Returns the calendar date of an instant in a time zone.
     *
     * @param instant  the instant, not null
     * @param zone  the business's time zone, not null
     * @return the date, never null
     */
    public static LocalDate toDate(Instant instant, ZoneId zone) {
        Objects.requireNonNull(instant, "instant");
        Objects.requireNonNull(zone, "zone");
        return LocalDate.ofInstant(instant, zone);
    }
}
