package io.github.revops.economics;

import io.github.revops.math.Rational;
import io.github.revops.money.CurrencyMismatchException;
import io.github.revops.money.ExactMoney;
import io.github.revops.result.Mergeable;
import io.github.revops.result.Ratio;

import java.util.Currency;
import java.util.Objects;

/**
 * The SaaS magic number: net new ARR of a period over the sales and marketing spend of the period before
 * (METRICS.md 4).
 *
 * <p>Net new ARR is 12 × the change in MRR over the period (end state minus start state), so it is negative when
 * MRR fell. The ratio is undefined when the previous period had no spend. The numerator is already annual: it is
 * never multiplied by 4 again. Results merge by adding both parts.
 * <pre>{@code
 * MagicNumber m = MagicNumber.of(ExactMoney.of(Money.parse("USD 60000.00")),
 *         ExactMoney.of(Money.parse("USD 40000.00")));
 * m.ratio().exactValue();    // Optional[3/2]
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
