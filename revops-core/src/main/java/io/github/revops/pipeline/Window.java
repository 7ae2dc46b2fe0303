package io.github.revops.pipeline;

import io.github.revops.time.Period;

import java.util.Objects;

/**
 * A period as epoch days, and the one definition of "in the period" of the pipeline metrics: a day is within it when
 * {@code start <= day < end} (METRICS.md 0, half-open periods).
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
    private final long end;

    private Window(Period period, long noClose) {
        this.period = Objects.requireNonNull(period, "period");
        this.floor = noClose + 1;
        this.start = Math.max(period.start().toEpochDay(), floor);
        this.end = period.end().toEpochDay();
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
     * 1 when {@code start <= day < end}, else 0; without a branch: both differences are non-negative exactly then
     * (no difference overflows, as days and markers are within 2^61 of 0).
     */
    int within(long day) {
        return (int) (~((day - start) | (end - 1 - day)) >>> 63);
    }

    /** 1 when the day is a real day of the source before the period's end ({@code floor <= day < end}), else 0. */
    int beforeEnd(long day) {
        return (int) (~((day - floor) | (end - 1 - day)) >>> 63);
    }
}
