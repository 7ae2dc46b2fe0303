package io.github.revops.economics;

import io.github.revops.internal.Checks;
import io.github.revops.math.Rational;

import java.util.Objects;

/**
 * The choices behind a period's unit economics, each with its documented default (docs/metrics.md, "Unit economics
 * and forecast accuracy").
 * <pre>{@code
 * EconomicsOptions options = EconomicsOptions.DEFAULTS
 *         .withLagMonths(1)                          // March's customers against February's spend
 *         .withGrossMargin(Rational.of(3, 4));
 * }</pre>
 *
 * @param lagMonths  months between the spend and the acquisitions it is set against, not negative (default 0)
 * @param newCustomers  where new customers come from (default {@link NewCustomerSource#SUBSCRIPTIONS})
 * @param grossMargin  the gross margin applied to payback and LTV, between 0 and 1 (default 1: revenue basis)
 * @param churnWindowMonths  how many months before the month the trailing churn averages, at least 1
 *                           (default 6, as ChartMogul)
 * @since 0.1.0
 */
public record EconomicsOptions(int lagMonths, NewCustomerSource newCustomers, Rational grossMargin,
                               int churnWindowMonths) {

    /** No lag, new customers from subscriptions, gross margin 1, a six-month churn window. */
    public static final EconomicsOptions DEFAULTS = new EconomicsOptions(0, NewCustomerSource.SUBSCRIPTIONS,
            Rational.ONE, 6);

    /**
     * Validates the options.
     *
     * @param lagMonths  months between the spend and the acquisitions it is set against, not negative (default 0)
     * @param newCustomers  where new customers come from (default {@link NewCustomerSource#SUBSCRIPTIONS})
     * @param grossMargin  the gross margin applied to payback and LTV, between 0 and 1 (default 1: revenue basis)
     * @param churnWindowMonths  how many months before the month the trailing churn averages, at least 1
     *       (default 6, as ChartMogul)
     * @throws NullPointerException if an option is null
     * @throws IllegalArgumentException if the lag is negative, the margin outside [0, 1] or the window below 1
     */
    public EconomicsOptions {
        Checks.nonNegative("lagMonths", lagMonths);
        Objects.requireNonNull(newCustomers, "newCustomers");
        GrossMargin.check(grossMargin);
        Checks.positive("churnWindowMonths", churnWindowMonths);
    }

    /**
     * Returns a copy with another lag.
     *
     * @param months  the lag in months, not negative
     * @return the options, never null
     */
    public EconomicsOptions withLagMonths(int months) {
        return new EconomicsOptions(months, newCustomers, grossMargin, churnWindowMonths);
    }

    /**
     * Returns a copy with another source of new customers.
     *
     * @param source  the source, not null
     * @return the options, never null
     */
    public EconomicsOptions withNewCustomers(NewCustomerSource source) {
        return new EconomicsOptions(lagMonths, source, grossMargin, churnWindowMonths);
    }

    /**
     * Returns a copy with another gross margin.
     *
     * @param margin  the margin, between 0 and 1
     * @return the options, never null
     */
    public EconomicsOptions withGrossMargin(Rational margin) {
        return new EconomicsOptions(lagMonths, newCustomers, margin, churnWindowMonths);
    }

    /**
     * Returns a copy with another churn window.
     *
     * @param months  the number of months averaged, at least 1
     * @return the options, never null
     */
    public EconomicsOptions withChurnWindowMonths(int months) {
        return new EconomicsOptions(lagMonths, newCustomers, grossMargin, months);
    }
}
