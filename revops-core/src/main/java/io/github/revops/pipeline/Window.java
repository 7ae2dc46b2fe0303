package io.github.revops.pipeline;

import io.github.revops.time.Period;

import java.util.Objects;

/**
 * A period as epoch days, and the one definition of "in the period" of the pipeline metrics: a day is within it when
 * {@code start <= day < end} (docs/metrics.md#conventions, half-open periods).
 *
 * <p>Deals read as records and as table rows mark the close day of an open deal differently
 * ({@code internal.DealFields.NO_CLOSE} and {@code DealTable.NO_CLOSE}). A window knows the marker of its source and
 * counts no day at or below it, so an open deal is never "closed in the period", even in a period that starts at
 * {@code LocalDate.MIN}; every real day of a source is above its marker (a table holds no day at
 * {@code Integer.MIN_VALUE}). Both paths of every pipeline kernel place a day with {@link #within} and
 * {@link #beforeEnd} only. Immutable.
 */
final class Window {

    private final Period period;
    /** The first real day of the source: one above its no-close marker. */
    private final long floor;
    private final long start;
    /** The days from {@link #start} to the period's end. */
    private final long days;
    /** The days from {@link #floor} to the period's end. */
    private final long daysFromFloor;

    private Window(Period period, long noClose) {
        this.period = Objects.requireNonNull(period, "period");
        long end = period.end().toEpochDay();
        this.floor = noClose + 1;
        this.start = Math.max(period.start().toEpochDay(), floor);
        this.days = Math.max(0, end - start);
        this.daysFromFloor = end - floor;
    }

    /** The window of a period over a source whose open deals have the close day {@code noClose}. */
    static Window of(Period period, long noClose) {
        return new Window(period, noClose);
    }

    /** The period. */
    Period period() {
        return period;
    }

    /**
     * 1 when {@code start <= day < end}, else 0, without a branch: with {@code x = day - start}, the sign bit of
     * {@code (x - days) & ~x} is set exactly when {@code 0 <= x < days}. Nothing overflows: days, markers and period
     * bounds are within 2^61 of 0.
     */
    int within(long day) {
        long x = day - start;
        return (int) (((x - days) & ~x) >>> 63);
    }

    /** 1 when the day is a real day of the source before the period's end ({@code floor <= day < end}), else 0. */
    int beforeEnd(long day) {
        long x = day - floor;
        return (int) (((x - daysFromFloor) & ~x) >>> 63);
    }
}
