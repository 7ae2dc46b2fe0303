package io.github.revops.economics;

import io.github.revops.math.Rational;
import io.github.revops.money.ExactMoney;
import io.github.revops.result.Ratio;
import io.github.revops.result.TimeSeries;
import io.github.revops.time.Period;

import java.util.Objects;
import java.util.Optional;

/**
 * The unit economics of one calendar month: CAC, CAC payback, magic number, ARPA, trailing churn, formula LTV and
 * LTV:CAC, each with the parts it was computed from.
 *
 * <p>State dates follow the MRR bridge: the month's start state is the day before it, its end state its last day.
 * New MRR is the MRR of the month's new customers on its last day; ARPA is MRR over paying customers on that day;
 * the trailing churn averages the logo churn rates of the months before the month (the month itself excluded).
 * <pre>{@code
 * MonthlyEconomics march = economics.month(YearMonth.of(2026, 3));
 * march.payback().months();        // Optional[80/9]
 * march.magicNumber().ratio();     // net new ARR / February's spend
 * march.ltv().value();             // ARPA x margin / trailing churn, empty at zero churn
 * }</pre>
 *
 * @param period  the month, not null
 * @param options  the options used, not null
 * @param cac  CAC blended, paid and per channel, not null
 * @param newMrr  the new customers' MRR on the month's last day, not null
 * @param payback  CAC payback from the blended CAC, not null
 * @param previousPeriod  the month before, whose spend the magic number divides by, not null
 * @param magicNumber  net new ARR over the previous month's spend, not null
 * @param arpa  MRR over paying customers on the month's last day, in minor units, not null
 * @param monthlyLogoChurn  the logo churn rate of each month of the window, oldest first, not null
 * @param ltv  formula LTV from the ARPA and the trailing churn, not null
 * @since 0.1.0
 */
public record MonthlyEconomics(Period period, EconomicsOptions options, CacReport cac, ExactMoney newMrr,
                               CacPayback payback, Period previousPeriod, MagicNumber magicNumber, Ratio arpa,
                               TimeSeries<Ratio> monthlyLogoChurn, FormulaLtv ltv) {

    /**
     * Validates the parts.
     *
     * @param period  the month, not null
     * @param options  the options used, not null
     * @param cac  CAC blended, paid and per channel, not null
     * @param newMrr  the new customers' MRR on the month's last day, not null
     * @param payback  CAC payback from the blended CAC, not null
     * @param previousPeriod  the month before, whose spend the magic number divides by, not null
     * @param magicNumber  net new ARR over the previous month's spend, not null
     * @param arpa  MRR over paying customers on the month's last day, in minor units, not null
     * @param monthlyLogoChurn  the logo churn rate of each month of the window, oldest first, not null
     * @param ltv  formula LTV from the ARPA and the trailing churn, not null
     * @throws NullPointerException if a part is null
     */
    public MonthlyEconomics {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(cac, "cac");
        Objects.requireNonNull(newMrr, "newMrr");
        Objects.requireNonNull(payback, "payback");
        Objects.requireNonNull(previousPeriod, "previousPeriod");
        Objects.requireNonNull(magicNumber, "magicNumber");
        Objects.requireNonNull(arpa, "arpa");
        Objects.requireNonNull(monthlyLogoChurn, "monthlyLogoChurn");
        Objects.requireNonNull(ltv, "ltv");
    }

    /**
     * Returns the new MRR per new customer, in minor units; undefined with no new customer.
     *
     * @return the ratio, never null
     */
    public Ratio newMrrPerNewCustomer() {
        return payback.newMrrPerNewCustomer();
    }

    /**
     * Returns the trailing churn: the mean of the defined monthly rates of the window.
     *
     * @return the ratio, never null
     */
    public Ratio trailingChurn() {
        return ltv.churn();
    }

    /**
     * Returns LTV:CAC with the blended CAC.
     *
     * @return the ratio, or empty when LTV or CAC is undefined or the CAC is zero
     */
    public Optional<Rational> ltvToCac() {
        return ltv.toCac(cac.blended().ratio());
    }
}
