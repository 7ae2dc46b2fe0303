package io.github.revops.economics;

import io.github.revops.math.Rational;
import io.github.revops.money.ExactMoney;
import io.github.revops.money.ReportingCurrency;
import io.github.revops.result.MoneyAverage;
import io.github.revops.result.Ratio;
import io.github.revops.result.TimeSeries;
import io.github.revops.time.Granularity;
import io.github.revops.time.Period;

import java.util.Objects;
import java.util.Optional;

/**
 * Formula-based customer lifetime value, {@code ARPA × gross margin / monthly customer churn} (docs/metrics.md,
 * "Customer lifetime value"; ChartMogul's definition with a margin).
 *
 * <p>Its factors are kept. It is undefined (empty) when ARPA or the churn is undefined, or the churn is zero: a
 * business that lost nobody has no finite lifetime to report, and revops never returns Infinity. Over a period of
 * several months ARPA adds up the months' parts (MRR over paying customers at each month's end) and the churn is the
 * mean of the monthly rates of every month the period's months look back on (docs/decisions/0115).
 * <pre>{@code
 * FormulaLtv ltv = FormulaLtv.of(MoneyAverage.of(ExactMoney.of(Money.parse("USD 100.00")), 1), Rational.ONE,
 *         Ratio.of(1, 20));
 * ltv.value();                                         // Optional[USD 2000.00]
 * FormulaLtv.of(input, Period.year(2026)).value();    // from spend and subscriptions
 * }</pre>
 *
 * @param arpa  the average MRR per paying customer, not null
 * @param grossMargin  the gross margin, between 0 and 1, not null
 * @param churn  the monthly customer churn rate (typically a trailing mean), not null
 * @since 0.1.0
 */
public record FormulaLtv(MoneyAverage arpa, Rational grossMargin, Ratio churn) {

    /**
     * Validates the factors.
     *
     * @param arpa  the average MRR per paying customer, not null
     * @param grossMargin  the gross margin, between 0 and 1, not null
     * @param churn  the monthly customer churn rate (typically a trailing mean), not null
     * @throws NullPointerException if a factor is null
     * @throws IllegalArgumentException if the margin is outside [0, 1]
     */
    public FormulaLtv {
        Objects.requireNonNull(arpa, "arpa");
        GrossMargin.check(grossMargin);
        Objects.requireNonNull(churn, "churn");
    }

    /**
     * Obtains the LTV of its factors, for callers who compute ARPA and churn elsewhere.
     *
     * @param arpa  the ARPA, not null
     * @param grossMargin  the gross margin, between 0 and 1, not null
     * @param churn  the monthly churn rate, not null
     * @return the LTV, never null
     */
    public static FormulaLtv of(MoneyAverage arpa, Rational grossMargin, Ratio churn) {
        return new FormulaLtv(arpa, grossMargin, churn);
    }

    /**
     * Computes the formula LTV of a period with the default options (gross margin 1, a six-month churn window), in
     * the currency of the input's first amount.
     *
     * @param input  the spend, subscriptions and deals, not null
     * @param period  whole calendar months, such as a month, a quarter or twelve trailing months, not null
     * @return the LTV, never null
     * @throws IllegalArgumentException if the period is not whole months, or the input holds no amount
     * @throws io.github.revops.money.CurrencyMismatchException if the input's amounts are in more than one currency
     */
    public static FormulaLtv of(EconomicsInput input, Period period) {
        return of(input, period, EconomicsOptions.DEFAULTS);
    }

    /**
     * Computes the formula LTV of a period: its ARPA times the margin over the trailing churn.
     *
     * @param input  the spend, subscriptions and deals, not null
     * @param period  whole calendar months, not null
     * @param options  gross margin and churn window, not null
     * @return the LTV, never null
     * @throws IllegalArgumentException if the period is not whole months, or the input holds no amount
     * @throws io.github.revops.money.CurrencyMismatchException if the input's amounts are in more than one currency
     */
    public static FormulaLtv of(EconomicsInput input, Period period, EconomicsOptions options) {
        return EconomicsLedger.of(input, options).ltv(period);
    }

