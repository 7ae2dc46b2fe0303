package io.github.revops.money;

import io.github.revops.internal.BoundedText;
import io.github.revops.math.Rational;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * An exact amount of money in one ISO-4217 currency, held at that currency's scale (2 for USD, 0 for JPY).
 *
 * <p>The amount is a whole number of minor units (cents), so sums are exact and an overflow throws
 * {@link ArithmeticException} instead of wrapping. Amounts in different currencies are never combined: that throws
 * {@link CurrencyMismatchException}. Every lossy step (multiplying or dividing by a ratio) takes an explicit
 * {@link RoundingMode}; the exact sum of money with fractions of a minor unit is {@link ExactMoney}.
 * <pre>{@code
 * Money price = Money.parse("USD 25.95");
 * Money total = price.plus(Money.of("USD", new BigDecimal("4.05")));   // USD 30.00
 * List<Money> parts = total.allocate(1, 1, 1);                        // 10.00, 10.00, 10.00
 * Money third = Money.parse("USD 10.00").dividedBy(3, RoundingMode.HALF_EVEN); // USD 3.33
 * }</pre>
 *
 * <p>{@link #toString()} gives {@code "USD 25.95"} and {@link #parse} reads it back; two amounts are equal exactly
 * when their text forms are equal.
 *
 * <h2>Implementation Requirements:</h2>
 * This class is immutable and thread-safe. It must be treated as a value type: do not synchronize, rely on the
 * identity hash code or use the distinction between {@code equals()} and {@code ==}.
 *
 * @since 0.1.0
 */
public final class Money implements Comparable<Money> {


    /** The currency. */
    private final Currency currency;
    /** The amount in minor units. */
    private final long minorUnits;

    private Money(Currency currency, long minorUnits) {
        this.currency = currency;
        this.minorUnits = minorUnits;
    }

    /**
     * Obtains an amount from whole minor units (cents for USD, yen for JPY).
     *
     * @param currency  the currency, not null, with a defined number of fraction digits
     * @param minorUnits  the amount in minor units
     * @return the amount, never null
     * @throws IllegalArgumentException if the currency has no defined scale (XAU, XXX)
     */
    public static Money ofMinor(Currency currency, long minorUnits) {
        return new Money(checkCurrency(currency), minorUnits);
    }

    /**
     * Obtains an amount from whole minor units, the currency given by its ISO-4217 code.
     *
     * @param currencyCode  the ISO-4217 code, not null
     * @param minorUnits  the amount in minor units
     * @return the amount, never null
     * @throws IllegalArgumentException if the code is not a known currency with a defined scale
     */
    public static Money ofMinor(String currencyCode, long minorUnits) {
        return ofMinor(currency(currencyCode), minorUnits);
    }

    /**
     * Obtains an amount from a decimal that must fit the currency's scale exactly.
     *
     * @param currency  the currency, not null
     * @param amount  the amount, not null, with no more decimal places than the currency has
     * @return the amount, never null
     * @throws ArithmeticException if the amount has more decimal places than the currency, or is too large
     */
    public static Money of(Currency currency, BigDecimal amount) {
        Objects.requireNonNull(amount, "amount");
        Currency checked = checkCurrency(currency);
        if (amount.signum() == 0) {
            return zero(checked);
        }
        MoneyAmounts.requireFits(amount, checked);
        BigDecimal scaled;
        try {
            scaled = amount.setScale(checked.getDefaultFractionDigits(), RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new ArithmeticException("amount (" + MoneyAmounts.shown(amount) + ") has more decimal places than "
                    + checked.getCurrencyCode() + " allows (" + checked.getDefaultFractionDigits() + ")");
        }
        return new Money(checked, toLongExact(scaled.unscaledValue(), amount));
    }

    /**
     * Obtains an amount from a decimal that must fit the currency's scale exactly.
     *
     * @param currencyCode  the ISO-4217 code, not null
     * @param amount  the amount, not null
     * @return the amount, never null
     * @throws IllegalArgumentException if the code is not a known currency with a defined scale
     * @throws ArithmeticException if the amount has more decimal places than the currency, or is too large
     */
    public static Money of(String currencyCode, BigDecimal amount) {
        return of(currency(currencyCode), amount);
    }

    /**
     * Obtains an amount from a decimal, rounding it to the currency's scale.
     *
     * @param currency  the currency, not null
     * @param amount  the amount, not null
     * @param rounding  how to round to the currency's scale, not null
     * @return the amount, never null
     * @throws ArithmeticException if rounding is needed and is {@code UNNECESSARY}, or the amount is too large
     */
    public static Money of(Currency currency, BigDecimal amount, RoundingMode rounding) {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(rounding, "rounding");
        Currency checked = checkCurrency(currency);
        int fractionDigits = checked.getDefaultFractionDigits();
        BigDecimal scaled = MoneyAmounts.forRounding(amount, fractionDigits).setScale(fractionDigits, rounding);
        return new Money(checked, toLongExact(scaled.unscaledValue(), amount));
    }

    /**
     * Obtains zero in a currency, the identity of {@link #plus}.
     *
     * @param currency  the currency, not null
     * @return zero, never null
     */
    public static Money zero(Currency currency) {
        return ofMinor(currency, 0);
    }

    /**
     * Obtains the exact sum of amounts in one currency; the currency is given so an empty sum is defined.
     *
     * @param currency  the currency of the sum, not null
     * @param amounts  the amounts, not null, each in that currency
     * @return the sum, never null
     * @throws CurrencyMismatchException if an amount is in another currency
     * @throws ArithmeticException if the sum overflows
     */
    public static Money total(Currency currency, Iterable<Money> amounts) {
        Money sum = zero(currency);
        for (Money amount : amounts) {
            sum = sum.plus(amount);
        }
        return sum;
    }

    /**
     * Obtains an amount from its {@link #toString()} form, such as {@code "USD 25.95"}.
     *
     * <p>The amount is an optional sign, ASCII digits and an optional decimal point with digits: no exponent
     * ({@code 1E+3}), no grouping. Trailing zeros beyond the currency's decimals are allowed ({@code "USD 1.000"}).
     * The work is bounded by the text's length, and messages show at most its first 64 characters.
     *
     * @param text  the text, not null
     * @return the amount, never null
     * @throws IllegalArgumentException if the text is not a currency code, a space and such an amount
     * @throws ArithmeticException if the amount has more decimal places than the currency, or is too large
     */
    public static Money parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String s = text.toString().trim();
        int space = s.indexOf(' ');
        if (space != 3) {
            throw new IllegalArgumentException("money '" + BoundedText.of(text) + "' must be a currency code, a"
                    + " space and an amount, as 'USD 25.95'");
        }
        Currency currency = currency(s.substring(0, 3));
        return of(currency, MoneyAmounts.parse(s.substring(4).trim(), text, currency));
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
     * Returns the amount as a decimal at the currency's scale.
     *
     * @return the amount, never null
     */
    public BigDecimal amount() {
        return BigDecimal.valueOf(minorUnits, currency.getDefaultFractionDigits());
    }

    /**
     * Returns the amount in whole minor units.
     *
     * @return the minor units
     */
    public long minorUnits() {
        return minorUnits;
    }

    /**
     * Returns the sum of this and another amount in the same currency.
     *
     * @param other  the amount to add, not null
     * @return the sum, never null
     * @throws CurrencyMismatchException if the currencies differ
     * @throws ArithmeticException if the sum overflows
     */
    public Money plus(Money other) {
        checkSameCurrency(other);
        return other.minorUnits == 0 ? this : new Money(currency, Math.addExact(minorUnits, other.minorUnits));
    }

    /**
     * Returns this amount minus another in the same currency.
     *
     * @param other  the amount to subtract, not null
     * @return the difference, never null
     * @throws CurrencyMismatchException if the currencies differ
     * @throws ArithmeticException if the difference overflows
     */
    public Money minus(Money other) {
        checkSameCurrency(other);
        return other.minorUnits == 0 ? this : new Money(currency, Math.subtractExact(minorUnits, other.minorUnits));
    }

    /**
     * Returns the negated amount.
     *
     * @return the negated amount, never null
     * @throws ArithmeticException if the amount is the smallest long
     */
    public Money negated() {
        return minorUnits == 0 ? this : new Money(currency, Math.negateExact(minorUnits));
    }

    /**
     * Returns the absolute amount.
     *
     * @return the absolute amount, never null
     */
    public Money abs() {
        return minorUnits < 0 ? negated() : this;
    }

    /**
     * Returns this amount multiplied by a whole number, exactly.
     *
     * @param factor  the factor
     * @return the product, never null
     * @throws ArithmeticException if the product overflows
     */
    public Money multipliedBy(long factor) {
        return new Money(currency, Math.multiplyExact(minorUnits, factor));
    }

    /**
     * Returns this amount multiplied by an exact ratio, rounded to the currency's scale.
     *
     * @param factor  the factor, not null
     * @param rounding  the rounding mode, not null
     * @return the rounded product, never null
     * @throws ArithmeticException if rounding is {@code UNNECESSARY} but needed, or the result overflows
     */
    public Money multipliedBy(Rational factor, RoundingMode rounding) {
        Rational exact = Rational.of(minorUnits).multiply(factor);
        return new Money(currency, toLongExact(exact.toBigDecimal(0, rounding).toBigIntegerExact(), null));
    }

    /**
     * Returns this amount multiplied by a decimal, rounded to the currency's scale.
     *
     * @param factor  the factor, not null
     * @param rounding  the rounding mode, not null
     * @return the rounded product, never null
     * @throws ArithmeticException if rounding is {@code UNNECESSARY} but needed, or the result overflows
     */
    public Money multipliedBy(BigDecimal factor, RoundingMode rounding) {
        return multipliedBy(Rational.of(factor), rounding);
    }

    /**
     * Returns this amount divided by a whole number, rounded to the currency's scale.
     *
     * @param divisor  the divisor, not zero
     * @param rounding  the rounding mode, not null
     * @return the rounded quotient, never null
     * @throws ArithmeticException if the divisor is zero, or rounding is {@code UNNECESSARY} but needed
     */
    public Money dividedBy(long divisor, RoundingMode rounding) {
        return multipliedBy(Rational.of(1, divisor), rounding);
    }

    /**
     * Returns the exact form of this amount, to compute with fractions of a minor unit.
     *
     * @return the exact amount, never null
     */
    public ExactMoney toExact() {
        return ExactMoney.of(this);
    }

    /**
     * Splits this amount into parts proportional to whole-number weights; the parts add back to this amount exactly.
     *
     * <p>Each part is first rounded towards zero; the minor units left over go one each to the first parts, in order.
     * So {@code USD 100.00} allocated by {@code 1, 1, 1} gives {@code 33.34, 33.33, 33.33}.
     *
     * @param weights  the weights, not empty, none negative, not all zero
     * @return the parts in the order of the weights, never null
     * @throws IllegalArgumentException if the weights are empty, negative or all zero
     */
    public List<Money> allocate(long... weights) {
        Objects.requireNonNull(weights, "weights");
        if (weights.length == 0) {
            throw new IllegalArgumentException("weights must not be empty");
        }
        BigInteger totalWeight = BigInteger.ZERO;
        for (int i = 0; i < weights.length; i++) {
            if (weights[i] < 0) {
                throw new IllegalArgumentException("weights[" + i + "] (" + weights[i] + ") must be >= 0");
            }
            totalWeight = totalWeight.add(BigInteger.valueOf(weights[i]));
        }
        if (totalWeight.signum() == 0) {
            throw new IllegalArgumentException("weights must not all be zero");
        }
        BigInteger whole = BigInteger.valueOf(minorUnits);
        long[] parts = new long[weights.length];
        long remainder = minorUnits;
        for (int i = 0; i < weights.length; i++) {
            parts[i] = whole.multiply(BigInteger.valueOf(weights[i])).divide(totalWeight).longValueExact();
            remainder -= parts[i];
        }
        long step = Long.signum(remainder);
        for (int i = 0; remainder != 0; i = (i + 1) % parts.length) {
            if (weights[i] > 0) {
                parts[i] += step;
                remainder -= step;
            }
        }
        List<Money> result = new ArrayList<>(parts.length);
        for (long part : parts) {
            result.add(new Money(currency, part));
        }
        return Collections.unmodifiableList(result);
    }

    /**
     * Splits this amount into equal parts that add back to it exactly; the first parts take the leftover minor units.
     *
     * @param parts  the number of parts, at least 1
     * @return the parts, never null
     * @throws IllegalArgumentException if parts is less than 1
     */
    public List<Money> split(int parts) {
        if (parts < 1) {
            throw new IllegalArgumentException("parts (" + parts + ") must be >= 1");
        }
        long[] weights = new long[parts];
        java.util.Arrays.fill(weights, 1);
        return allocate(weights);
    }

    /**
     * Checks if the amount is zero.
     *
     * @return true when zero
     */
    public boolean isZero() {
        return minorUnits == 0;
    }

    /**
     * Checks if the amount is greater than zero.
     *
     * @return true when positive
     */
    public boolean isPositive() {
        return minorUnits > 0;
    }

    /**
     * Checks if the amount is less than zero.
     *
     * @return true when negative
     */
    public boolean isNegative() {
        return minorUnits < 0;
    }

    /**
     * Checks if this amount is greater than another in the same currency.
     *
     * @param other  the other amount, not null
     * @return true when greater
     * @throws CurrencyMismatchException if the currencies differ
     */
    public boolean isGreaterThan(Money other) {
        return compareTo(other) > 0;
    }

    /**
     * Checks if this amount is less than another in the same currency.
     *
     * @param other  the other amount, not null
     * @return true when less
     * @throws CurrencyMismatchException if the currencies differ
     */
    public boolean isLessThan(Money other) {
        return compareTo(other) < 0;
    }

    /**
     * Compares two amounts in the same currency.
     *
     * @param other  the other amount, not null
     * @return negative, zero or positive as this is less than, equal to or greater than the other
     * @throws CurrencyMismatchException if the currencies differ
     */
    @Override
    public int compareTo(Money other) {
        checkSameCurrency(other);
        return Long.compare(minorUnits, other.minorUnits);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Money other && minorUnits == other.minorUnits && currency.equals(other.currency);
    }

    @Override
    public int hashCode() {
        return currency.hashCode() * 31 + Long.hashCode(minorUnits);
    }

    /**
     * Returns the code, a space and the amount at the currency's scale, such as {@code "USD 25.95"}.
     *
     * @return the text form, never null
     */
    @Override
    public String toString() {
        return currency.getCurrencyCode() + ' ' + amount().toPlainString();
    }

    private void checkSameCurrency(Money other) {
        Objects.requireNonNull(other, "other");
        if (!currency.equals(other.currency)) {
            throw new CurrencyMismatchException(currency, other.currency);
        }
    }

    static Currency checkCurrency(Currency currency) {
        Objects.requireNonNull(currency, "currency");
        if (currency.getDefaultFractionDigits() < 0) {
            throw new IllegalArgumentException("currency (" + currency.getCurrencyCode()
                    + ") has no defined number of decimal places");
        }
        return currency;
    }

    /**
     * Returns the currency of an ISO-4217 code, with a message naming the code when it is unknown.
     *
     * @param code  the code, not null
     * @return the currency, never null
     * @throws IllegalArgumentException if the code is unknown or has no defined scale
     */
    public static Currency currency(String code) {
        Objects.requireNonNull(code, "currencyCode");
        try {
            return checkCurrency(Currency.getInstance(code.trim()));
        } catch (IllegalArgumentException e) {
            if (e.getMessage() != null && e.getMessage().startsWith("currency (")) {
                throw e;
            }
            throw new IllegalArgumentException("currency ('" + BoundedText.of(code) + "') is not an ISO-4217 code",
                    e);
        }
    }

    private static long toLongExact(BigInteger minor, BigDecimal source) {
        if (minor.bitLength() > 63) {
            throw MoneyAmounts.tooLarge("amount (" + (source == null ? BoundedText.of(minor.toString())
                    : MoneyAmounts.shown(source)) + ")");
        }
        return minor.longValue();
    }
}
