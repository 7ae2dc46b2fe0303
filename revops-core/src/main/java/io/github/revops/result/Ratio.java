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
 * winRate.percent(1, RoundingMode.HALF_EVEN);            // Optional[60.0]
 * winRate.toString();                                    // "12/20 (60.00 %)"
 * Ratio.of(0, 0).isDefined();                            // false
 * Ratio.of(0, 0).percent(1, RoundingMode.HALF_EVEN);     // Optional.empty
 * }</pre>
 *
 * <p>{@link #toString()} is for people reading a log or a debugger: the parts as computed and the percentage rounded
 * half-even to two decimals. It is not a parse format (a ratio is a result, not a value type; docs/decisions/0130);
 * the exact value is {@link #exactValue()} and the parts are the components.
 *
 * @param numerator  the numerator as computed, not null
 * @param denominator  the denominator as computed, not null
 * @since 0.1.0
 */
public record Ratio(Rational numerator, Rational denominator) implements Mergeable<Ratio> {

    /** The empty ratio {@code 0/0}: undefined, and the identity of {@link #combine}. */
    public static final Ratio EMPTY = new Ratio(Rational.ZERO, Rational.ZERO);

    private static final Rational HUNDRED = Rational.of(100);
    private static final int SHOWN_DECIMALS = 2;

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
     * @throws IllegalStateException if the ratio is undefined; {@link #percent} is empty instead
     */
    public BigDecimal toBigDecimal(int scale, RoundingMode rounding) {
        if (!isDefined()) {
            throw new IllegalStateException("ratio " + parts() + " is undefined (denominator 0)");
        }
        return numerator.divide(denominator).toBigDecimal(scale, rounding);
    }

    /**
     * Returns the value in percent (100 times the value), rounded as asked, empty when undefined: what a table or a
     * dashboard shows, with no {@link #isDefined()} guard needed.
     * <pre>{@code
     * Ratio.of(1257, 2047).percent(1, RoundingMode.HALF_EVEN);   // Optional[61.4]
     * Ratio.of(2, 3).percent(0, RoundingMode.DOWN);              // Optional[66]
     * Ratio.of(0, 0).percent(1, RoundingMode.HALF_EVEN);         // Optional.empty
     * }</pre>
     *
     * @param scale  the number of decimal places of the percentage (negative rounds to tens, hundreds...), as in
     *               {@link BigDecimal#setScale(int, RoundingMode)}
     * @param rounding  the rounding mode, not null
     * @return the percentage at that scale, or empty when the ratio is undefined
     * @throws ArithmeticException if rounding is {@code UNNECESSARY} but needed
     */
    public Optional<BigDecimal> percent(int scale, RoundingMode rounding) {
        Objects.requireNonNull(rounding, "rounding");
        return exactValue().map(v -> v.multiply(HUNDRED).toBigDecimal(scale, rounding));
    }

    /**
     * Returns the ratio over the union of both inputs: numerators and denominators added.
     *
     * @param other  the other ratio, not null
     * @return the merged ratio, never null
     */
    @Override
    public Ratio combine(Ratio other) {
        return new Ratio(numerator.add(other.numerator), denominator.add(other.denominator));
    }

    /**
     * Returns the parts as computed and the percentage rounded half-even to two decimals, for people to read:
     * {@code "12/20 (60.00 %)"}. A part that is a fraction is bracketed, as in {@code "(130/3)/100 (43.33 %)"}; an
     * undefined ratio reads {@code "0/0 (undefined)"}. Not a parse format: the exact value is {@link #exactValue()}.
     *
     * @return the text form, never null
     */
    @Override
    public String toString() {
        String percent = percent(SHOWN_DECIMALS, RoundingMode.HALF_EVEN).map(p -> p.toPlainString() + " %")
                .orElse("undefined");
        return parts() + " (" + percent + ")";
    }

    private String parts() {
        return part(numerator) + "/" + part(denominator);
    }

    private static String part(Rational r) {
        return r.isWhole() ? r.toString() : "(" + r + ")";
    }
}
