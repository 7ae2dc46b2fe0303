package io.github.revops.examples;

import io.github.revops.domain.Deal;
import io.github.revops.domain.ForecastCategory;
import io.github.revops.domain.ForecastSubmission;
import io.github.revops.domain.Spend;
import io.github.revops.domain.SpendCategory;
import io.github.revops.economics.EconomicsInput;
import io.github.revops.economics.EconomicsOptions;
import io.github.revops.economics.UnitEconomics;
import io.github.revops.forecast.ForecastInput;
import io.github.revops.forecast.ForecastSnapshot;
import io.github.revops.forecast.ScoredForecast;
import io.github.revops.math.Rational;
import io.github.revops.money.Money;
import io.github.revops.time.Period;

import java.io.PrintStream;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/**
 * Unit economics and forecast accuracy on the bundled data. The data sets hold no marketing spend and no forecasts,
 * so this example states some: USD 300,000 of paid advertising and USD 100,000 of sales cost in December 2024 for
 * the RavenStack subscriptions, and two commit forecasts of one CRM sales agent for the fourth quarter of 2017,
 * scored against the deals the agent really won.
 * <pre>
 *   java -cp revops-examples/target/revops-examples.jar io.github.revops.examples.EconomicsExample
 * </pre>
 */
public final class EconomicsExample {

    private EconomicsExample() {
    }

    /**
     * Runs the example.
     *
     * @param args  ignored
     */
    public static void main(String[] args) {
        run(System.out);
    }

    /**
     * Runs the example, printing to a stream.
     *
     * @param out  where to print, not null
     */
    public static void run(PrintStream out) {
        List<Spend> spend = List.of(                                         // assumed: the data set has no spend
                Spend.of("SP-1", LocalDate.of(2024, 12, 1), Money.parse("USD 300000.00"), SpendCategory.MARKETING,
                        "Ads", true),
                Spend.of("SP-2", LocalDate.of(2024, 12, 1), Money.parse("USD 100000.00"), SpendCategory.SALES,
                        "Team", false));
        EconomicsInput input = EconomicsInput.of(spend, BundledData.ravenStackSubscriptions());
        UnitEconomics december = UnitEconomics.of(input, Period.month(2024, 12),
                EconomicsOptions.DEFAULTS.withGrossMargin(Rational.of(4, 5)));   // an 80 % gross margin
        out.println("December 2024: " + december.cac().newCustomers().size() + " new customers, blended CAC "
                + december.cac().blended().amount(RoundingMode.HALF_EVEN).orElseThrow() + ", paid CAC "
                + december.cac().paid().amount(RoundingMode.HALF_EVEN).orElseThrow());
        out.println("new MRR per new customer "
                + december.newMrrPerNewCustomer().toMoney(RoundingMode.HALF_EVEN).orElseThrow()
                + ", CAC payback " + december.payback().months().orElseThrow().toBigDecimal(2, RoundingMode.HALF_EVEN)
                + " months at 80 % margin");
        out.println("trailing logo churn " + december.trailingChurn() + ", LTV:CAC "
                + december.ltvToCac().value().map(r -> r.toBigDecimal(1, RoundingMode.HALF_EVEN).toPlainString())
                        .orElse("undefined"));

        List<Deal> deals = BundledData.crmDeals();
        Period q4 = Period.quarter(2017, 4);
        List<ForecastSubmission> forecasts = List.of(                       // assumed: the data set has none
                new ForecastSubmission("F-1", "Darcel Schlecht", q4, LocalDate.of(2017, 10, 2),
                        ForecastCategory.COMMIT, Money.parse("USD 250000.00")),
                new ForecastSubmission("F-2", "Darcel Schlecht", q4, LocalDate.of(2017, 11, 6),
                        ForecastCategory.COMMIT, Money.parse("USD 300000.00")));
        ForecastSnapshot mid = ForecastSnapshot.of(ForecastInput.of(forecasts, deals), q4, ForecastCategory.COMMIT,
                LocalDate.of(2017, 11, 15));
        ScoredForecast latest = mid.forecasts().get(0);                        // F-2 supersedes F-1
        out.println("Darcel Schlecht, 2017-Q4: commit " + latest.forecast().toMoney(RoundingMode.UNNECESSARY) + " ("
                + latest.submission().id() + "), won " + latest.actual().toMoney(RoundingMode.UNNECESSARY)
                + ", accuracy "
                + latest.accuracy().toBigDecimal(4, RoundingMode.HALF_EVEN) + ", bias "
                + mid.accuracy().bias().toBigDecimal(4, RoundingMode.HALF_EVEN));
    }
}
