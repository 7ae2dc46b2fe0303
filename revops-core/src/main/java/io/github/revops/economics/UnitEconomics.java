package io.github.revops.economics;

import io.github.revops.money.ExactMoney;
import io.github.revops.money.ReportingCurrency;
import io.github.revops.result.MoneyAverage;
import io.github.revops.result.Ratio;
import io.github.revops.result.TimeSeries;
import io.github.revops.time.Granularity;
import io.github.revops.time.Period;

import java.util.Objects;

/**
 * Every unit-economics figure of a period, each with the parts it was computed from: CAC (blended, paid, per
 * channel), CAC payback, magic number, ARPA, trailing churn, formula LTV and LTV:CAC (docs/metrics.md, "Unit
 * economics and forecast accuracy").
 *
 * <p>This is the multi-metric entry point: it asks each figure's own rule ({@link CacReport}, {@link CacPayback},
 * {@link MagicNumber}, {@link FormulaLtv}, {@link LtvToCac}) for the same period and options, and adds no rule of
 * its own. The period is whole calendar months: a month, a quarter, a year or twelve trailing months. Its figures
 * combine its months' parts exactly (spend, new customers and new MRR added; ARPA's MRR and customers added month
 * end by month end), so the figures of one month are the month's and a quarter's are never a mean of its months'
 * ratios (docs/decisions/0115). State dates follow the MRR bridge: a month's end state is its last day, the start
 * state of the period the day before it.
 * <pre>{@code
 * EconomicsInput input = EconomicsInput.of(spend, subscriptions);
 * EconomicsOptions options = EconomicsOptions.DEFAULTS.withGrossMargin(Rational.of(3, 4));
 * UnitEconomics march = UnitEconomics.of(input, Period.month(2026, 3), options);
 * march.payback().months();        // Optional[80/9]
 * UnitEconomics q1 = UnitEconomics.of(input, Period.quarter(2026, 1), options);
 * q1.ltvToCac().value();           // the quarter's LTV over its spend per new customer
 * }</pre>
 *
 * @param period  the period, whole calendar months, not null
 * @param options  the options used, not null
 * @param cac  CAC blended, paid and per channel, not null
 * @param payback  CAC payback from the blended CAC, not null
 * @param previousPeriod  the period before, as many months long, whose spend the magic number divides by, not null
 * @param magicNumber  net new ARR over the previous period's spend, not null
 * @param monthlyLogoChurn  the logo churn rate of each month the trailing churn averages, oldest first, not null
 * @param ltv  formula LTV from the ARPA and the trailing churn, not null
 * @since 0.1.0
 */
