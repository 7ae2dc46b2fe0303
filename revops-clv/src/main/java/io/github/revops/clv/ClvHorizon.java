package io.github.revops.clv;

import java.util.Objects;

/**
 * How far ahead and how steeply a customer lifetime value is discounted: a horizon in months, a monthly discount
 * rate, and the time unit the purchase model was fitted in.
 *
 * <p>lifetimes' {@code customer_lifetime_value} defaults to 12 months at 0.01 a month, pymc-marketing's to 12 months
 * at 0; revops has no default and asks for both.
 * <pre>{@code
 * ClvHorizon horizon = ClvHorizon.of(12, 0.01, RfmTimeUnit.WEEK);   // a year ahead, 1% a month, model in weeks
 * }</pre>
 *
 * <h2>Implementation Requirements:</h2>
 * This class is immutable and thread-safe.
 *
 * @param months  the horizon in months, from 1 to {@value #MAX_MONTHS}
 * @param monthlyDiscountRate  the discount rate per month, at least 0
 * @param unit  the time unit of the purchase model (weeks for a model fitted on weekly summaries), not null
 * @since 0.1.0
 */
public record ClvHorizon(int months, double monthlyDiscountRate, RfmTimeUnit unit) {

    /** The longest horizon, 100 years: the value is summed month by month. */
    public static final int MAX_MONTHS = 1200;

    /**
     * Validates the horizon.
     *
     * @param months  the horizon in months, from 1 to {@value #MAX_MONTHS}
     * @param monthlyDiscountRate  the discount rate per month, at least 0
     * @param unit  the time unit of the purchase model (weeks for a model fitted on weekly summaries), not null
     * @throws IllegalArgumentException if the months are outside 1 to {@value #MAX_MONTHS} or the rate negative or
     *         not finite
     * @throws NullPointerException if the unit is null
     */
    public ClvHorizon {
        Parameters.atLeast("months", months, 1);
        Parameters.atMost("months", months, MAX_MONTHS);
        Parameters.nonNegative("monthlyDiscountRate", monthlyDiscountRate);
        Objects.requireNonNull(unit, "unit");
    }

    /**
     * Obtains a horizon.
     *
     * @param months  the horizon in months, from 1 to {@value #MAX_MONTHS}
     * @param monthlyDiscountRate  the discount rate per month, at least 0
     * @param unit  the purchase model's time unit, not null
     * @return the horizon, never null
     * @throws IllegalArgumentException if an argument is out of range
     * @since 0.1.0
     */
    public static ClvHorizon of(int months, double monthlyDiscountRate, RfmTimeUnit unit) {
        return new ClvHorizon(months, monthlyDiscountRate, unit);
    }
}
