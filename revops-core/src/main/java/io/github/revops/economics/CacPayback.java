package io.github.revops.economics;

import io.github.revops.math.Rational;
import io.github.revops.result.Ratio;

import java.util.Objects;
import java.util.Optional;

/**
 * CAC payback in months: how many months of a new customer's gross margin repay what it cost to acquire them,
 * {@code CAC / (new MRR per new customer × gross margin)} (METRICS.md 4).
 *
 * <p>Its factors are kept. It is undefined (empty) when the CAC or the new MRR per customer is undefined, or the
 * divisor is zero; a CAC of 0 pays back in 0 months.
 * <pre>{@code
 * CacPayback p = CacPayback.of(Ratio.of(120000, 1), Ratio.of(18000, 1), Rational.of(3, 4));
 * p.months();    // Optional[80/9], 8.89 months
 * }</pre>
 *
 * @param cac  the CAC in minor units per customer, not null
 * @param newMrrPerNewCustomer  the new customers' MRR per new customer in minor units, not null
 * @param grossMargin  the gross margin, between 0 and 1, not null
 * @since 0.1.0
 */
public record CacPayback(Ratio cac, Ratio newMrrPerNewCustomer, Rational grossMargin) {

    /**
     * Validates the factors.
     *
     * @param cac  the CAC in minor units per customer, not null
     * @param newMrrPerNewCustomer  the new customers' MRR per new customer in minor units, not null
     * @param grossMargin  the gross margin, between 0 and 1, not null
     * @throws NullPointerException if a factor is null
     * @throws IllegalArgumentException if the margin is outside [0, 1]
     */
    public CacPayback {
        Objects.requireNonNull(cac, "cac");
        Objects.requireNonNull(newMrrPerNewCustomer, "newMrrPerNewCustomer");
        GrossMargin.check(grossMargin);
    }

    /**
     * Obtains the payback of its factors.
     *
     * @param cac  the CAC in minor units per customer, not null
     * @param newMrrPerNewCustomer  the new MRR per new customer in minor units, not null
     * @param grossMargin  the gross margin, between 0 and 1, not null
     * @return the payback, never null
     */
    public static CacPayback of(Ratio cac, Ratio newMrrPerNewCustomer, Rational grossMargin) {
        return new CacPayback(cac, newMrrPerNewCustomer, grossMargin);
    }

    /**
     * Returns the payback in months, exact.
     *
     * @return the months, or empty when undefined
     */
    public Optional<Rational> months() {
        Optional<Rational> c = cac.exactValue();
        Optional<Rational> mrr = newMrrPerNewCustomer.exactValue();
        if (c.isEmpty() || mrr.isEmpty()) {
            return Optional.empty();
        }
        Rational divisor = mrr.get().multiply(grossMargin);
        return divisor.isZero() ? Optional.empty() : Optional.of(c.get().divide(divisor));
    }

    /**
     * Checks if the payback is defined.
     *
     * @return true when defined
     */
    public boolean isDefined() {
        return months().isPresent();
    }
}
