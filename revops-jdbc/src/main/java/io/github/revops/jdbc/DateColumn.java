package io.github.revops.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads the business date of a date column, by its SQL type:
 * <ul>
 *   <li>{@code DATE}: the date;</li>
 *   <li>{@code TIMESTAMP WITH TIME ZONE}: an instant, whose date is taken in the business zone (which must then be
 *       set);</li>
 *   <li>{@code TIMESTAMP} (without time zone): a wall-clock time, whose date is its own, or, when the zone the times
 *       were written in is set, the date in the business zone of that time in that zone.</li>
 * </ul>
 * A date outside the epoch days an {@code int} holds (PostgreSQL's {@code infinity} reads as one) is refused.
 */
final class DateColumn {

    private enum Type { DATE, WALL_CLOCK, INSTANT }

    private static final String NOT_A_TABLE_DATE = "is not a date a table can hold";

    private final Column column;
    private final Type type;
    private final ZoneId zone;
    private final ZoneId writtenIn;

    private DateColumn(Column column, Type type, ZoneId zone, ZoneId writtenIn) {
        this.column = column;
        this.type = type;
        this.zone = zone;
        this.writtenIn = writtenIn;
    }

    /**
     * Binds a date column.
     *
     * @param column  the column, of a date kind
     * @param settings  the mapping's zones
     * @return the reader
     * @throws IllegalArgumentException naming what to set, if the column holds instants and no zone is set
     */
    static DateColumn of(Column column, ImportSettings settings) {
        Type type = column.sqlType() == Types.DATE ? Type.DATE : holdsInstants(column) ? Type.INSTANT
                : Type.WALL_CLOCK;
        Optional<ZoneId> zone = settings.zone();
        if (type == Type.INSTANT && zone.isEmpty()) {
            throw new IllegalArgumentException("is " + column.typeName() + ", which holds instants: set the zone"
                    + " in which they become business dates with zone(ZoneId)");
        }
        return new DateColumn(column, type, zone.orElse(null), settings.timestampZone().orElse(null));
    }

    private static boolean holdsInstants(Column column) {
        String name = column.typeName().toLowerCase(Locale.ROOT);
        return column.sqlType() == Types.TIMESTAMP_WITH_TIMEZONE || name.equals("timestamptz")
                || name.contains("with time zone");
    }

    /**
     * Returns the column.
     *
     * @return the column
     */
    Column column() {
        return column;
    }

    /**
     * Reads the current row's date.
     *
     * @param rows  the result, on the row
     * @return the business date, or null for SQL NULL
     * @throws SQLException if the driver cannot give the value
     * @throws DateTimeException if the value is not a date a table can hold
     */
    LocalDate read(ResultSet rows) throws SQLException {
        LocalDate date;
        try {
            date = switch (type) {
                case DATE -> rows.getObject(column.index(), LocalDate.class);
                case WALL_CLOCK -> wallClock(rows.getObject(column.index(), LocalDateTime.class));
                case INSTANT -> instant(rows.getObject(column.index(), OffsetDateTime.class));
            };
        } catch (DateTimeException e) {
            throw new DateTimeException(NOT_A_TABLE_DATE, e);   // a time no zone can date, at the time line's edge
        }
        if (date != null && date.toEpochDay() != (int) date.toEpochDay()) {
            throw new DateTimeException(NOT_A_TABLE_DATE);
        }
        return date;
    }

    private LocalDate wallClock(LocalDateTime time) {
        if (time == null) {
            return null;
        }
        return writtenIn == null ? time.toLocalDate()
                : time.atZone(writtenIn).withZoneSameInstant(zone).toLocalDate();
    }

    private LocalDate instant(OffsetDateTime time) {
        return time == null ? null : time.atZoneSameInstant(zone).toLocalDate();
    }
}
