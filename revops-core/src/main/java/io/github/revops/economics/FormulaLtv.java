package io.github.revops.economics;

import io.github.revops.math.Rational;
import io.github.revops.result.Ratio;

import java.util.Objects;
import java.util.Optional;

/**
 * Formula-based customer lifetime value, {@code ARPA × gross margin / monthly customer churn} (METRICS.md 6,
 * ChartMogul's definition with a margin).
 *
 * <p>Its factors are kept. It is undefined (empty) when ARPA or the churn is undefined, or the churn is zero: a
 * business that lost nobody has no finite lifetime to report, and revops never returns Infinity.
 * <pre>{@code
 * FormulaLtv ltv = FormulaLtv.of(Ratio.of(10000, 1), Rational.ONE, Ratio.of(1, 20));
 * ltv.value();                              // Optional[200000] minor units: 2,000.00
 * ltv.toCac(Ratio.of(50000, 1));            // Optional[4]: LTV:CAC
 * }</pre>
 *
 * @param arpa  the average MRR per paying customer, in minor units, not null
 * @param grossMargin  the gross margin, between 0 and 1, not null
 * @param churn  the monthly customer churn rate (typically a trailing mean), not null
 * @since 0.1.0
 */
public record FormulaLtv(Ratio arpa, Rational grossMargin, Ratio churn) {

    /**
     * Validates the factors.
     *
     * @param arpa  the average MRR per paying customer, in minor units, not null
     * @param grossMargin  the gross margin, between 0 and 1, not null
     * @param churn  the monthly customer churn rate (typically a trailing mean), not null
     * @throws NullPointerException if a factor is null
     * @throws IllegalArgumentException if the margin is outside [0, 1]
     */
    public FormulaLtv {
        Objects.requireNonNull(arpa, "arpa");
        GrossMargin.check(grossMargin);
        Objects.requireNonNull(churn, "churn");
    }

    /**
     * Obtains the LTV of its factors.
     *
     * @param arpa  the ARPA in minor units, not null
     * @param grossMargin  the gross margin, between 0 and 1, not null
     * @param churn  the monthly churn rate, not null
     * @return the LTV, never null
     */
    public static FormulaLtv of(Ratio arpa, Rational grossMargin, Ratio churn) {
        return new FormulaLtv(arpa, grossMargin, churn);
    }

    /**
     * Returns the LTV in minor units, exact.
     *
     * @return the LTV, or empty when undefined
     */
    public Optional<Rational> value() {
        Optional<Rational> a = arpa.exactValue();
        Optional<Rational> c = churn.exactValue();
        if (a.isEmpty() || c.isEmpty() || c.get().isZero()) {
            return Optional.empty();
        }
        return Optional.of(a.get().multiply(grossMargin).divide(c.get()));
    }

    /**
     * Checks if the LTV is defined.
     *
     * @return true when defined
     */
    public boolean isDefined() {
        return value().isPresent();
    }

    /**
     * Returns the LTV:CAC ratio (a common rule of thumb asks for 3 or more).
     *
     * @param cac  the CAC in minor units per customer, not null
     * @return LTV / CAC, or empty when either is undefined or the CAC is zero
     */
    public Optional<Rational> toCac(Ratio cac) {
        Optional<Rational> ltv = value();
        Optional<Rational> c = cac.exactValue();
        if (ltv.isEmpty() || c.isEmpty() || c.get().isZero()) {
            return Optional.empty();
        }
        return Optional.of(ltv.get().divide(c.get()));
    }
}
