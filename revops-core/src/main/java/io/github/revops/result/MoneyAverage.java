package io.github.revops.result;

import io.github.revops.internal.Checks;
import io.github.revops.math.Rational;
import io.github.revops.money.CurrencyMismatchException;
import io.github.revops.money.ExactMoney;
import io.github.revops.money.Money;

import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;

/**
 * An exact amount of money per unit that keeps its parts: a total and how many it is spread over. Average won deal
 * size (amount won / deals won), ARPA (MRR / paying customers), new MRR per new customer and CAC (spend / new
 * customers) are such averages.
 *
 * <p>The mean is {@code total / count} as {@link ExactMoney} in the total's currency, empty when the count is 0
 * (undefined, never 0). Two averages in one currency combine by adding their parts, which is exactly the average of
 * the union. Nothing is rounded until {@link #toMoney(RoundingMode)}.
 * <pre>{@code
 * MoneyAverage deal = MoneyAverage.of(ExactMoney.of(Money.parse("USD 100.00")), 3);
 * deal.mean();                              // Optional[USD 33.33 (exact 10000/3 minor)]
 * deal.toMoney(RoundingMode.HALF_EVEN);     // Optional[USD 33.33]
 * deal.toString();                          // "USD 33.33 (USD 100.00 / 3)"
 * }</pre>
 *
 * @param total  the money spread over the count, not negative, not null
 * @param count  how many units the total is spread over, not negative
 * @since 0.1.0
 */
public record MoneyAverage(ExactMoney total, long count) implements Mergeable<MoneyAverage> {

    /** The largest amount of minor units a {@link Money} holds. */
    private static final Rational LARGEST = Rational.of(Long.MAX_VALUE);

    /**
     * Creates the MoneyAverage, validating every component.
     *
     * @param total  the money spread over the count, not negative, not null
     * @param count  how many units the total is spread over, not negative
     * @throws IllegalArgumentException if the total or the count is negative, or the total is not zero for a count
     *         of 0
     */
    public MoneyAverage {
        Objects.requireNonNull(total, "total");
        Checks.nonNegative("count", count);
        if (total.signum() < 0) {
            throw new IllegalArgumentException("total (" + total + ") must not be negative");
        }
        if (count == 0 && !total.isZero()) {
            throw new IllegalArgumentException("total (" + total + ") must be zero when count is 0");
        }
    }

    /**
     * Obtains an average from its parts.
     *
     * @param total  the money, not negative, not null
     * @param count  how many units, not negative
     * @return the average, never null
     */
    public static MoneyAverage of(ExactMoney total, long count) {
        return new MoneyAverage(total, count);
    }

    /**
     * Obtains the empty average in a currency: nothing over 0, undefined; the identity of {@link #combine}.
     *
     * @param currency  the currency, not null
     * @return the empty average, never null
     */
    public static MoneyAverage empty(Currency currency) {
        return new MoneyAverage(ExactMoney.zero(currency), 0);
    }

    /**
     * Returns the currency of the total and the mean.
     *
     * @return the currency, never null
     */
    public Currency currency() {
        return total.currency();
    }

    /**
     * Checks if the count is above 0, so that the mean exists.
     *
     * @return true when defined
     */
    public boolean isDefined() {
        return count > 0;
    }

    /**
     * Returns the exact mean, total / count, empty when the count is 0.
     *
     * @return the mean, or empty
     */
    public Optional<ExactMoney> mean() {
        if (count == 0) {
            return Optional.empty();
        }
        return Optional.of(ExactMoney.ofMinor(total.currency(), total.minorUnits().divide(Rational.of(count))));
    }

    /**
     * Returns the mean rounded to the currency's minor unit, empty when the count is 0.
     *
     * @param rounding  the rounding mode, not null
     * @return the rounded mean, or empty
     * @throws ArithmeticException if rounding is {@code UNNECESSARY} but needed
     */
    public Optional<Money> toMoney(RoundingMode rounding) {
        Objects.requireNonNull(rounding, "rounding");
        return mean().map(m -> m.toMoney(rounding));
    }

    /**
     * Returns the average of the union: totals and counts added.
     *
     * @param other  the other average, in the same currency, not null
     * @return the merged average, never null
     * @throws CurrencyMismatchException if the currencies differ
     * @throws ArithmeticException if the count overflows
     */
    @Override
    public MoneyAverage combine(MoneyAverage other) {
        Objects.requireNonNull(other, "other");
        return new MoneyAverage(total.plus(other.total), Math.addExact(count, other.count));
    }

    /**
     * Returns the mean rounded half-even to the minor unit with its parts, such as {@code "USD 33.33 (USD 100.00 /
     * 3)"}, or {@code "undefined (USD 0.00 / 0)"}; an amount too large for {@link Money} is shown exact, in minor
     * units.
     *
     * @return the text form, never null
     */
    @Override
    public String toString() {
        String mean = mean().map(m -> fitsMoney(m) ? m.toMoney(RoundingMode.HALF_EVEN).toString() : m.toString())
                .orElse("undefined");
        return mean + " (" + display(total) + " / " + count + ")";
    }

    private static String display(ExactMoney money) {
        if (!fitsMoney(money)) {
            return money.toString();
        }
        Money rounded = money.toMoney(RoundingMode.HALF_EVEN);
        return ExactMoney.of(rounded).equals(money) ? rounded.toString()
                : money.currency().getCurrencyCode() + ' ' + money.minorUnits() + " minor";
    }

    /** Whether the amount rounds to a {@code long} of minor units in any rounding mode. */
    private static boolean fitsMoney(ExactMoney money) {
        return money.minorUnits().abs().compareTo(LARGEST) < 0;
    }
}
