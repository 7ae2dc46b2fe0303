package io.github.revops.result;

import io.github.revops.internal.Checks;
import io.github.revops.math.Rational;

import java.math.RoundingMode;
import java.util.Optional;

/**
 * An exact average of day counts that keeps its parts: how many values, and their sum in days.
 *
 * <p>The mean is {@code sumDays / count} as an exact {@link Rational}, empty when there is no value. Two averages
 * combine by adding their parts, which is exactly the average of the union.
 * <pre>{@code
 * DayAverage a = DayAverage.of(4, 100);   // 10, 20, 30, 40 days
 * a.mean();                               // Optional[25]
 * a.toString();                           // "25.00 days (100 days / 4)"
 * }</pre>
 *
 * @param count  how many values, not negative
 * @param sumDays  the sum of the values in days, not negative
 * @since 0.1.0
 */
public record DayAverage(long count, long sumDays) implements Mergeable<DayAverage> {

    /** No values: the identity of {@link #combine}. */
    public static final DayAverage EMPTY = new DayAverage(0, 0);

    /**
     * Creates the DayAverage, validating every component.
     *
     * @param count  how many values, not negative
     * @param sumDays  the sum of the values in days, not negative
     */
    public DayAverage {
        Checks.nonNegative("count", count);
        Checks.nonNegative("sumDays", sumDays);
    }

    /**
     * Obtains an average from its parts.
     *
     * @param count  how many values
     * @param sumDays  their sum
     * @return the average, never null
     */
    public static DayAverage of(long count, long sumDays) {
        return new DayAverage(count, sumDays);
    }

    /**
     * Checks if there is at least one value.
     *
     * @return true when defined
     */
    public boolean isDefined() {
        return count > 0;
    }

    /**
     * Returns the exact mean, empty when there is no value.
     *
     * @return the mean, or empty
     */
    public Optional<Rational> mean() {
        return count == 0 ? Optional.empty() : Optional.of(Rational.of(sumDays, count));
    }

    /**
     * Returns the mean as a ratio that keeps its parts.
     *
     * @return {@code sumDays / count}, never null
     */
    public Ratio toRatio() {
        return Ratio.of(sumDays, count);
    }

    /**
     * Returns the average of the union: parts added, with overflow checked.
     *
     * @param other  the other average, not null
     * @return the merged average, never null
     * @throws ArithmeticException if a part overflows
     */
    @Override
    public DayAverage combine(DayAverage other) {
        return new DayAverage(Math.addExact(count, other.count), Math.addExact(sumDays, other.sumDays));
    }

    /**
     * Returns the mean rounded half-even to two decimals with its parts, for people to read: {@code "25.00 days (100
     * days / 4)"}, or {@code "undefined (0 days / 0)"}. Not a parse format (docs/decisions/0130).
     *
     * @return the text form, never null
     */
    @Override
    public String toString() {
        String mean = mean().map(m -> m.toBigDecimal(2, RoundingMode.HALF_EVEN).toPlainString() + " days")
                .orElse("undefined");
        return mean + " (" + sumDays + " days / " + count + ")";
    }
}
