package io.github.revops.economics;

import io.github.revops.math.Rational;
import io.github.revops.money.CurrencyMismatchException;
import io.github.revops.money.ExactMoney;
import io.github.revops.money.ReportingCurrency;
import io.github.revops.result.Mergeable;
import io.github.revops.result.MoneyAverage;
import io.github.revops.result.TimeSeries;
import io.github.revops.time.Granularity;
import io.github.revops.time.Period;

import java.util.Currency;
import java.util.Objects;
import java.util.Optional;

/**
 * CAC payback in months: how many months of a new customer's gross margin repay what it cost to acquire them,
 * {@code CAC / (new MRR per new customer × gross margin)} (docs/metrics.md, "CAC payback, magic number, LTV:CAC").
 *
 * <p>Its factors are kept. It is undefined (empty) when the CAC or the new MRR per customer is undefined, or the
 * divisor is zero; a CAC of 0 pays back in 0 months. Over a period of several months both factors add up their months'
 * parts (spend, new customers, new MRR), so a quarter's payback is its spend over its new MRR times the margin, never
 * a mean of the months' paybacks (docs/decisions/0115).
 * <pre>{@code
 * CacPayback q1 = CacPayback.of(input, Period.quarter(2026, 1),
 *         EconomicsOptions.DEFAULTS.withGrossMargin(Rational.of(3, 4)));
 * q1.months();    // Optional[80/9], 8.89 months, for CAC 1,200 and 180 of new MRR per new customer
 * }</pre>
 *
 * @param cac  the CAC: spend over new customers, not null
 * @param newMrrPerNewCustomer  the new customers' MRR per new customer, in the CAC's currency, not null
 * @param grossMargin  the gross margin, between 0 and 1, not null
 * @since 0.1.0
 */
