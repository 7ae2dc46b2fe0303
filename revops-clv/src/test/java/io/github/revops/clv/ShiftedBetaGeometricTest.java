package io.github.revops.clv;

import io.github.revops.domain.BillingInterval;
import io.github.revops.domain.InvalidRecordException;
import io.github.revops.domain.Subscription;
import io.github.revops.money.Money;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ShiftedBetaGeometricTest {

    /** Fader and Hardie (2007), survivors of 1,000 per year 0..12 (survival_counts.csv). */
    private static final CohortSurvival HIGH_END = cohort("highend");
    private static final CohortSurvival REGULAR = cohort("regular");

    private static CohortSurvival cohort(String column) {
        List<Long> alive = new ArrayList<>();
        int[] index = {-1};
        CdnowData.lines("survival_counts.csv", line -> {
            String[] f = line.split(",");
            if (f[0].equals("year")) {
                index[0] = List.of(f).indexOf(column);
            } else {
                alive.add(Long.parseLong(f[index[0]]));
            }
        });
        return new CohortSurvival(alive);
    }

    @Test
    void fit_highEndYears1to7_reproducesPublishedEstimates() {
        ModelFit<ShiftedBetaGeometric> fit = ShiftedBetaGeometric.fit(HIGH_END.truncatedTo(7));

        // Fader & Hardie (2007): alpha 0.668, beta 3.806 (3 decimals).
        assertThat(fit.model().alpha()).isCloseTo(0.668, within(0.0005));
        assertThat(fit.model().beta()).isCloseTo(3.806, within(0.0005));
        // Recomputed MLE in the anchors note: (0.6681, 3.8061), LL -1.6112 per customer.
        assertThat(fit.model().alpha()).isCloseTo(0.6681, within(0.00005));
        assertThat(fit.model().beta()).isCloseTo(3.8061, within(0.00005));
        assertThat(fit.logLikelihood() / 1000).isCloseTo(-1.6112, within(0.00005));
        assertThat(fit.sampleSize()).isEqualTo(1000);
    }

    @Test
    void fit_regularYears1to7_reproducesPublishedEstimates() {
        ModelFit<ShiftedBetaGeometric> fit = ShiftedBetaGeometric.fit(REGULAR.truncatedTo(7));

        assertThat(fit.model().alpha()).isCloseTo(0.704, within(0.0005));
        assertThat(fit.model().beta()).isCloseTo(1.182, within(0.0005));
        assertThat(fit.logLikelihood() / 1000).isCloseTo(-1.6803, within(0.00005));
    }

    @Test
    void fit_isDeterministic() {
        assertThat(ShiftedBetaGeometric.fit(HIGH_END.truncatedTo(7)))
                .isEqualTo(ShiftedBetaGeometric.fit(HIGH_END.truncatedTo(7)));
    }

    @Test
    void logLikelihood_atOneOne_matchesPublishedStartingValue() {
        // jdmaturen/shifted_beta_geometric_py test: LL(1, 1) = -2.115 per customer; recomputed -2.11555.
        assertThat(ShiftedBetaGeometric.of(1, 1).logLikelihood(HIGH_END.truncatedTo(7)) / 1000)
                .isCloseTo(-2.11555, within(0.000005));
    }

    @Test
    void survival_projectsPublishedCurve() {
        // S(1..12) with the rounded published parameters, computed with mpmath beta(a, b+t)/beta(a, b)
        // (40 digits), rounded to 6 places.
        double[] highEnd = {0.850693, 0.746882, 0.669817, 0.609951, 0.561869, 0.522252, 0.488945, 0.460479,
            0.43582, 0.414213, 0.395096, 0.37804};
        double[] curve = ShiftedBetaGeometric.of(0.668, 3.806).survivalCurve(12);
        assertThat(curve[0]).isEqualTo(1.0);
        for (int t = 1; t <= 12; t++) {
            assertThat(curve[t]).isCloseTo(highEnd[t - 1], within(0.0000005));
            assertThat(ShiftedBetaGeometric.of(0.668, 3.806).survival(t)).isCloseTo(curve[t], within(1e-12));
        }
        double[] regular = {0.626723, 0.473843, 0.388, 0.332095, 0.292374, 0.262483, 0.239051, 0.220112,
            0.204437, 0.191216, 0.179891, 0.170063};
        for (int t = 1; t <= 12; t++) {
            assertThat(ShiftedBetaGeometric.of(0.704, 1.182).survival(t)).isCloseTo(regular[t - 1],
                    within(0.0000005));
        }
    }

    @Test
    void survival_fittedOnSevenYears_projectsHeldOutYears() {
        // Anchors d.7: projected S(8..12) 0.4605, 0.4358, 0.4142, 0.3951, 0.3780 (from the rounded parameters, so
        // the unrounded fit agrees to 1e-4).
        ShiftedBetaGeometric model = ShiftedBetaGeometric.fit(HIGH_END.truncatedTo(7)).model();
        double[] projected = {0.4605, 0.4358, 0.4142, 0.3951, 0.3780};
        for (int t = 8; t <= 12; t++) {
            assertThat(model.survival(t)).isCloseTo(projected[t - 8], within(0.0001));
            // and within 2 points of what the cohort actually did (the model runs 0.8 to 1.6 points low)
            assertThat(model.survival(t) * 1000).isCloseTo(HIGH_END.alive(t), within(20.0));
        }
    }

    @Test
    void churnProbabilityAndRetention_followTheRecursions() {
        ShiftedBetaGeometric model = ShiftedBetaGeometric.of(0.668, 3.806);
        assertThat(model.churnProbability(1)).isCloseTo(0.668 / (0.668 + 3.806), within(1e-14));
        assertThat(model.retention(1)).isCloseTo(3.806 / 4.474, within(1e-15));
        for (int t = 1; t <= 20; t++) {
            assertThat(model.churnProbability(t)).isCloseTo(model.survival(t - 1) - model.survival(t),
                    within(1e-14));
            assertThat(model.retention(t)).isCloseTo(model.survival(t) / model.survival(t - 1), within(1e-13));
        }
    }

    @Test
    void discountedExpectedLifetime_matchesIndependentSums() {
        // mpmath hyp2f1(1, b, a+b, 1/1.1), equal to nsum of S(t)/1.1^t: 5.92259640761 and 3.69514740557.
        assertThat(ShiftedBetaGeometric.of(0.668, 3.806).discountedExpectedLifetime(0.10))
                .isCloseTo(5.92259640761, within(1e-9));
        assertThat(ShiftedBetaGeometric.of(0.704, 1.182).discountedExpectedLifetime(0.10))
                .isCloseTo(3.69514740557, within(1e-9));
        // and a plain loop over the survival curve
        ShiftedBetaGeometric model = ShiftedBetaGeometric.of(0.704, 1.182);
        double sum = 0.0;
        double survival = 1.0;
        double discount = 1.0;
        for (int t = 0; t < 5000; t++) {
            sum += survival * discount;
            survival *= (1.182 + t) / (0.704 + 1.182 + t);
            discount /= 1.10;
        }
        assertThat(model.discountedExpectedLifetime(0.10)).isCloseTo(sum, within(1e-10));
    }

    @Test
    void discountedExpectedResidualLifetime_matchesPublishedAndIndependentValues() {
        // jdmaturen README: derl(alpha, beta, 0.10, 7) = 7.530 for the fitted high-end cohort.
        ShiftedBetaGeometric fitted = ShiftedBetaGeometric.fit(HIGH_END.truncatedTo(7)).model();
        assertThat(fitted.discountedExpectedResidualLifetime(0.10, 7)).isCloseTo(7.530, within(0.0005));
        // mpmath (b+n)/(a+b+n) * hyp2f1(1, b+n+1, a+b+n+1, 1/1.1) with the rounded parameters, n = 0..7.
        double[] highEnd = {5.414856048, 5.901753168, 6.294260617, 6.620280323, 6.897057398, 7.136001899,
            7.345052259, 7.529949531};
        ShiftedBetaGeometric model = ShiftedBetaGeometric.of(0.668, 3.806);
        for (int n = 0; n <= 7; n++) {
            assertThat(model.discountedExpectedResidualLifetime(0.10, n)).isCloseTo(highEnd[n], within(1e-8));
        }
        // A new customer's lifetime is its first payment plus the discounted residual after it.
        assertThat(model.discountedExpectedLifetime(0.10))
                .isCloseTo(1 + model.discountedExpectedResidualLifetime(0.10, 0) / 1.10, within(1e-12));
    }

    @Test
    void fit_onTenures_equalsFitOnCounts() {
        CohortSurvival cohort = HIGH_END.truncatedTo(7);
        List<Tenure> tenures = new ArrayList<>();
        for (int t = 1; t <= 7; t++) {
            for (long i = 0; i < cohort.churnedIn(t); i++) {
                tenures.add(Tenure.churned("C" + t + "-" + i, t));
            }
        }
        for (long i = 0; i < cohort.alive(7); i++) {
            tenures.add(Tenure.active("A-" + i, 7));
        }
        ModelFit<ShiftedBetaGeometric> fromTenures = ShiftedBetaGeometric.fit(tenures);
        ModelFit<ShiftedBetaGeometric> fromCounts = ShiftedBetaGeometric.fit(cohort);

        assertThat(fromTenures.model().alpha()).isCloseTo(fromCounts.model().alpha(), within(1e-9));
        assertThat(fromTenures.model().beta()).isCloseTo(fromCounts.model().beta(), within(1e-9));
        assertThat(fromTenures.logLikelihood()).isCloseTo(fromCounts.logLikelihood(), within(1e-9));
        assertThat(fromTenures.sampleSize()).isEqualTo(1000);
    }

    @Test
    void fit_onTenures_usesCensoringAtDifferentDepths() {
        // Two cohorts, one seen 7 years and one seen 3: the likelihood is the sum of both cohorts' likelihoods.
        List<Tenure> tenures = new ArrayList<>();
        CohortSurvival old = CohortSurvival.of(100, 87, 74, 65, 59, 55, 52, 49);
        CohortSurvival young = CohortSurvival.of(100, 85, 75, 66);
        addTenures(tenures, old, "old");
        addTenures(tenures, young, "young");
        ShiftedBetaGeometric probe = ShiftedBetaGeometric.of(0.7, 3.5);
        assertThat(probe.logLikelihood(tenures))
                .isCloseTo(probe.logLikelihood(old) + probe.logLikelihood(young), within(1e-9));
        ModelFit<ShiftedBetaGeometric> fit = ShiftedBetaGeometric.fit(tenures);
        assertThat(fit.sampleSize()).isEqualTo(200);
        assertThat(fit.logLikelihood()).isGreaterThanOrEqualTo(probe.logLikelihood(tenures));
    }

    private static void addTenures(List<Tenure> tenures, CohortSurvival cohort, String prefix) {
        for (int t = 1; t <= cohort.lastPeriod(); t++) {
            for (long i = 0; i < cohort.churnedIn(t); i++) {
                tenures.add(Tenure.churned(prefix + t + "-" + i, t));
            }
        }
        for (long i = 0; i < cohort.alive(cohort.lastPeriod()); i++) {
            tenures.add(Tenure.active(prefix + "-A" + i, cohort.lastPeriod()));
        }
    }

    @Test
    void fromSubscriptions_buildsTheCohortCountsByRenewalYear() {
        // 1,000 yearly subscriptions that reproduce the high-end cohort's first seven years.
        CohortSurvival cohort = HIGH_END.truncatedTo(7);
        List<Subscription> subscriptions = new ArrayList<>();
        LocalDate start = LocalDate.of(2010, 1, 1);
        int id = 0;
        for (int t = 1; t <= 7; t++) {
            for (long i = 0; i < cohort.churnedIn(t); i++) {
                // paid t years, then not in service on the t-th renewal date
                subscriptions.add(yearly("S" + id++, start).endingOn(start.plusYears(t)));
            }
        }
        for (long i = 0; i < cohort.alive(7); i++) {
            subscriptions.add(yearly("S" + id++, start));
        }

        CohortSurvival built = CohortSurvival.fromSubscriptions(subscriptions, BillingInterval.YEAR,
                LocalDate.of(2017, 6, 30));

        assertThat(built).isEqualTo(cohort);
        assertThat(ShiftedBetaGeometric.fit(built).model().alpha()).isCloseTo(0.668, within(0.0005));
    }

    @Test
    void fromSubscriptions_stopsAtTheShallowestActiveSubscription() {
        LocalDate asOf = LocalDate.of(2024, 3, 1);
        List<Subscription> subscriptions = List.of(
                monthly("A", LocalDate.of(2023, 10, 15)),                                   // 4 renewals by asOf
                monthly("B", LocalDate.of(2023, 9, 1)).endingOn(LocalDate.of(2023, 11, 20)), // churned in period 3
                monthly("C", LocalDate.of(2023, 9, 1)).endingOn(LocalDate.of(2023, 10, 1)),  // churned in period 1
                monthly("D", LocalDate.of(2023, 8, 1)));                                     // 7 renewals
        CohortSurvival built = CohortSurvival.fromSubscriptions(subscriptions, BillingInterval.MONTH, asOf);
        // periods 0..4: all 4; C gone from 1; B gone from 3
        assertThat(built.alive()).containsExactly(4L, 3L, 3L, 2L, 2L);
    }

    @Test
    void tenure_ofSubscription_countsRenewalsFromTheStartDate() {
        LocalDate jan31 = LocalDate.of(2024, 1, 31);
        // renewals on 29 Feb, 31 Mar, 30 Apr: computed from the start, so March keeps its 31st
        assertThat(Tenure.of(monthly("M", jan31), BillingInterval.MONTH, LocalDate.of(2024, 3, 31)))
                .isEqualTo(Tenure.active("M", 2));
        assertThat(Tenure.of(monthly("M", jan31), BillingInterval.MONTH, LocalDate.of(2024, 3, 30)))
                .isEqualTo(Tenure.active("M", 1));
        // ended the day after the second renewal: in service on renewal 2, churned in period 3
        assertThat(Tenure.of(monthly("M", jan31).endingOn(LocalDate.of(2024, 4, 1)), BillingInterval.MONTH,
                LocalDate.of(2024, 6, 1))).isEqualTo(Tenure.churned("M", 3));
        // an end date after the observation date is not yet known churn
        assertThat(Tenure.of(monthly("M", jan31).endingOn(LocalDate.of(2024, 9, 1)), BillingInterval.MONTH,
                LocalDate.of(2024, 6, 1))).isEqualTo(Tenure.active("M", 4));
        // weekly renewals
        assertThat(Tenure.of(monthly("W", LocalDate.of(2024, 1, 1)), BillingInterval.WEEK,
                LocalDate.of(2024, 1, 22))).isEqualTo(Tenure.active("W", 3));
    }

    @Test
    void fit_withoutAnyChurn_throwsModelFitException() {
        assertThatThrownBy(() -> ShiftedBetaGeometric.fit(CohortSurvival.of(100, 100, 100, 100)))
                .isInstanceOf(ModelFitException.class)
                .hasMessageContaining("sBG fit failed")
                .hasMessageContaining("the data do not identify the model")
                .extracting(e -> ((ModelFitException) e).model()).isEqualTo("sBG");
    }

    @Test
    void validation_namesTheFieldAndValue() {
        assertThatThrownBy(() -> CohortSurvival.of(100, 90, 95))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("alive[2] (95) must not exceed alive[1] (90): survival never rises");
        assertThatThrownBy(() -> CohortSurvival.of(0, 0)).hasMessageContaining("alive[0] (0) must be > 0");
        assertThatThrownBy(() -> ShiftedBetaGeometric.fit(CohortSurvival.of(10)))
                .hasMessageContaining("at least one period after acquisition");
        assertThatThrownBy(() -> ShiftedBetaGeometric.of(-1, 1)).hasMessage("alpha (-1.0) must be from 1.0E-12 to 1.0E12");
        assertThatThrownBy(() -> ShiftedBetaGeometric.of(1, 1).discountedExpectedLifetime(0))
                .hasMessage("discountRate (0.0) must be positive and finite");
        assertThatThrownBy(() -> Tenure.churned("C-9", 0))
                .isInstanceOf(InvalidRecordException.class)
                .hasMessage("tenure 'C-9': periods (0) must be >= 1 for a churned customer");
        assertThatThrownBy(() -> Tenure.of(monthly("late", LocalDate.of(2025, 1, 1)), BillingInterval.MONTH,
                LocalDate.of(2024, 1, 1)))
                .hasMessage("subscription 'late': startDate (2025-01-01) must not be after the observation date"
                        + " (2024-01-01)");
    }

    private static Subscription yearly(String id, LocalDate start) {
        return Subscription.of(id, "cust-" + id, Money.parse("USD 1200.00"), BillingInterval.YEAR, start);
    }

    private static Subscription monthly(String id, LocalDate start) {
        return Subscription.of(id, "cust-" + id, Money.parse("USD 100.00"), BillingInterval.MONTH, start);
    }
}