public record UnitEconomics(Period period, EconomicsOptions options, CacReport cac, CacPayback payback,
                            Period previousPeriod, MagicNumber magicNumber, TimeSeries<Ratio> monthlyLogoChurn,
                            FormulaLtv ltv) {

    /**
     * Validates the parts.
     *
     * @param period  the period, whole calendar months, not null
     * @param options  the options used, not null
     * @param cac  CAC blended, paid and per channel, not null
     * @param payback  CAC payback from the blended CAC, not null
     * @param previousPeriod  the period before, as many months long, whose spend the magic number divides by, not
     *        null
     * @param magicNumber  net new ARR over the previous period's spend, not null
     * @param monthlyLogoChurn  the logo churn rate of each month the trailing churn averages, oldest first, not null
     * @param ltv  formula LTV from the ARPA and the trailing churn, not null
     * @throws NullPointerException if a part is null
     */
    public UnitEconomics {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(cac, "cac");
        Objects.requireNonNull(payback, "payback");
        Objects.requireNonNull(previousPeriod, "previousPeriod");
        Objects.requireNonNull(magicNumber, "magicNumber");
        Objects.requireNonNull(monthlyLogoChurn, "monthlyLogoChurn");
        Objects.requireNonNull(ltv, "ltv");
    }

    /**
     * Computes every figure of a period with the default options, in the currency of the input's first amount.
     *
     * @param input  the spend, subscriptions and deals, not null
     * @param period  whole calendar months, not null
     * @return the figures, never null
     * @throws IllegalArgumentException if the period is not whole months, or the input holds no amount
     * @throws io.github.revops.money.CurrencyMismatchException if the input's amounts are in more than one currency
     */
    public static UnitEconomics of(EconomicsInput input, Period period) {
        return of(input, period, EconomicsOptions.DEFAULTS);
    }

    /**
     * Computes every figure of a period.
     *
     * @param input  the spend, subscriptions and deals, not null
     * @param period  whole calendar months, not null
     * @param options  lag, new-customer source, gross margin and churn window, not null
     * @return the figures, never null
     * @throws IllegalArgumentException if the period is not whole months, or the input holds no amount
     * @throws io.github.revops.money.CurrencyMismatchException if the input's amounts are in more than one currency
     */
    public static UnitEconomics of(EconomicsInput input, Period period, EconomicsOptions options) {
        return EconomicsLedger.of(input, options).economics(period);
    }

    /**
     * Computes every figure of a period in a reporting currency: spend converted at the rate of its date, MRR at
     * the date it is measured on.
     *
     * @param input  the spend, subscriptions and deals, not null
     * @param period  whole calendar months, not null
     * @param options  lag, new-customer source, gross margin and churn window, not null
     * @param reporting  the reporting currency and its rates, not null
     * @return the figures, never null
     * @throws IllegalArgumentException if the period is not whole months
     * @throws io.github.revops.money.CurrencyMismatchException if, without rates, an amount is in another currency
     * @throws io.github.revops.money.MissingExchangeRateException if a rate needed is missing
     */
    public static UnitEconomics of(EconomicsInput input, Period period, EconomicsOptions options,
                                   ReportingCurrency reporting) {
        return EconomicsLedger.of(input, options, reporting).economics(period);
    }

    /**
     * Computes every figure of each period of a granularity in a range with the default options.
     *
     * @param input  the spend, subscriptions and deals, not null
     * @param range  whole calendar months, not null
     * @param granularity  how to cut the range into whole months, such as {@link Granularity#QUARTER}, not null
     * @return the figures per period, in time order, never null
     * @throws IllegalArgumentException if a period is not whole months, or the input holds no amount
     * @throws io.github.revops.money.CurrencyMismatchException if the input's amounts are in more than one currency
     */
    public static TimeSeries<UnitEconomics> series(EconomicsInput input, Period range, Granularity granularity) {
        return series(input, range, granularity, EconomicsOptions.DEFAULTS);
    }

    /**
     * Computes every figure of each period of a granularity in a range; each month-end MRR and each month's churn is
     * read once for the whole series.
     *
     * @param input  the spend, subscriptions and deals, not null
     * @param range  whole calendar months, not null
     * @param granularity  how to cut the range into whole months, not null
     * @param options  lag, new-customer source, gross margin and churn window, not null
     * @return the figures per period, in time order, never null
     * @throws IllegalArgumentException if a period is not whole months, or the input holds no amount
     * @throws io.github.revops.money.CurrencyMismatchException if the input's amounts are in more than one currency
     */
    public static TimeSeries<UnitEconomics> series(EconomicsInput input, Period range, Granularity granularity,
                                                   EconomicsOptions options) {
        EconomicsLedger ledger = EconomicsLedger.of(input, options);
        return ledger.series(range, granularity, ledger::economics);
    }

    /**
     * Computes every figure of each period of a range in a reporting currency.
     *
     * @param input  the spend, subscriptions and deals, not null
     * @param range  whole calendar months, not null
     * @param granularity  how to cut the range into whole months, not null
     * @param options  lag, new-customer source, gross margin and churn window, not null
     * @param reporting  the reporting currency and its rates, not null
     * @return the figures per period, in time order, never null
     * @throws IllegalArgumentException if a period is not whole months
     * @throws io.github.revops.money.CurrencyMismatchException if, without rates, an amount is in another currency
     * @throws io.github.revops.money.MissingExchangeRateException if a rate needed is missing
     */
    public static TimeSeries<UnitEconomics> series(EconomicsInput input, Period range, Granularity granularity,
                                                   EconomicsOptions options, ReportingCurrency reporting) {
        EconomicsLedger ledger = EconomicsLedger.of(input, options, reporting);
        return ledger.series(range, granularity, ledger::economics);
    }

    /**
     * Returns the new MRR: each month's new customers' MRR on that month's last day, added up.
     *
     * @return the new MRR, never null
     */
    public ExactMoney newMrr() {
        return payback.newMrrPerNewCustomer().total();
    }

    /**
     * Returns the new MRR per new customer; undefined with no new customer.
     *
     * @return the average, never null
     */
    public MoneyAverage newMrrPerNewCustomer() {
        return payback.newMrrPerNewCustomer();
    }

    /**
     * Returns ARPA: the MRR of each month's last day over that day's paying customers, added up over the months.
     *
     * @return the average, never null
     */
    public MoneyAverage arpa() {
        return ltv.arpa();
    }

    /**
     * Returns the trailing churn: the mean of the defined monthly rates of {@link #monthlyLogoChurn()}.
     *
     * @return the ratio, never null
     */
    public Ratio trailingChurn() {
        return ltv.churn();
    }

    /**
     * Returns LTV:CAC with the blended CAC.
     *
     * @return LTV:CAC, never null
     */
    public LtvToCac ltvToCac() {
        return new LtvToCac(ltv, cac.blended());
    }
}
