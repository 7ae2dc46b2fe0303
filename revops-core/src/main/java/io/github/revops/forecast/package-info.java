/**
 * Forecast accuracy and quota attainment (docs/metrics.md, "Forecast accuracy"): which submission counts at an as-of
 * date, what was actually won, and how far apart the two were.
 *
 * <p>Every metric reads a {@link io.github.revops.forecast.ForecastInput} (submissions, deals, quotas and an
 * optional roll-up of owners to managers), a period and its own choices, with the verbs of every family:
 * {@link io.github.revops.forecast.ForecastSnapshot#of}, {@link io.github.revops.forecast.ForecastAccuracy#of},
 * {@code by} and {@code series}, {@link io.github.revops.forecast.AccuracyByWeek#of} and
 * {@link io.github.revops.forecast.QuotaAttainment#of}, {@code by} and {@code series}; each also takes a
 * {@link io.github.revops.money.ReportingCurrency} that converts amounts in other currencies.
 * {@link io.github.revops.forecast.ForecastAccuracy} is the mergeable result (MAPE, WAPE, bias, sMAPE, MAE, MSE,
 * RMSE).
 *
 * @since 0.1.0
 */
package io.github.revops.forecast;
