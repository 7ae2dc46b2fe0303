/**
 * Forecast accuracy and quota attainment (METRICS.md 5): which submission counts at an as-of date, what was
 * actually won, and how far apart the two were.
 *
 * <p>{@link io.github.revops.forecast.ForecastScoring} applies the snapshot rule and finds the actuals;
 * {@link io.github.revops.forecast.ForecastAccuracy} is the mergeable result (MAPE, WAPE, bias, sMAPE, MAE, MSE,
 * RMSE); {@link io.github.revops.forecast.QuotaAttainment} sets won bookings against a quota.
 *
 * @since 0.1.0
 */
package io.github.revops.forecast;
