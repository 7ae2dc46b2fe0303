package io.github.revops.forecast;

/**
 * What MAPE does with a forecast whose actual is zero, where its percentage error {@code |F - A| / A} has no value.
 *
 * <p>The field disagrees: scikit-learn divides by a tiny epsilon, utilsforecast counts the term as 0, yardstick
 * returns Infinity. revops never invents a number: it leaves such forecasts out and says how many
 * ({@link #EXCLUDE}, the default of docs/metrics.md, "Forecast accuracy"), or refuses ({@link #FAIL}). Only MAPE is
 * affected; WAPE, bias, sMAPE, MAE and RMSE use every forecast.
 * <pre>{@code
 * accuracy.mape(ZeroActualPolicy.EXCLUDE).excluded();   // how many were left out
 * accuracy.mape(ZeroActualPolicy.FAIL);                 // throws ZeroActualException if any actual is 0
 * }</pre>
 *
 * @since 0.1.0
 */
public enum ZeroActualPolicy {

    /** Leave forecasts with a zero actual out of MAPE and report how many were left out (the default). */
    EXCLUDE,

    /** Throw {@link ZeroActualException} naming the forecasts with a zero actual. */
    FAIL
}
