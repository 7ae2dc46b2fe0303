package io.github.revops.pipeline;

import io.github.revops.math.Rational;
import io.github.revops.money.CurrencyMismatchException;
import io.github.revops.money.ExactMoney;
import io.github.revops.money.ReportingCurrency;

import java.time.LocalDate;
import java.util.Currency;
import java.util.Objects;

/**
 * The currency of the deal amounts one computation adds: either the first counted amount's, every other amount
 * having to be in it, or a {@link ReportingCurrency}'s, other amounts converted with its rates at the rate of a date
 * (docs/metrics.md#win-rate) or rejected without rates. An amount in {@link #currency()} adds as whole minor units; any
 * other goes through {@link #convert}. Mutable, not thread-safe.
 */
final class Amounts {

    /** The reporting currency, or null when the first counted amount sets the currency. */
    private final ReportingCurrency reporting;
    /** The currency amounts add in as whole minor units; null until the first amount without a reporting currency. */
    private Currency currency;

    private Amounts(ReportingCurrency reporting) {
        this.reporting = reporting;
        this.currency = reporting == null ? null : reporting.currency();
    }

    /** Amounts that must all be in one currency, the first counted amount's. */
    static Amounts firstCurrency() {
        return new Amounts(null);
    }

    /** Amounts in a reporting currency, others converted with its rates (or rejected without them). */
    static Amounts in(ReportingCurrency reporting) {
        return new Amounts(Objects.requireNonNull(reporting, "reporting"));
    }

    /** A fresh reader with the same settings, for another accumulator. */
    Amounts fresh() {
        return new Amounts(reporting);
    }

    /** The currency amounts add in, or null when no amount was counted yet (without a reporting currency). */
    Currency currency() {
        return currency;
    }

    /**
     * Takes a counted amount that is not in {@link #currency()}: returns null when it adds as whole minor units (it
     * is the first amount, which sets the currency), else the exact minor units of its conversion.
     *
     * @param currency  the amount's currency
     * @param minorUnits  the amount in minor units of its currency
     * @param on  the date whose rate converts it
     * @throws CurrencyMismatchException if it is in another currency and cannot be converted
     */
    Rational convert(Currency currency, long minorUnits, LocalDate on) {
        if (this.currency == null) {
            this.currency = currency;
            return null;
        }
        if (currency.equals(this.currency)) {
            return null;
        }
        if (reporting == null) {
            throw new CurrencyMismatchException(this.currency, currency);
        }
        return reporting.convert(ExactMoney.ofMinor(currency, Rational.of(minorUnits)), on).minorUnits();
    }

    /** Takes over the currency another reader counted in; a different one throws. */
    void merge(Amounts other) {
        if (other.currency == null || other.currency.equals(currency)) {
            return;
        }
        if (currency != null) {
            throw new CurrencyMismatchException(currency, other.currency);
        }
        currency = other.currency;
    }
}
