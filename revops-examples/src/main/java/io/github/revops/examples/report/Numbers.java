package io.github.revops.examples.report;

import io.github.revops.math.Rational;
import io.github.revops.money.ExactMoney;
import io.github.revops.result.MoneyAverage;
import io.github.revops.result.Ratio;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Optional;

/**
 * Rounds the library's exact results once, for display: the tables and the chart data both take their numbers
 * from here, so a chart shows exactly the figure its table prints.
 *
 * <p>Percentages and day counts have one decimal, money the currency's decimals, all rounded half-even. An
 * undefined result (a ratio with a zero denominator) stays empty, never 0.
 */
public final class Numbers {

    private static final int ONE_DECIMAL = 1;

    private Numbers() {
    }

    /**
     * Returns a ratio in percent, one decimal.
     *
     * @param ratio  the ratio, not null
     * @return the percentage, or empty when the ratio is undefined
     */
    public static Optional<BigDecimal> percent(Ratio ratio) {
        return ratio.percent(ONE_DECIMAL, RoundingMode.HALF_EVEN);
    }

    /**
     * Returns a ratio as a plain number with two decimals (the quick ratio).
     *
     * @param ratio  the ratio, not null
     * @return the value, or empty when the ratio is undefined
     */
    public static Optional<BigDecimal> plain(Ratio ratio) {
        return ratio.exactValue().map(v -> v.toBigDecimal(2, RoundingMode.HALF_EVEN));
    }

    /**
     * Returns a number of days, one decimal.
     *
     * @param days  the exact days, or empty
     * @return the days, or empty
     */
    public static Optional<BigDecimal> days(Optional<Rational> days) {
        return days.map(d -> d.toBigDecimal(ONE_DECIMAL, RoundingMode.HALF_EVEN));
    }

    /**
     * Returns an amount in major units of its currency, rounded once to the currency's scale.
     *
     * @param money  the exact amount, not null
     * @return the amount, never null
     */
    public static BigDecimal money(ExactMoney money) {
        return money.toMoney(RoundingMode.HALF_EVEN).amount();
    }

    /**
     * Returns a ratio of minor units (an average deal size, ARPA) as an amount in major units.
     *
     * @param minorUnits  the ratio in minor units, not null
     * @param currency  the currency, not null
     * @return the amount, or empty when the ratio is undefined
     */
    public static Optional<BigDecimal> money(Ratio minorUnits, Currency currency) {
        return minorUnits.exactValue().map(v -> money(ExactMoney.ofMinor(currency, v)));
    }

    /**
     * Returns an average that is money (ARPA) in major units of its currency, rounded once.
     *
     * @param average  the average, not null
     * @return the mean, or empty when the average is undefined
     */
    public static Optional<BigDecimal> money(MoneyAverage average) {
        return average.mean().map(Numbers::money);
    }
}
