package io.github.revops.pipeline;

import io.github.revops.internal.Checks;
import io.github.revops.math.Rational;
import io.github.revops.money.ExactMoney;
import io.github.revops.result.Mergeable;

import java.util.Currency;
import java.util.Objects;
import java.util.Optional;

/**
 * A set of deals reduced to what a metric needs from it: how many, and the exact sum of their amounts.
 *
 * <p>The amount is present exactly when the count is not zero, so the tally of no deal has no currency and merges
 * with a tally in any currency. It is an {@link ExactMoney} because amounts converted to a reporting currency
 * (docs/metrics.md#win-rate) can hold fractions of a minor unit; without conversion it is a whole number of minor
 * units.
 * <pre>{@code
 * WinRate rate = WinRate.of(deals, Period.quarter(2017, 3));
 * DealTally won = rate.closedWon();
 * won.count();          // 12
 * won.amount();         // Optional[USD 36000.00]
 * }</pre>
 *
 * @param count  how many deals, not negative
 * @param amount  the exact sum of their amounts, present exactly when count is not zero, not null
 * @since 0.1.0
 */
public record DealTally(long count, Optional<ExactMoney> amount) implements Mergeable<DealTally> {

    /** No deal: the identity of {@link #combine}. */
    public static final DealTally EMPTY = new DealTally(0, Optional.empty());

    /**
     * Validates the tally.
     *
     * @param count  how many deals, not negative
     * @param amount  the exact sum of their amounts, present exactly when count is not zero, not null
     * @throws IllegalArgumentException if the count is negative, or the amount is present with no deal or absent
     *         with some
     */
    public DealTally {
        Checks.nonNegative("count", count);
        Objects.requireNonNull(amount, "amount");
        if ((count == 0) != amount.isEmpty()) {
            throw new IllegalArgumentException("amount (" + amount.map(Object::toString).orElse("none")
                    + ") must be present exactly when count (" + count + ") is not zero");
        }
    }

    /**
     * Obtains the tally of some deals.
     *
     * @param count  how many deals, not negative
     * @param amount  the exact sum of their amounts, not null
     * @return the tally, {@link #EMPTY} when the count is zero, never null
     * @throws IllegalArgumentException if the count is negative, or zero with an amount that is not zero
     */
    public static DealTally of(long count, ExactMoney amount) {
        Objects.requireNonNull(amount, "amount");
        if (count == 0 && amount.isZero()) {
            return EMPTY;
        }
        return new DealTally(count, Optional.of(amount));
    }

    /**
     * The tally of {@code count} deals whose amounts sum to whole minor units and an exact rest (converted amounts),
     * {@link #EMPTY} for no deal: what the kernels' cells add up to.
     */
    static DealTally of(long count, Currency currency, long minorUnits, Rational rest) {
        if (count == 0) {
            return EMPTY;
        }
        Rational whole = Rational.of(minorUnits);
        return new DealTally(count, Optional.of(ExactMoney.ofMinor(currency, rest.isZero() ? whole : whole.add(rest))));
    }

    /** The exact sum in minor units of its currency, zero for no deal: the numbers a rate by value divides. */
    Rational minorUnits() {
        return amount.isPresent() ? amount.get().minorUnits() : Rational.ZERO;
    }

    /**
     * Returns the currency of the amounts, empty for no deal.
     *
     * @return the currency, or empty
     */
    public Optional<Currency> currency() {
        return amount.map(ExactMoney::currency);
    }

    /**
     * Returns the tally of both sets of deals: counts and amounts added.
     *
     * @param other  the other tally, not null
     * @return the merged tally, never null
     * @throws io.github.revops.money.CurrencyMismatchException if the amounts are in different currencies
     * @throws ArithmeticException if the count overflows
     */
    @Override
    public DealTally combine(DealTally other) {
        Objects.requireNonNull(other, "other");
        if (other.count == 0) {
            return this;
        }
        if (count == 0) {
            return other;
        }
        return new DealTally(Math.addExact(count, other.count), Optional.of(amount.get().plus(other.amount.get())));
    }
}
