package io.github.revops.forecast;

import io.github.revops.domain.ForecastCategory;
import io.github.revops.money.ReportingCurrency;
import io.github.revops.result.Mergeable;
import io.github.revops.time.Period;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Forecast accuracy by the week of the forecast period in which the snapshot was taken: week 1 scores the
 * submissions that counted at the end of the period's first week, the last week those that counted at its end.
 *
 * <p>It shows how forecasts converge as a quarter closes. The forecasts scored are a category's forecasts for a
 * period (a forecast whose forecast period starts in it), as in {@link ForecastSnapshot}. Week {@code k} of a
 * forecast period runs from day {@code 7(k - 1)} to day {@code 7k - 1} after its start (the last week may be
 * shorter); a (submitter, period) appears in week {@code k} when it had a submission by the week's last day.
 * Forecasts for different periods meet in the same week number, so quarters can be compared and merged.
 * <pre>{@code
 * AccuracyByWeek byWeek = AccuracyByWeek.of(input, Period.year(2026), ForecastCategory.COMMIT);
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
            copy.put(e.getKey(), Objects.requireNonNull(e.getValue(), "accuracy"));
        }
        weeks = Collections.unmodifiableSortedMap(copy);
    }

    /**
     * Computes the accuracy of a category's forecasts for a period by week of their forecast period, every amount
     * in the currency of the input's first amount.
     *
     * @param input  the submissions, deals and roll-up, not null
     * @param period  the period whose forecasts are scored, not null
     * @param category  the forecast category, not null
     * @return the accuracy per week number, never null
     * @throws io.github.revops.domain.InvalidRecordException if two submissions share submitter, category, period
     *         and day
     * @throws io.github.revops.money.CurrencyMismatchException if the input's amounts are in more than one currency
     * @throws IllegalArgumentException if the input holds no amount (give a reporting currency)
     */
    public static AccuracyByWeek of(ForecastInput input, Period period, ForecastCategory category) {
        return Scoring.of(input).byWeek(period, category);
    }

    /**
     * Computes the accuracy by week in a reporting currency, as {@link #of(ForecastInput, Period, ForecastCategory)}.
     *
     * @param input  the submissions, deals and roll-up, not null
     * @param period  the period whose forecasts are scored, not null
     * @param category  the forecast category, not null
     * @param reporting  the reporting currency and its rates, not null
     * @return the accuracy per week number, never null
     * @throws io.github.revops.domain.InvalidRecordException if two submissions share submitter, category, period
     *         and day
     * @throws io.github.revops.money.CurrencyMismatchException if, without rates, an amount is in another currency
     * @throws io.github.revops.money.MissingExchangeRateException if a rate needed is missing
     */
    public static AccuracyByWeek of(ForecastInput input, Period period, ForecastCategory category,
                                    ReportingCurrency reporting) {
        return Scoring.of(input, reporting).byWeek(period, category);
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
