package io.github.revops.forecast;

import io.github.revops.result.Mergeable;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Forecast accuracy by the week of the forecast period in which the snapshot was taken: week 1 scores the
 * submissions that counted at the end of the period's first week, the last week those that counted at its end.
 *
 * <p>It shows how forecasts converge as a quarter closes. Week {@code k} of a period runs from day
 * {@code 7(k - 1)} to day {@code 7k - 1} after its start (the last week may be shorter); a (submitter, period)
 * appears in week {@code k} when it had a submission by the week's last day. Forecasts for different periods meet
 * in the same week number, so quarters can be compared and merged.
 * <pre>{@code
 * AccuracyByWeek byWeek = scoring.byWeek(ForecastCategory.COMMIT);
 * byWeek.get(1).map(a -> a.wape());    // how far off the forecasts were in week 1
 * byWeek.get(13).map(a -> a.wape());   // ... and in the last full week of the quarter
 * }</pre>
 *
 * @param weeks  the accuracy of each week number (from 1), in order, not null
 * @since 0.1.0
 */
public record AccuracyByWeek(SortedMap<Integer, ForecastAccuracy> weeks) implements Mergeable<AccuracyByWeek> {

    /** No week: the identity of {@link #combine}. */
    public static final AccuracyByWeek EMPTY = new AccuracyByWeek(Collections.emptySortedMap());

    /**
     * Validates and copies the weeks.
     *
     * @param weeks  the accuracy of each week number (from 1), in order, not null
     * @throws NullPointerException if the map, a key or a value is null
     * @throws IllegalArgumentException if a week number is below 1
     */
    public AccuracyByWeek {
        TreeMap<Integer, ForecastAccuracy> copy = new TreeMap<>();
        for (Map.Entry<Integer, ForecastAccuracy> e : weeks.entrySet()) {
            if (e.getKey() < 1) {
                throw new IllegalArgumentException("week (" + e.getKey() + ") must be >= 1");
            }
            copy.put(e.getKey(), java.util.Objects.requireNonNull(e.getValue(), "accuracy"));
        }
        weeks = Collections.unmodifiableSortedMap(copy);
    }

    /**
     * Returns the accuracy of one week.
     *
     * @param week  the week number, from 1
     * @return the accuracy, or empty when no forecast counted by then
     */
    public Optional<ForecastAccuracy> get(int week) {
        return Optional.ofNullable(weeks.get(week));
    }

    /**
     * Returns the accuracy by week of both inputs, merging the same weeks.
     *
     * @param other  the other result, not null
     * @return the merged result, never null
     */
    @Override
    public AccuracyByWeek combine(AccuracyByWeek other) {
        TreeMap<Integer, ForecastAccuracy> merged = new TreeMap<>(weeks);
        other.weeks.forEach((week, accuracy) -> merged.merge(week, accuracy, ForecastAccuracy::combine));
        return new AccuracyByWeek(merged);
    }
}
