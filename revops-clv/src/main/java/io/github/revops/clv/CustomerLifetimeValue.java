package io.github.revops.clv;

import io.github.revops.money.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * A customer's predicted lifetime value over a horizon: expected purchases from BG/NBD times expected spend per
 * purchase from Gamma-Gamma, discounted month by month.
 *
 * <p>The discretisation is lifetimes' {@code customer_lifetime_value}: with f the time units per month
 * ({@link RfmTimeUnit#periodsPerMonth()}: 4.345 weeks or 30 days) and d the monthly discount rate,
 * <pre>
 *   value = sum over i = 1..months of  spend * (E[Y(i f) | x, t_x, T] - E[Y((i-1) f) | x, t_x, T]) / (1 + d)^i
 * </pre>
 * so the purchases expected in month i are discounted by a full i months (end-of-month convention). The result is
 * an estimate in the currency's major units; {@link #toMoney(RoundingMode)} rounds it once, explicitly.
 * <pre>{@code
 * CustomerLifetimeValue clv = CustomerLifetimeValue.of(customer, bgnbd, gammaGamma,
 *         ClvHorizon.of(12, 0.01, RfmTimeUnit.WEEK));
 * clv.value();                                 // 36.27 for CDNOW customer 1 (12 months at 1%)
 * clv.toMoney(RoundingMode.HALF_EVEN);         // USD 36.27
 * }</pre>
 *
 * <h2>Implementation Requirements:</h2>
 * This class is immutable and thread-safe.
 *
 * @param customerId  the customer, not blank
 * @param expectedPurchases  the purchases expected over the horizon, undiscounted, at least 0
 * @param expectedAverageSpend  the expected spend per purchase, at least 0
 * @param value  the discounted value over the horizon, in major units of the currency, at least 0
 * @param currency  the currency of the customer's spend, not null
 * @since 0.1.0
 */
public record CustomerLifetimeValue(String customerId, double expectedPurchases, double expectedAverageSpend,
                                    double value, Currency currency) {

    /**
     * Validates the value.
     *
     * @param customerId  the customer, not blank
     * @param expectedPurchases  the purchases expected over the horizon, undiscounted, at least 0
     * @param expectedAverageSpend  the expected spend per purchase, at least 0
     * @param value  the discounted value over the horizon, in major units of the currency, at least 0
     * @param currency  the currency of the customer's spend, not null
     * @throws IllegalArgumentException if the id is blank or a number negative or not finite
     * @throws NullPointerException if the id or currency is null
     */
    public CustomerLifetimeValue {
        Objects.requireNonNull(customerId, "customerId");
        if (customerId.isBlank()) {
            throw new IllegalArgumentException("customerId ('" + customerId + "') must not be blank");
        }
        Parameters.nonNegative("expectedPurchases", expectedPurchases);
        Parameters.nonNegative("expectedAverageSpend", expectedAverageSpend);
        Parameters.nonNegative("value", value);
        Objects.requireNonNull(currency, "currency");
    }

    /**
     * Computes a customer's lifetime value over a horizon.
     *
     * @param customer  the customer's calibration summary, not null
     * @param purchases  the fitted purchase model, in the horizon's time unit, not null
     * @param spend  the fitted spend model, not null
     * @param horizon  the horizon, discount rate and time unit, not null
     * @return the value, never null
     * @throws IllegalStateException if the spend model's mean does not exist (q &lt;= 1)
     * @since 0.1.0
     */
    public static CustomerLifetimeValue of(RfmSummary customer, BetaGeometricNbd purchases, GammaGamma spend,
                                           ClvHorizon horizon) {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(purchases, "purchases");
        Objects.requireNonNull(spend, "spend");
        Objects.requireNonNull(horizon, "horizon");
        double perPurchase = spend.conditionalExpectedAverageSpend(customer);
        double f = horizon.unit().periodsPerMonth();
        double previous = 0.0;
        double discounted = 0.0;
        for (int i = 1; i <= horizon.months(); i++) {
            double cumulative = purchases.conditionalExpectedPurchases(i * f, customer);
            discounted += perPurchase * (cumulative - previous) / Math.pow(1 + horizon.monthlyDiscountRate(), i);
            previous = cumulative;
        }
        return new CustomerLifetimeValue(customer.customerId(), previous, perPurchase, discounted,
                customer.repeatSpend().currency());
    }

    /**
     * Returns the value as money, rounded once to the currency's scale.
     *
     * @param rounding  the rounding mode, not null
     * @return the value, never null
     * @since 0.1.0
     */
    public Money toMoney(RoundingMode rounding) {
        return Money.of(currency, BigDecimal.valueOf(value), rounding);
    }
}
