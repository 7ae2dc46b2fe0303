package io.github.revops.money;

import io.github.revops.internal.BoundedText;
import io.github.revops.math.Rational;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;

/**
 * An exact amount of money that may hold a fraction of a minor unit, such as the monthly value of a weekly plan.
 *
 * <p>revops never rounds in the middle of a computation: MRR is summed as {@code ExactMoney} and rounded once, at
 * the end, with {@link #toMoney(RoundingMode)}. The amount is an exact {@link Rational} number of minor units.
 * <pre>{@code
 * ExactMoney weekly = Money.parse("USD 10.00").toExact().multipliedBy(Rational.of(52, 12));
 * weekly.minorUnits();                        // 13000/3 cents
 * weekly.toMoney(RoundingMode.HALF_EVEN);     // USD 43.33
 * }</pre>
 *
 * <h2>Implementation Requirements:</h2>
 * This class is immutable and thread-safe. It must be treated as a value type.
 *
 * @since 0.1.0
 */
public final class ExactMoney implements Comparable<ExactMoney> {


    /** The currency. */
    private final Currency currency;
    /** The exact amount in minor units. */
    private final Rational minorUnits;

    private ExactMoney(Currency currency, Rational minorUnits) {
        this.currency = currency;
        this.minorUnits = minorUnits;
    }

    /**
     * Obtains an exact amount from a number of minor units, which may be a fraction.
     *
     * @param currency  the currency, not null
     * @param minorUnits  the amount in minor units, not null
     * @return the amount, never null
     */
    public static ExactMoney ofMinor(Currency currency, Rational minorUnits) {
        return new ExactMoney(Money.checkCurrency(currency), Objects.requireNonNull(minorUnits, "minorUnits"));
    }

    /**
     * Obtains the exact form of an amount of money.
     *
     * @param money  the money, not null
     * @return the exact amount, never null
     */
    public static ExactMoney of(Money money) {
        Objects.requireNonNull(money, "money");
        return new ExactMoney(money.currency(), Rational.of(money.minorUnits()));
    }

    /**
     * Obtains zero in a currency.
     *
     * @param currency  the currency, not null
     * @return zero, never null
     */
    public static ExactMoney zero(Currency currency) {
        return new ExactMoney(Money.checkCurrency(currency), Rational.ZERO);
    }

    /**
     * Returns the currency.
     *
     * @return the currency, never null
     */
    public Currency currency() {
        return currency;
    }

    /**
     * Returns the exact amount in minor units.
     *
     * @return the minor units, never null
     */
    public Rational minorUnits() {
        return minorUnits;
    }

    /**
     * Returns the exact amount in major units (dollars for USD).
     *
     * @return the amount, never null
     */
    public Rational amount() {
        return minorUnits.divide(Rational.of(BigDecimal.ONE.scaleByPowerOfTen(currency.getDefaultFractionDigits())));
    }

    /**
     * Returns the exact sum.
     *
     * @param other  the amount to add, not null
     * @return the sum, never null
     * @throws CurrencyMismatchException if the currencies differ
     */
    public ExactMoney plus(ExactMoney other) {
        checkSameCurrency(other);
        return new ExactMoney(currency, minorUnits.add(other.minorUnits));
    }

    /**
     * Returns the exact difference.
     *
     * @param other  the amount to subtract, not null
     * @return the difference, never null
     * @throws CurrencyMismatchException if the currencies differ
     */
    public ExactMoney minus(ExactMoney other) {
        checkSameCurrency(other);
        return new ExactMoney(currency, minorUnits.subtract(other.minorUnits));
    }

    /**
     * Returns the exact product with a rational factor.
     *
     * @param factor  the factor, not null
     * @return the product, never null
     */
    public ExactMoney multipliedBy(Rational factor) {
        Objects.requireNonNull(factor, "factor");
        return new ExactMoney(currency, minorUnits.multiply(factor));
    }

    /**
     * Returns the negated amount.
     *
     * @return the negated amount, never null
     */
    public ExactMoney negated() {
        return new ExactMoney(currency, minorUnits.negate());
    }

    /**
     * Returns -1, 0 or 1 as the amount is negative, zero or positive.
     *
     * @return the sign
     */
    public int signum() {
        return minorUnits.signum();
    }

    /**
     * Checks if the amount is zero.
     *
     * @return true when zero
     */
    public boolean isZero() {
        return minorUnits.isZero();
    }

    /**
     * Rounds the amount to the currency's scale; the one lossy step, taken at the end.
     *
     * @param rounding  the rounding mode, not null
     * @return the rounded money, never null
     * @throws ArithmeticException if rounding is {@code UNNECESSARY} but needed, or the amount is too large
     */
    public Money toMoney(RoundingMode rounding) {
        return rounded(rounding)
                .orElseThrow(() -> MoneyAmounts.tooLarge("amount (" + BoundedText.of(toString()) + ")"));
    }

    /** The amount rounded to whole minor units, empty when those do not fit a {@code long}. */
    private Optional<Money> rounded(RoundingMode rounding) {
        BigInteger rounded = minorUnits.toBigDecimal(0, rounding).toBigIntegerExact();
        return rounded.bitLength() > Long.SIZE - 1 ? Optional.empty()
                : Optional.of(Money.ofMinor(currency, rounded.longValue()));
    }

    @Override
    public int compareTo(ExactMoney other) {
        checkSameCurrency(other);
        return minorUnits.compareTo(other.minorUnits);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof ExactMoney other && currency.equals(other.currency) && minorUnits.equals(other.minorUnits);
    }

    @Override
    public int hashCode() {
        return currency.hashCode() * 31 + minorUnits.hashCode();
    }

    /**
     * Returns the amount for people to read: at the currency's scale when it is a whole number of minor units, such
     * as {@code "USD 1200.00"}, otherwise rounded half-even with the exact minor units beside it, such as
     * {@code "USD 43.33 (exact 13000/3 minor)"}; an amount beyond a {@code long} of minor units shows only the exact
     * minor units, such as {@code "USD 10000000000000000000000 minor"}. Not a parse format.
     *
     * @return the text form, never null
     */
    @Override
    public String toString() {
        return rounded(RoundingMode.HALF_EVEN)
                .map(shown -> minorUnits.isWhole() ? shown.toString() : shown + " (exact " + minorUnits + " minor)")
                .orElseGet(() -> currency.getCurrencyCode() + ' ' + minorUnits + " minor");
    }

    private void checkSameCurrency(ExactMoney other) {
        Objects.requireNonNull(other, "other");
        if (!currency.equals(other.currency)) {
            throw new CurrencyMismatchException(currency, other.currency);
        }
    }
}
