package io.github.revops.forecast;

import io.github.revops.internal.BoundedText;

import java.util.List;
import java.util.Objects;

/**
 * Thrown by MAPE under {@link ZeroActualPolicy#FAIL} when a forecast's actual is zero, naming those forecasts.
 *
 * @since 0.1.0
 */
public final class ZeroActualException extends ArithmeticException {

    private static final long serialVersionUID = 1L;

    /** The ids of the forecasts whose actual is zero, sorted. */
    private final List<String> forecastIds;

    /**
     * Creates the exception.
     *
     * @param forecastIds  the ids of the forecasts whose actual is zero, sorted, not null
     */
    public ZeroActualException(List<String> forecastIds) {
        super("MAPE is undefined: the actual of forecast(s) "
                + BoundedText.of(Objects.requireNonNull(forecastIds, "forecastIds").toString()) + " is 0 (policy FAIL)");
        this.forecastIds = List.copyOf(forecastIds);
    }

    /**
     * Returns the ids of the forecasts whose actual is zero.
     *
     * @return the ids, sorted, never null
     */
    public List<String> forecastIds() {
        return forecastIds;
    }
}
