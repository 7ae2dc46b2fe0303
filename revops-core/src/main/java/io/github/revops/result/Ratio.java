package io.github.revops.result;

import io.github.revops.math.Rational;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * An exact ratio that keeps its parts: {@code numerator / denominator}, undefined when the denominator is zero.
 *
 * <p>Win rates, churn rates, retention and accuracy are ratios of sums (of counts or of money). The parts are kept
 * as computed, not reduced (12 won of 20 closed stays 12/20), so a result can be audited and merged:
 * {@link #combine} adds numerators and denominators, which is exactly the ratio over the union of the inputs.
 * A ratio with a zero denominator is undefined: {@link #isDefined()} is false and {@link #value()} is empty, never
 * NaN, Infinity or 0.
 * <pre>{@code
 * Ratio winRate = Ratio.of(12, 20);
 * winRate.exactValue();                                  // Optional[3/5]
 * winRate.toBigDecimal(4, RoundingMode.HALF_EVEN);       // 0.6000
 * Ratio.of(0, 0).isDefined();                            // false
 * }</pre>
 *
 * @param numerator  the numerator as computed, not null
 * @param denominator  the denominator as computed, not null
 * @since 0.1.0
 */
public record Ratio(Rational numerator, Rational denominator) implements Mergeable<Ratio> {

    /** The empty ratio {@code 0/0}: undefined, and the identity of {@link #combine}. */
    public static final Ratio EMPTY = new Ratio(Rational.ZERO, Rational.ZERO);

    /**
     * Creates the Ratio, validating every component.
     *
     * @param numerator  the numerator as computed, not null
     * @param denominator  the denominator as computed, not null
     */
    public Ratio {
        Objects.requireNonNull(numerator, "numerator");
        Objects.requireNonNull(denominator, "denominator");
    }

    /**
     * Obtains a ratio of two counts.
     *
     * @param numerator  the numerator
     * @param denominator  the denominator
     * @return the ratio, never null
     */
    public static Ratio of(long numerator, long denominator) {
        return new Ratio(Rational.of(numerator), Rational.of(denominator));
    }

    /**
     * Obtains a ratio of two exact numbers.
     *
     * @param numerator  the numerator, not null
     * @param denominator  the denominator, not null
     * @return the ratio, never null
     */
    public static Ratio of(Rational numerator, Rational denominator) {
        return new Ratio(numerator, denominator);
    }

    /**
     * Checks if the ratio is defined, that is its denominator is not zero.
     *
     * @return true when defined
     */
    public boolean isDefined() {
        return !denominator.isZero();
    }

    /**
     * Returns the exact value, empty when undefined.
     *
     * @return the value in lowest terms, or empty
     */
    public Optional<Rational> exactValue() {
        return isDefined() ? Optional.of(numerator.divide(denominator)) : Optional.empty();
    }

    /**
     * Returns the value as a double for display and ranking, empty when undefined.
     *
     * @return the value, or empty
     */
    public OptionalDouble value() {
        return isDefined() ? OptionalDouble.of(numerator.divide(denominator).doubleValue()) : OptionalDouble.empty();
    }

    /**
     * Returns the value as a decimal, rounded as asked.
     *
     * @param scale  the number of decimal places
     * @param rounding  the rounding mode, not null
     * @return the rounded value, never null
     * @throws IllegalStateException if the ratio is undefined
     */
    public BigDecimal toBigDecimal(int scale, RoundingMode rounding) {
        if (!isDefined()) {
            throw new IllegalStateException("ratio " + this + " is undefined (denominator 0)");
        }
        return numerator.divide(denominator).toBigDecimal(scale, rounding);
    }

    /**
     * Returns the ratio over the union of both inputs: numerators and denominators added.
     *
     * @param other  the other ratio, not null
     * @return the merged ratio, never null
     */
    @Override
    public Ratio combine(Ratio other) {
        Objects.requireNonNull(other, "other");
        return new Ratio(numerator.add(other.numerator), denominator.add(other.denominator));
    }

    /**
     * Returns the parts as computed, such as {@code "12/20"}; a part that is a fraction is bracketed,
     * as in {@code "(13000/3)/100"}.
     *
     * @return the text form, never null
     */
    @Override
    public String toString() {
        return part(numerator) + "/" + part(denominator);
    }

    private static String part(Rational r) {
        return r.isWhole() ? r.toString() : "(" + r + ")";
    }
}
