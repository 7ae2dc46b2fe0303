package io.github.revops.forecast;

import io.github.revops.domain.ForecastCategory;
import io.github.revops.money.ReportingCurrency;
import io.github.revops.time.Period;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The forecasts of one category for a period that count at an as-of date, each scored against its actual, and their
 * accuracy (docs/metrics.md, "Forecast accuracy").
 *
 * <p>A forecast is for the period when its forecast period starts in it. Per submitter and forecast period, the
 * submission that counts is the latest one made on or before the as-of date; the earlier ones are
 * {@link #superseded()}, and submissions made after the date are ignored ({@link #afterAsOf()}). The actual is the
 * submitter's won bookings in the forecast period, its own deals and those of every owner who rolls up to it
 * ({@link ForecastInput}).
 * <pre>{@code
 * ForecastSnapshot week6 = ForecastSnapshot.of(input, Period.quarter(2026, 1), ForecastCategory.COMMIT,
 *         LocalDate.of(2026, 2, 11));
 * week6.forecasts();             // one ScoredForecast per submitter and forecast period
 * week6.accuracy().wape();       // how far off they were, weighted by the actuals
 * }</pre>
 *
 * @param period  the period whose forecasts are scored, not null
 * @param asOf  the as-of date, not null
 * @param category  the forecast category, not null
 * @param forecasts  the submissions that count with their actuals, by submitter then forecast period, not null
 * @param superseded  the ids of the submissions replaced by a later one on or before the as-of date, sorted
 * @param afterAsOf  the ids of the submissions made after the as-of date, sorted, not null
 * @param accuracy  the accuracy of the forecasts that count, not null
 * @since 0.1.0
 */
public record ForecastSnapshot(Period period, LocalDate asOf, ForecastCategory category,
                               List<ScoredForecast> forecasts, List<String> superseded, List<String> afterAsOf,
                               ForecastAccuracy accuracy) {

    /**
     * Validates and copies the parts.
     *
     * @param period  the period whose forecasts are scored, not null
     * @param asOf  the as-of date, not null
     * @param category  the forecast category, not null
     * @param forecasts  the submissions that count with their actuals, by submitter then forecast period, not null
     * @param superseded  the ids of the submissions replaced by a later one on or before the as-of date, sorted
     * @param afterAsOf  the ids of the submissions made after the as-of date, sorted, not null
     * @param accuracy  the accuracy of the forecasts that count, not null
     * @throws NullPointerException if a part is null
     */
    public ForecastSnapshot {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(category, "category");
        forecasts = List.copyOf(forecasts);
        superseded = List.copyOf(superseded);
        afterAsOf = List.copyOf(afterAsOf);
        Objects.requireNonNull(accuracy, "accuracy");
    }

    /**
     * Takes the snapshot of a category's forecasts for a period at an as-of date, every amount in the currency of
     * the input's first amount.
     *
     * @param input  the submissions, deals and roll-up, not null
     * @param period  the period whose forecasts are scored, not null
     * @param category  the forecast category, not null
     * @param asOf  the as-of date: submissions made after it are ignored, not null
     * @return the snapshot, never null
     * @throws io.github.revops.domain.InvalidRecordException if two submissions share submitter, category, period
     *         and day (the larger id is named)
     * @throws io.github.revops.money.CurrencyMismatchException if the input's amounts are in more than one currency
     * @throws IllegalArgumentException if the input holds no amount (give a reporting currency)
     */
    public static ForecastSnapshot of(ForecastInput input, Period period, ForecastCategory category,
                                      LocalDate asOf) {
        return Scoring.of(input).snapshot(period, category, asOf);
    }

    /**
     * Takes the snapshot with every amount in a reporting currency: a submission converted at the rate of its
     * submitted date, a deal at its close date.
     *
     * @param input  the submissions, deals and roll-up, not null
     * @param period  the period whose forecasts are scored, not null
     * @param category  the forecast category, not null
     * @param asOf  the as-of date: submissions made after it are ignored, not null
     * @param reporting  the reporting currency and its rates, not null
     * @return the snapshot, never null
     * @throws io.github.revops.domain.InvalidRecordException if two submissions share submitter, category, period
     *         and day (the larger id is named)
     * @throws io.github.revops.money.CurrencyMismatchException if, without rates, an amount is in another currency
     * @throws io.github.revops.money.MissingExchangeRateException if a rate needed is missing
     */
    public static ForecastSnapshot of(ForecastInput input, Period period, ForecastCategory category, LocalDate asOf,
                                      ReportingCurrency reporting) {
        return Scoring.of(input, reporting).snapshot(period, category, asOf);
    }
}
