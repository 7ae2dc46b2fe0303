package io.github.revops.economics;

import io.github.revops.math.Rational;
import io.github.revops.money.CurrencyMismatchException;
import io.github.revops.money.ExactMoney;
import io.github.revops.money.ReportingCurrency;
import io.github.revops.result.Mergeable;
import io.github.revops.result.Ratio;
import io.github.revops.result.TimeSeries;
import io.github.revops.time.Granularity;
import io.github.revops.time.Period;

import java.util.Currency;
import java.util.Objects;

/**
 * The SaaS magic number: net new ARR of a period over the sales and marketing spend of the period before
 * (docs/metrics.md, "CAC payback, magic number, LTV:CAC").
 *
 * <p>Net new ARR is 12 × the change in MRR over the period (end state minus start state), so it is negative when
 * MRR fell. The period before is as many whole months long: the month before a month, the quarter before a quarter.
 * The ratio is undefined when the previous period had no spend. The numerator is already annual: it is never
 * multiplied by 4 again. Results merge by adding both parts.
 * <pre>{@code
 * MagicNumber m = MagicNumber.of(ExactMoney.of(Money.parse("USD 60000.00")),
 *         ExactMoney.of(Money.parse("USD 40000.00")));
 * m.ratio().exactValue();                                      // Optional[3/2]
 * MagicNumber.of(input, Period.quarter(2026, 2)).ratio();     // Q2's net new ARR / Q1's spend
 * }</pre>
 *
 * @param netNewArr  the net new ARR of the period, not null
 * @param previousPeriodSpend  the S&amp;M spend of the previous period, in the same currency, not null
 * @since 0.1.0
 */
public record MagicNumber(ExactMoney netNewArr, ExactMoney previousPeriodSpend) implements Mergeable<MagicNumber> {

    private static final Rational MONTHS_PER_YEAR = Rational.of(12);

    /**
     * Validates the parts.
     *
     * @param netNewArr  the net new ARR of the period, not null
     * @param previousPeriodSpend  the S&amp;M spend of the previous period, in the same currency, not null
     * @throws NullPointerException if a part is null
     * @throws CurrencyMismatchException if the currencies differ
     */
    public MagicNumber {
        if (!netNewArr.currency().equals(previousPeriodSpend.currency())) {
            throw new CurrencyMismatchException(netNewArr.currency(), previousPeriodSpend.currency());
        }
    }

    /**
     * Obtains the magic number of its parts.
     *
     * @param netNewArr  the net new ARR, not null
     * @param previousPeriodSpend  the previous period's spend, not null
     * @return the magic number, never null
     */
    public static MagicNumber of(ExactMoney netNewArr, ExactMoney previousPeriodSpend) {
        return new MagicNumber(netNewArr, previousPeriodSpend);
    }

    /**
     * Obtains the magic number from the MRR at the period's start and end states: net new ARR is
     * {@code 12 × (end - start)}.
     *
     * @param startMrr  the MRR at the start state (the day before the period), not null
     * @param endMrr  the MRR at the end state (the period's last day), not null
     * @param previousPeriodSpend  the previous period's spend, not null
     * @return the magic number, never null
     * @throws CurrencyMismatchException if the currencies differ
     */
    public static MagicNumber fromMrr(ExactMoney startMrr, ExactMoney endMrr, ExactMoney previousPeriodSpend) {
        return new MagicNumber(endMrr.minus(startMrr).multipliedBy(MONTHS_PER_YEAR), previousPeriodSpend);
    }

    /**
     * Computes the magic number of a period: 12 × the change of MRR from the day before the period to its last day,
     * over the spend of the period before it, in the currency of the input's first amount.
     *
     * @param input  the spend, subscriptions and deals, not null
     * @param period  whole calendar months, such as a month or a quarter, not null
     * @return the magic number, never null
     * @throws IllegalArgumentException if the period is not whole months, or the input holds no amount
     * @throws CurrencyMismatchException if the input's amounts are in more than one currency
     */
    public static MagicNumber of(EconomicsInput input, Period period) {
        return EconomicsLedger.of(input, EconomicsOptions.DEFAULTS).magicNumber(period);
    }

    /**
     * Computes the magic number of a period in a reporting currency: spend converted at the rate of its date, MRR at
     * the date it is measured on.
     *
     * @param input  the spend, subscriptions and deals, not null
     * @param period  whole calendar months, not null
     * @param reporting  the reporting currency and its rates, not null
     * @return the magic number, never null
     * @throws IllegalArgumentException if the period is not whole months
     * @throws CurrencyMismatchException if, without rates, an amount is in another currency
     * @throws io.github.revops.money.MissingExchangeRateException if a rate needed is missing
     */
    public static MagicNumber of(EconomicsInput input, Period period, ReportingCurrency reporting) {
        return EconomicsLedger.of(input, EconomicsOptions.DEFAULTS, reporting).magicNumber(period);
    }

    /**
     * Computes the magic number of each period of a granularity in a range.
     *
     * @param input  the spend, subscriptions and deals, not null
     * @param range  whole calendar months, not null
     * @param granularity  how to cut the range into whole months, such as {@link Granularity#QUARTER}, not null
     * @return the magic number per period, in time order, never null
     * @throws IllegalArgumentException if a period is not whole months, or the input holds no amount
     * @throws CurrencyMismatchException if the input's amounts are in more than one currency
     */
    public static TimeSeries<MagicNumber> series(EconomicsInput input, Period range, Granularity granularity) {
        EconomicsLedger ledger = EconomicsLedger.of(input, EconomicsOptions.DEFAULTS);
        return ledger.series(range, granularity, ledger::magicNumber);
    }

    /**
     * Computes the magic number of each period of a range in a reporting currency.
     *
     * @param input  the spend, subscriptions and deals, not null
     * @param range  whole calendar months, not null
     * @param granularity  how to cut the range into whole months, not null
     * @param reporting  the reporting currency and its rates, not null
     * @return the magic number per period, in time order, never null
     * @throws IllegalArgumentException if a period is not whole months
     * @throws CurrencyMismatchException if, without rates, an amount is in another currency
     * @throws io.github.revops.money.MissingExchangeRateException if a rate needed is missing
     */
    public static TimeSeries<MagicNumber> series(EconomicsInput input, Period range, Granularity granularity,
                                                 ReportingCurrency reporting) {
        EconomicsLedger ledger = EconomicsLedger.of(input, EconomicsOptions.DEFAULTS, reporting);
        return ledger.series(range, granularity, ledger::magicNumber);
    }

    /**
     * Returns nothing in a currency: the identity of {@link #combine}.
     *
     * @param currency  the currency, not null
     * @return the empty magic number, never null
     */
    public static MagicNumber empty(Currency currency) {
        Objects.requireNonNull(currency, "currency");
        return new MagicNumber(ExactMoney.zero(currency), ExactMoney.zero(currency));
    }

    /**
     * Returns the magic number as the ratio of net new ARR to the previous period's spend; undefined when that
     * spend is zero.
     *
     * @return the ratio, never null
     */
    public Ratio ratio() {
        return Ratio.of(netNewArr.minorUnits(), previousPeriodSpend.minorUnits());
    }

    /**
     * Returns the magic number of both inputs together, both parts added.
     *
     * @param other  the other magic number, in the same currency, not null
     * @return the merged magic number, never null
     * @throws CurrencyMismatchException if the currencies differ
     */
    @Override
    public MagicNumber combine(MagicNumber other) {
        return new MagicNumber(netNewArr.plus(other.netNewArr), previousPeriodSpend.plus(other.previousPeriodSpend));
    }
}
