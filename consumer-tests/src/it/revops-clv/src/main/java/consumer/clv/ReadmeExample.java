package consumer.clv;

import io.github.revops.clv.CohortSurvival;
import io.github.revops.clv.ModelFit;
import io.github.revops.clv.ShiftedBetaGeometric;

import java.util.Locale;

/**
 * The subscription half of the README's "Predictive customer lifetime value" example, as a user's program: the
 * published sBG fit of Fader and Hardie's cohort, printed to the README's precision.
 */
public final class ReadmeExample {

    private ReadmeExample() {
    }

    public static void main(String[] args) {
        Module module = ReadmeExample.class.getModule();
        System.out.println("== revops-clv consumer " + (module.isNamed()
                ? "on the module path, in module " + module.getName() + " reading "
                        + ShiftedBetaGeometric.class.getModule().getName()
                : "on the class path"));

        // Subscriptions: fit the sBG model on a cohort's survivors (years 0-7) and project its retention
        ModelFit<ShiftedBetaGeometric> cohort = ShiftedBetaGeometric.fit(
                CohortSurvival.of(1000, 869, 743, 653, 593, 551, 517, 491));
        ShiftedBetaGeometric sbg = cohort.model();                       // alpha 0.668, beta 3.806
        double left = sbg.survival(12);                                  // 0.378 of the cohort after 12 years
        double renewal = sbg.retention(13);                              // 0.959: renewal rate in year 13
        double residual = sbg.discountedExpectedResidualLifetime(0.10, 7); // 7.53 payments ahead, at 10% a year

        System.out.println(String.format(Locale.ROOT, "alpha %.3f, beta %.3f", sbg.alpha(), sbg.beta()));
        System.out.println(String.format(Locale.ROOT, "survival after 12 years: %.3f", left));
        System.out.println(String.format(Locale.ROOT, "renewal rate in year 13: %.3f", renewal));
        System.out.println(String.format(Locale.ROOT, "payments ahead at 10%%: %.2f", residual));
    }
}