public record CacPayback(Cac cac, MoneyAverage newMrrPerNewCustomer, Rational grossMargin)
        implements Mergeable<CacPayback> {

    /**
     * Validates the factors.
     *
     * @param cac  the CAC: spend over new customers, not null
     * @param newMrrPerNewCustomer  the new customers' MRR per new customer, in the CAC's currency, not null
     * @param grossMargin  the gross margin, between 0 and 1, not null
     * @throws NullPointerException if a factor is null
     * @throws IllegalArgumentException if the margin is outside [0, 1]
     * @throws CurrencyMismatchException if the two factors are in different currencies
     */
    public CacPayback {
        Objects.requireNonNull(cac, "cac");
        Objects.requireNonNull(newMrrPerNewCustomer, "newMrrPerNewCustomer");
        GrossMargin.check(grossMargin);
        if (!cac.currency().equals(newMrrPerNewCustomer.currency())) {
            throw new CurrencyMismatchException(cac.currency(), newMrrPerNewCustomer.currency());
        }
    }

    /**
     * Obtains the payback of its factors, for callers who compute CAC and new MRR elsewhere.
     *
     * @param cac  the CAC, not null
     * @param newMrrPerNewCustomer  the new MRR per new customer, not null
     * @param grossMargin  the gross margin, between 0 and 1, not null
     * @return the payback, never null
     */
    public static CacPayback of(Cac cac, MoneyAverage newMrrPerNewCustomer, Rational grossMargin) {
        return new CacPayback(cac, newMrrPerNewCustomer, grossMargin);
    }

    /**
     * Returns no CAC and no new MRR in a currency at a margin: the identity of {@link #combine}.
     *
     * @param currency  the currency, not null
     * @param grossMargin  the gross margin, between 0 and 1, not null
     * @return the empty payback, never null
     */
    public static CacPayback empty(Currency currency, Rational grossMargin) {
        return new CacPayback(Cac.empty(currency), MoneyAverage.empty(currency), grossMargin);
    }

    /**
     * Computes the CAC payback of a period with the default options (no lag, new customers from subscriptions,
     * gross margin 1), in the currency of the input's first amount.
     *
     * @param input  the spend, subscriptions and deals, not null
     * @param period  whole calendar months, such as a month, a quarter or twelve trailing months, not null
     * @return the payback, never null
     * @throws IllegalArgumentException if the period is not whole months, or the input holds no amount
     * @throws CurrencyMismatchException if the input's amounts are in more than one currency
     */
    public static CacPayback of(EconomicsInput input, Period period) {
        return of(input, period, EconomicsOptions.DEFAULTS);
    }

    /**
     * Computes the CAC payback of a period: the CAC (spend of the period moved back by the lag, over the period's
     * new customers) over the new MRR per new customer times the gross margin.
     *
     * @param input  the spend, subscriptions and deals, not null
     * @param period  whole calendar months, not null
     * @param options  lag, new-customer source and gross margin, not null
     * @return the payback, never null
     * @throws IllegalArgumentException if the period is not whole months, or the input holds no amount
     * @throws CurrencyMismatchException if the input's amounts are in more than one currency
     */
    public static CacPayback of(EconomicsInput input, Period period, EconomicsOptions options) {
        return EconomicsLedger.of(input, options).payback(period);
    }

    /**
     * Computes the CAC payback of a period in a reporting currency: spend converted at the rate of its date, MRR at
     * the date it is measured on.
     *
     * @param input  the spend, subscriptions and deals, not null
     * @param period  whole calendar months, not null
     * @param options  lag, new-customer source and gross margin, not null
     * @param reporting  the reporting currency and its rates, not null
     * @return the payback, never null
     * @throws IllegalArgumentException if the period is not whole months
     * @throws CurrencyMismatchException if, without rates, an amount is in another currency
     * @throws io.github.revops.money.MissingExchangeRateException if a rate needed is missing
     */
    public static CacPayback of(EconomicsInput input, Period period, EconomicsOptions options,
                                ReportingCurrency reporting) {
        return EconomicsLedger.of(input, options, reporting).payback(period);
    }

    /**
     * Computes the CAC payback of each period of a granularity in a range with the default options.
     *
     * @param input  the spend, subscriptions and deals, not null
     * @param range  whole calendar months, not null
     * @param granularity  how to cut the range into whole months, such as {@link Granularity#QUARTER}, not null
     * @return the payback per period, in time order, never null
     * @throws IllegalArgumentException if a period is not whole months, or the input holds no amount
     * @throws io.github.revops.money.CurrencyMismatchException if the input's amounts are in more than one currency
     */
    public static TimeSeries<CacPayback> series(EconomicsInput input, Period range, Granularity granularity) {
        return series(input, range, granularity, EconomicsOptions.DEFAULTS);
    }

    /**
     * Computes the CAC payback of each period of a granularity in a range.
     *
     * @param input  the spend, subscriptions and deals, not null
     * @param range  whole calendar months, not null
     * @param granularity  how to cut the range into whole months, such as {@link Granularity#QUARTER}, not null
     * @param options  lag, new-customer source and gross margin, not null
     * @return the payback per period, in time order, never null
     * @throws IllegalArgumentException if a period is not whole months, or the input holds no amount
     * @throws CurrencyMismatchException if the input's amounts are in more than one currency
     */
    public static TimeSeries<CacPayback> series(EconomicsInput input, Period range, Granularity granularity,
                                                EconomicsOptions options) {
        EconomicsLedger ledger = EconomicsLedger.of(input, options);
        return ledger.series(range, granularity, ledger::payback);
    }

    /**
     * Computes the CAC payback of each period of a range in a reporting currency.
     *
     * @param input  the spend, subscriptions and deals, not null
     * @param range  whole calendar months, not null
     * @param granularity  how to cut the range into whole months, not null
     * @param options  lag, new-customer source and gross margin, not null
     * @param reporting  the reporting currency and its rates, not null
     * @return the payback per period, in time order, never null
     * @throws IllegalArgumentException if a period is not whole months
     * @throws CurrencyMismatchException if, without rates, an amount is in another currency
     * @throws io.github.revops.money.MissingExchangeRateException if a rate needed is missing
     */
    public static TimeSeries<CacPayback> series(EconomicsInput input, Period range, Granularity granularity,
                                                EconomicsOptions options, ReportingCurrency reporting) {
        EconomicsLedger ledger = EconomicsLedger.of(input, options, reporting);
        return ledger.series(range, granularity, ledger::payback);
    }

    /**
     * Returns the payback in months, exact.
     *
     * @return the months, or empty when undefined
     */
    public Optional<Rational> months() {
        Optional<ExactMoney> c = cac.value();
        Optional<ExactMoney> mrr = newMrrPerNewCustomer.mean();
        if (c.isEmpty() || mrr.isEmpty()) {
            return Optional.empty();
        }
        Rational divisor = mrr.get().minorUnits().multiply(grossMargin);
        return divisor.isZero() ? Optional.empty() : Optional.of(c.get().minorUnits().divide(divisor));
    }

    /**
     * Checks if the payback is defined.
     *
     * @return true when defined
     */
    public boolean isDefined() {
        return months().isPresent();
    }

    /**
     * Returns the payback of two sets of months together: CAC and new MRR parts added; both at the same margin.
     *
     * @param other  the other payback, in the same currency and at the same margin, not null
     * @return the merged payback, never null
     * @throws CurrencyMismatchException if the currencies differ
     * @throws IllegalArgumentException if the margins differ
     */
    @Override
    public CacPayback combine(CacPayback other) {
        if (!grossMargin.equals(other.grossMargin)) {
            throw new IllegalArgumentException("grossMargin (" + grossMargin + ") and other grossMargin ("
                    + other.grossMargin + ") must be equal to combine paybacks");
        }
        return new CacPayback(cac.combine(other.cac), newMrrPerNewCustomer.combine(other.newMrrPerNewCustomer),
                grossMargin);
    }
}
