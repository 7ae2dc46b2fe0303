package io.github.revops.money;

import io.github.revops.math.Rational;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;

/**
 * A source of dated exchange rates that the caller supplies; revops never fetches a rate itself.
 *
 * <p>A rate converts one unit of {@code from} into {@code to}: with EUR to USD at 1.08, EUR 10.00 is USD 10.80.
 * A missing rate is an error ({@link MissingExchangeRateException} naming the pair and date), never a silent 1;
 * a rate of zero or below, which a source of your own might return, is an error too, at the one place rates are
 * applied ({@link #rate} and {@link #convert(ExactMoney, Currency, LocalDate)}).
 * <pre>{@code
 * ExchangeRates rates = InMemoryExchangeRates.builder()
 *         .add("EUR", "USD", LocalDate.of(2026, 1, 1), new BigDecimal("1.08"))
 *         .build();
 * Money usd = rates.convert(Money.parse("EUR 10.00"), Money.currency("USD"),
 *         LocalDate.of(2026, 1, 15), RoundingMode.HALF_EVEN);   // USD 10.80
 * }</pre>
 *
 * @since 0.1.0
 */
public interface ExchangeRates {

    /**
     * Returns the rate from one currency to another that applies on a date, if known.
     *
     * @param from  the source currency, not null
     * @param to  the target currency, not null
     * @param on  the date the amount applies to, not null
     * @return the exact rate, or empty when none is known
     */
    Optional<Rational> find(Currency from, Currency to, LocalDate on);

    /**
     * Returns the rate from one currency to another on a date; the rate of a currency to itself is one.
     *
     * @param from  the source currency, not null
     * @param to  the target currency, not null
     * @param on  the date, not null
     * @return the exact rate, positive, never null
     * @throws MissingExchangeRateException if no rate is known
     * @throws IllegalStateException if the rate found is zero or negative, naming the pair, date and rate
     */
    default Rational rate(Currency from, Currency to, LocalDate on) {
        if (from.equals(to)) {
            return Rational.ONE;
        }
        return requirePositive(find(from, to, on).orElseThrow(() -> new MissingExchangeRateException(from, to, on)),
                from, to, on);
    }

    /**
     * Returns a rate that a source gave for a pair and date, or throws when it is not positive: a zero or negative
     * rate would turn every amount into zero or its opposite without a word.
     *
     * @param rate  the rate given, not null
     * @param from  the source currency, not null
     * @param to  the target currency, not null
     * @param on  the date, not null
     * @return the rate, never null
     * @throws IllegalStateException if the rate is zero or negative
     */
    private static Rational requirePositive(Rational rate, Currency from, Currency to, LocalDate on) {
        Objects.requireNonNull(rate, "rate");
        if (rate.signum() <= 0) {
            throw new IllegalStateException("exchange rate " + from.getCurrencyCode() + "/" + to.getCurrencyCode()
                    + " on " + on + " (" + rate + ") must be > 0");
        }
        return rate;
    }

    /**
     * Converts an exact amount at the rate of a date, exactly.
     *
     * @param amount  the amount, not null
     * @param to  the target currency, not null
     * @param on  the date whose rate applies, not null
     * @return the converted amount, never null
     * @throws MissingExchangeRateException if no rate is known
     * @throws IllegalStateException if the rate is zero or negative (even from an implementation that overrides
     *         {@link #rate}), naming the pair, date and rate
     */
    default ExactMoney convert(ExactMoney amount, Currency to, LocalDate on) {
        if (amount.currency().equals(to)) {
            return amount;
        }
        Rational rate = requirePositive(rate(amount.currency(), to, on), amount.currency(), to, on);
        int shift = to.getDefaultFractionDigits() - amount.currency().getDefaultFractionDigits();
        Rational scale = shift >= 0 ? Rational.of(java.math.BigInteger.TEN.pow(shift), java.math.BigInteger.ONE)
                : Rational.of(java.math.BigInteger.ONE, java.math.BigInteger.TEN.pow(-shift));
        return ExactMoney.ofMinor(to, amount.minorUnits().multiply(rate).multiply(scale));
    }

    /**
     * Converts money at the rate of a date, rounded to the target currency's scale.
     *
     * @param amount  the amount, not null
     * @param to  the target currency, not null
     * @param on  the date whose rate applies, not null
     * @param rounding  the rounding mode, not null
     * @return the converted money, never null
     * @throws MissingExchangeRateException if no rate is known
     * @throws IllegalStateException if the rate is zero or negative, naming the pair, date and rate
     */
    default Money convert(Money amount, Currency to, LocalDate on, RoundingMode rounding) {
        return convert(amount.toExact(), to, on).toMoney(rounding);
    }
}
