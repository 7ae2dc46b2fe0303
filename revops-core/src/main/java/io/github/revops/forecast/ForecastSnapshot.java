package io.github.revops.forecast;

import io.github.revops.domain.ForecastCategory;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The forecasts of one category that count at an as-of date, each scored against its actual, and their accuracy.
 *
 * <p>Per submitter and period, the submission that counts is the latest one made on or before the as-of date; the
 * earlier ones are {@link #superseded()}, and submissions made after the date are ignored ({@link #afterAsOf()}).
 * <pre>{@code
 * ForecastSnapshot week6 = scoring.snapshot(LocalDate.of(2026, 2, 11), ForecastCategory.COMMIT);
 * week6.forecasts();             // one ScoredForecast per submitter and period
 * week6.accuracy().wape();       // how far off they were, weighted by the actuals
 * }</pre>
 *
 * @param asOf  the as-of date, not null
 * @param category  the forecast category, not null
 * @param forecasts  the submissions that count with their actuals, by submitter then period, not null
 * @param superseded  the ids of the submissions replaced by a later one on or before the as-of date, sorted
 * @param afterAsOf  the ids of the submissions made after the as-of date, sorted, not null
 * @param accuracy  the accuracy of the forecasts that count, not null
 * @since 0.1.0
 */
public record ForecastSnapshot(LocalDate asOf, ForecastCategory category, List<ScoredForecast> forecasts,
                               List<String> superseded, List<String> afterAsOf, ForecastAccuracy accuracy) {

    /**
     * Validates and copies the parts.
     *
     * @param asOf  the as-of date, not null
     * @param category  the forecast category, not null
     * @param forecasts  the submissions that count with their actuals, by submitter then period, not null
     * @param superseded  the ids of the submissions replaced by a later one on or before the as-of date, sorted
     * @param afterAsOf  the ids of the submissions made after the as-of date, sorted, not null
     * @param accuracy  the accuracy of the forecasts that count, not null
     * @throws NullPointerException if a part is null
     */
    public ForecastSnapshot {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(category, "category");
        forecasts = List.copyOf(forecasts);
        superseded = List.copyOf(superseded);
        afterAsOf = List.copyOf(afterAsOf);
        Objects.requireNonNull(accuracy, "accuracy");
    }
}
