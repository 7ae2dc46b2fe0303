package io.github.revops.forecast;

import io.github.revops.internal.Checks;
import io.github.revops.math.Rational;
import io.github.revops.result.Ratio;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The mean absolute percentage error, {@code mean(|F - A| / A)}, with how many forecasts it left out because their
 * actual was zero ({@link ZeroActualPolicy#EXCLUDE}).
 *
 * <p>The ratio keeps its parts: the sum of the percentage errors over the number of forecasts with a non-zero
 * actual. It is a fraction (0.25 is 25 %), undefined when no forecast had a non-zero actual.
 * <pre>{@code
 * Mape mape = accuracy.mape();
 * mape.ratio().exactValue();   // Optional[4/15] for F [0.9, 15, 1.2e6] against A [1, 10, 1e6]
 * mape.excluded();             // 0
 * }</pre>
 *
 * @param ratio  the sum of the absolute percentage errors over the number of forecasts scored, not null
 * @param excluded  how many forecasts were left out for a zero actual, not negative
 * @since 0.1.0
 */
public record Mape(Ratio ratio, long excluded) {

    /**
     * Validates the parts.
     *
     * @param ratio  the sum of the absolute percentage errors over the number of forecasts scored, not null
     * @param excluded  how many forecasts were left out for a zero actual, not negative
     * @throws NullPointerException if the ratio is null
     * @throws IllegalArgumentException if {@code excluded} is negative
     */
    public Mape {
        Objects.requireNonNull(ratio, "ratio");
        Checks.nonNegative("excluded", excluded);
    }

    /**
     * Checks if the MAPE is defined: at least one forecast had a non-zero actual.
     *
     * @return true when defined
     */
    public boolean isDefined() {
        return ratio.isDefined();
    }

    /**
     * Returns the exact MAPE, empty when undefined.
     *
     * @return the value, or empty
     */
    public Optional<Rational> exactValue() {
        return ratio.exactValue();
    }

    /**
     * Returns the MAPE as a double for display, empty when undefined.
     *
     * @return the value, or empty
     */
    public OptionalDouble value() {
        return ratio.value();
    }
}
