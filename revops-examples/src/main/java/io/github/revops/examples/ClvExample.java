package io.github.revops.examples;

import io.github.revops.clv.BetaGeometricNbd;
import io.github.revops.clv.ClvHorizon;
import io.github.revops.clv.CohortSurvival;
import io.github.revops.clv.CustomerLifetimeValue;
import io.github.revops.clv.GammaGamma;
import io.github.revops.clv.RfmSummary;
import io.github.revops.clv.RfmTimeUnit;
import io.github.revops.clv.ShiftedBetaGeometric;

import java.io.PrintStream;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Predictive customer lifetime value (module revops-clv): the shifted-beta-geometric model fitted on the first seven
 * years of a published subscriber cohort and checked against the five years it did not see, then BG/NBD and
 * Gamma-Gamma fitted on the bundled CDNOW purchases and the value of one customer's next twelve months.
 * <pre>
 *   java -cp revops-examples/target/revops-examples.jar io.github.revops.examples.ClvExample
 * </pre>
 * Prints (among other lines): {@code sBG alpha 0.668, beta 3.806} and {@code customer 1: CLV of the next 12 months
 * USD 36.27}.
 */
public final class ClvExample {

    /**
     * The "high end" cohort of Fader and Hardie (2007), "How to Project Customer Retention": of 1,000 subscribers,
     * those still subscribed at the start of years 0 to 12.
     */
    static final long[] HIGH_END = {1000, 869, 743, 653, 593, 551, 517, 491, 468, 445, 427, 409, 394};
    private static final int YEARS_SEEN = 7;

    private ClvExample() {
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
        CohortSurvival seen = CohortSurvival.of(HIGH_END).truncatedTo(YEARS_SEEN);     // years 0 to 7
        ShiftedBetaGeometric sbg = ShiftedBetaGeometric.fit(seen).model();
        out.println(String.format(Locale.ROOT, "sBG alpha %.3f, beta %.3f", sbg.alpha(), sbg.beta()));
        for (int year = YEARS_SEEN + 1; year < HIGH_END.length; year++) {
            out.println(String.format(Locale.ROOT, "  year %2d: projected %5.1f, actual %d of 1000", year,
                    1000 * sbg.survival(year), HIGH_END[year]));
        }

        List<RfmSummary> customers = RfmSummary.fromTransactions(BundledData.cdnowPurchases(),
                LocalDate.of(1997, 9, 30), RfmTimeUnit.WEEK);                          // the 39-week calibration
        BetaGeometricNbd purchases = BetaGeometricNbd.fit(customers).model();
        GammaGamma spend = GammaGamma.fit(customers).model();
        out.println(String.format(Locale.ROOT, "BG/NBD r %.3f, alpha %.3f, a %.3f, b %.3f; Gamma-Gamma p %.2f,"
                + " q %.2f, gamma %.2f", purchases.r(), purchases.alpha(), purchases.a(), purchases.b(),
                spend.p(), spend.q(), spend.gamma()));
        RfmSummary first = customers.get(0);
        CustomerLifetimeValue clv = CustomerLifetimeValue.of(first, purchases, spend,
                ClvHorizon.of(12, 0.01, RfmTimeUnit.WEEK));                            // 12 months at 1% a month
        out.println("customer " + first.customerId() + ": CLV of the next 12 months "
                + clv.toMoney(RoundingMode.HALF_EVEN));
    }
}
