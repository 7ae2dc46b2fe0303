package io.github.revops.economics;

import io.github.revops.math.Rational;
import io.github.revops.money.ExactMoney;
import io.github.revops.money.ReportingCurrency;
import io.github.revops.result.TimeSeries;
import io.github.revops.time.Granularity;
import io.github.revops.time.Period;

import java.util.Objects;
import java.util.Optional;

/**
 * LTV:CAC, formula LTV over blended CAC (docs/metrics.md, "CAC payback, magic number, LTV:CAC"); a common rule of
 * thumb asks for 3 or more.
 *
 * <p>Both factors are kept. It is undefined (empty) when either is undefined or the CAC is 0. Over a quarter or twelve
 * trailing months the CAC is the period's spend over all its new customers, so a month without a new customer no
 * longer leaves the figure empty (docs/decisions/0115).
 * <pre>{@code
 * LtvToCac ttm = LtvToCac.of(input, Period.of(LocalDate.of(2025, 4, 1), LocalDate.of(2026, 4, 1)));
 * ttm.value();    // Optional[4] for an LTV of 2,000 and a CAC of 500
 * }</pre>
 *
 * @param ltv  the formula LTV, not null
 * @param cac  the blended CAC, not null
 * @since 0.1.0
 */
public record LtvToCac(FormulaLtv ltv, Cac cac) {

    /**
     * Validates the factors.
     *
     * @param ltv  the formula LTV, not null
     * @param cac  the blended CAC, not null
     * @throws NullPointerException if a factor is null
     */
    public LtvToCac {
        Objects.requireNonNull(ltv, "ltv");
        Objects.requireNonNull(cac, "cac");
    }

    /**
     * Computes LTV:CAC of a period with the default options, in the currency of the input's first amount.
     *
     * @param input  the spend, subscriptions and deals, not null
     * @param period  whole calendar months, such as a month, a quarter or twelve trailing months, not null
     * @return LTV:CAC, never null
     * @throws IllegalArgumentException if the period is not whole months, or the input holds no amount
     * @throws io.github.revops.money.CurrencyMismatchException if the input's amounts are in more than one currency
     */
    public static LtvToCac of(EconomicsInput input, Period period) {
        return of(input, period, EconomicsOptions.DEFAULTS);
    }

    /**
     * Computes LTV:CAC of a period: the period's formula LTV over its blended CAC.
     *
     * @param input  the spend, subscriptions and deals, not null
     * @param period  whole calendar months, not null
     * @param options  lag, new-customer source, gross margin and churn window, not null
     * @return LTV:CAC, never null
     * @throws IllegalArgumentException if the period is not whole months, or the input holds no amount
     * @throws io.github.revops.money.CurrencyMismatchException if the input's amounts are in more than one currency
     */
    public static LtvToCac of(EconomicsInput input, Period period, EconomicsOptions options) {
        return EconomicsLedger.of(input, options).ltvToCac(period);
    }

    /**
     * Computes LTV:CAC of a period in a reporting currency.
     *
     * @param input  the spend, subscriptions and deals, not null
     * @param period  whole calendar months, not null
     * @param options  lag, new-customer source, gross margin and churn window, not null
     * @param reporting  the reporting currency and its rates, not null
     * @return LTV:CAC, never null
     * @throws IllegalArgumentException if the period is not whole months
     * @throws io.github.revops.money.CurrencyMismatchException if, without rates, an amount is in another currency
     * @throws io.github.revops.money.MissingExchangeRateException if a rate needed is missing
     */
    public static LtvToCac of(EconomicsInput input, Period period, EconomicsOptions options,
                              ReportingCurrency reporting) {
        return EconomicsLedger.of(input, options, reporting).ltvToCac(period);
    }

    /**
     * Computes LTV:CAC of each period of a granularity in a range with the default options.
     *
     * @param input  the spend, subscriptions and deals, not null
     * @param range  whole calendar months, not null
     * @param granularity  how to cut the range into whole months, such as {@link Granularity#QUARTER}, not null
     * @return LTV:CAC per period, in time order, never null
     * @throws IllegalArgumentException if a period is not whole months, or the input holds no amount
     * @throws io.github.revops.money.CurrencyMismatchException if the input's amounts are in more than one currency
     */
    public static TimeSeries<LtvToCac> series(EconomicsInput input, Period range, Granularity granularity) {
        return series(input, range, granularity, EconomicsOptions.DEFAULTS);
    }

    /**
     * Computes LTV:CAC of each period of a granularity in a range.
     *
     * @param input  the spend, subscriptions and deals, not null
     * @param range  whole calendar months, not null
     * @param granularity  how to cut the range into whole months, not null
     * @param options  lag, new-customer source, gross margin and churn window, not null
     * @return LTV:CAC per period, in time order, never null
     * @throws IllegalArgumentException if a period is not whole months, or the input holds no amount
     * @throws io.github.revops.money.CurrencyMismatchException if the input's amounts are in more than one currency
     */
    public static TimeSeries<LtvToCac> series(EconomicsInput input, Period range, Granularity granularity,
                                              EconomicsOptions options) {
        EconomicsLedger ledger = EconomicsLedger.of(input, options);
        return ledger.series(range, granularity, ledger::ltvToCac);
    }

    /**
     * Computes LTV:CAC of each period of a range in a reporting currency.
     *
     * @param input  the spend, subscriptions and deals, not null
     * @param range  whole calendar months, not null
     * @param granularity  how to cut the range into whole months, not null
     * @param options  lag, new-customer source, gross margin and churn window, not null
     * @param reporting  the reporting currency and its rates, not null
     * @return LTV:CAC per period, in time order, never null
     * @throws IllegalArgumentException if a period is not whole months
     * @throws io.github.revops.money.CurrencyMismatchException if, without rates, an amount is in another currency
     * @throws io.github.revops.money.MissingExchangeRateException if a rate needed is missing
     */
    public static TimeSeries<LtvToCac> series(EconomicsInput input, Period range, Granularity granularity,
                                              EconomicsOptions options, ReportingCurrency reporting) {
        EconomicsLedger ledger = EconomicsLedger.of(input, options, reporting);
        return ledger.series(range, granularity, ledger::ltvToCac);
    }

    /**
     * Returns LTV / CAC, exact.
     *
     * @return the ratio, or empty when either is undefined or the CAC is zero
     */
    public Optional<Rational> value() {
        Optional<ExactMoney> l = ltv.value();
        Optional<ExactMoney> c = cac.value();
        if (l.isEmpty() || c.isEmpty() || c.get().isZero()) {
            return Optional.empty();
        }
        return Optional.of(l.get().minorUnits().divide(c.get().minorUnits()));
    }

    /**
     * Checks if LTV:CAC is defined.
     *
     * @return true when defined
     */
    public boolean isDefined() {
        return value().isPresent();
    }
}
