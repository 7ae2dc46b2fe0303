package io.github.revops.economics;

import io.github.revops.internal.Checks;
import io.github.revops.math.Rational;
import io.github.revops.money.CurrencyMismatchException;
import io.github.revops.money.ExactMoney;
import io.github.revops.money.Money;
import io.github.revops.result.Mergeable;

import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;

/**
 * Customer acquisition cost: spend divided by the new customers it is set against (docs/metrics.md, "Customer
 * acquisition cost (CAC)"). {@link CacReport} computes it from spend and new customers, blended, paid and per channel.
 *
 * <p>Both parts are kept, so CACs merge: the CAC of a quarter is its months' spend added over their new customers
 * added. Undefined with no new customer, never 0 or infinite; zero spend with new customers is a CAC of 0. Unlike a
 * {@link io.github.revops.result.MoneyAverage}, spend without a new customer is kept (a month that spent and won
 * nobody still adds its spend to the quarter), so the value is read with {@link #value()} (docs/decisions/0114).
 * <pre>{@code
 * Cac cac = Cac.of(ExactMoney.of(Money.parse("USD 12000.00")), 10);
 * cac.value();                                   // Optional[USD 1200.00] per customer
 * cac.amount(RoundingMode.HALF_EVEN);            // Optional[USD 1200.00]
 * }</pre>
 *
 * @param spend  the spend, not null
 * @param newCustomers  the number of new customers, not negative
 * @since 0.1.0
 */
public record Cac(ExactMoney spend, long newCustomers) implements Mergeable<Cac> {

    /**
     * Validates the parts.
     *
     * @param spend  the spend, not null
     * @param newCustomers  the number of new customers, not negative
     * @throws NullPointerException if the spend is null
     * @throws IllegalArgumentException if the count is negative
     */
    public Cac {
        Objects.requireNonNull(spend, "spend");
        Checks.nonNegative("newCustomers", newCustomers);
    }

    /**
     * Obtains a CAC from its parts.
     *
     * @param spend  the spend, not null
     * @param newCustomers  the number of new customers, not negative
     * @return the CAC, never null
     */
    public static Cac of(ExactMoney spend, long newCustomers) {
        return new Cac(spend, newCustomers);
    }

    /**
     * Returns no spend and no customer in a currency: the identity of {@link #combine}.
     *
     * @param currency  the currency, not null
     * @return the empty CAC, never null
     */
    public static Cac empty(Currency currency) {
        return new Cac(ExactMoney.zero(currency), 0);
    }

    /**
     * Checks if the CAC is defined: there is at least one new customer.
     *
     * @return true when defined
     */
    public boolean isDefined() {
        return newCustomers > 0;
    }

    /**
     * Returns the currency of the spend.
     *
     * @return the currency, never null
     */
    public Currency currency() {
        return spend.currency();
    }

    /**
     * Returns the CAC, spend per new customer, exact; undefined with no new customer.
     *
     * @return the CAC, or empty when undefined
     */
    public Optional<ExactMoney> value() {
        if (newCustomers == 0) {
            return Optional.empty();
        }
        return Optional.of(ExactMoney.ofMinor(spend.currency(), spend.minorUnits().divide(Rational.of(newCustomers))));
    }

    /**
     * Returns the CAC rounded to the currency's minor unit.
     *
     * @param rounding  the rounding mode, not null
     * @return the CAC, or empty when undefined
     */
    public Optional<Money> amount(RoundingMode rounding) {
        Objects.requireNonNull(rounding, "rounding");
        return value().map(v -> v.toMoney(rounding));
    }

    /**
     * Returns the CAC of both inputs together: spend and customers added.
     *
     * @param other  the other CAC, in the same currency, not null
     * @return the merged CAC, never null
     * @throws CurrencyMismatchException if the currencies differ
     */
    @Override
    public Cac combine(Cac other) {
        Objects.requireNonNull(other, "other");
        return new Cac(spend.plus(other.spend), Math.addExact(newCustomers, other.newCustomers));
    }
}
