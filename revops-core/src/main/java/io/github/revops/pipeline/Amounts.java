package io.github.revops.pipeline;

import io.github.revops.math.Rational;
import io.github.revops.money.CurrencyMismatchException;
import io.github.revops.money.ExchangeRates;
import io.github.revops.money.Money;

import java.time.LocalDate;
import java.util.Currency;
import java.util.Objects;

/**
 * Reads the deal amounts of one accumulator: either all in one currency (a second currency throws), or each
 * converted to a reporting currency at the rate of a date (METRICS.md 12). Mutable, not thread-safe.
 */
final class Amounts {

    /** The rates, or null when amounts keep their currency. */
    private final ExchangeRates rates;
    /** The reporting currency, or the first amount's; null until an amount is read without rates. */
    private Currency currency;

    private Amounts(ExchangeRates rates, Currency currency) {
        this.rates = rates;
        this.currency = currency;
    }

    /** Amounts that must all be in one currency. */
    static Amounts sameCurrency() {
        return new Amounts(null, null);
    }

    /** Amounts converted to a reporting currency. */
    static Amounts converted(ExchangeRates rates, Currency reportingCurrency) {
        return new Amounts(Objects.requireNonNull(rates, "rates"),
                Objects.requireNonNull(reportingCurrency, "reportingCurrency"));
    }

    /** A fresh reader with the same settings, for another accumulator. */
    Amounts fresh() {
        return rates == null ? sameCurrency() : new Amounts(rates, currency);
    }

    boolean converts() {
        return rates != null;
    }

    /** Returns the minor units of an amount in the one currency; without rates only. */
    long minorUnits(Money amount) {
        check(amount.currency());
        return amount.minorUnits();
    }

    /** Returns an amount converted at the rate of a date, exactly; with rates only. */
    Rational converted(Money amount, LocalDate on) {
        return rates.convert(amount.toExact(), currency, on).minorUnits();
    }

    /** The currency of every amount read so far, or null when none was. */
    Currency currency() {
        return currency;
    }

    /** Takes over the currency another reader saw; a different one throws. */
    void merge(Amounts other) {
        if (other.currency != null) {
            check(other.currency);
        }
    }

    private void check(Currency c) {
        if (currency == null) {
            currency = c;
        } else if (currency != c && !currency.equals(c)) {
            throw new CurrencyMismatchException(currency, c);
        }
    }
}