    /**
     * Computes the formula LTV of a period in a reporting currency: MRR converted at the date it is measured on.
     *
     * @param input  the spend, subscriptions and deals, not null
     * @param period  whole calendar months, not null
     * @param options  gross margin and churn window, not null
     * @param reporting  the reporting currency and its rates, not null
     * @return the LTV, never null
     * @throws IllegalArgumentException if the period is not whole months
     * @throws io.github.revops.money.CurrencyMismatchException if, without rates, an amount is in another currency
     * @throws io.github.revops.money.MissingExchangeRateException if a rate needed is missing
     */
    public static FormulaLtv of(EconomicsInput input, Period period, EconomicsOptions options,
                                ReportingCurrency reporting) {
        return EconomicsLedger.of(input, options, reporting).ltv(period);
    }

    /**
     * Computes the formula LTV of each period of a granularity in a range with the default options.
     *
     * @param input  the spend, subscriptions and deals, not null
     * @param range  whole calendar months, not null
     * @param granularity  how to cut the range into whole months, such as {@link Granularity#QUARTER}, not null
     * @return the LTV per period, in time order, never null
     * @throws IllegalArgumentException if a period is not whole months, or the input holds no amount
     * @throws io.github.revops.money.CurrencyMismatchException if the input's amounts are in more than one currency
     */
    public static TimeSeries<FormulaLtv> series(EconomicsInput input, Period range, Granularity granularity) {
        return series(input, range, granularity, EconomicsOptions.DEFAULTS);
    }

    /**
     * Computes the formula LTV of each period of a granularity in a range.
     *
     * @param input  the spend, subscriptions and deals, not null
     * @param range  whole calendar months, not null
     * @param granularity  how to cut the range into whole months, such as {@link Granularity#QUARTER}, not null
     * @param options  gross margin and churn window, not null
     * @return the LTV per period, in time order, never null
     * @throws IllegalArgumentException if a period is not whole months, or the input holds no amount
     * @throws io.github.revops.money.CurrencyMismatchException if the input's amounts are in more than one currency
     */
    public static TimeSeries<FormulaLtv> series(EconomicsInput input, Period range, Granularity granularity,
                                                EconomicsOptions options) {
        EconomicsLedger ledger = EconomicsLedger.of(input, options);
        return ledger.series(range, granularity, ledger::ltv);
    }

    /**
     * Computes the formula LTV of each period of a range in a reporting currency.
     *
     * @param input  the spend, subscriptions and deals, not null
     * @param range  whole calendar months, not null
     * @param granularity  how to cut the range into whole months, not null
     * @param options  gross margin and churn window, not null
     * @param reporting  the reporting currency and its rates, not null
     * @return the LTV per period, in time order, never null
     * @throws IllegalArgumentException if a period is not whole months
     * @throws io.github.revops.money.CurrencyMismatchException if, without rates, an amount is in another currency
     * @throws io.github.revops.money.MissingExchangeRateException if a rate needed is missing
     */
    public static TimeSeries<FormulaLtv> series(EconomicsInput input, Period range, Granularity granularity,
                                                EconomicsOptions options, ReportingCurrency reporting) {
        EconomicsLedger ledger = EconomicsLedger.of(input, options, reporting);
        return ledger.series(range, granularity, ledger::ltv);
    }

    /**
     * Returns the LTV, exact.
     *
     * @return the LTV, or empty when undefined
     */
    public Optional<ExactMoney> value() {
        Optional<ExactMoney> a = arpa.mean();
        Optional<Rational> c = churn.exactValue();
        if (a.isEmpty() || c.isEmpty() || c.get().isZero()) {
            return Optional.empty();
        }
        return Optional.of(a.get().multipliedBy(grossMargin.divide(c.get())));
    }

    /**
     * Checks if the LTV is defined.
     *
     * @return true when defined
     */
    public boolean isDefined() {
        return value().isPresent();
    }
}
