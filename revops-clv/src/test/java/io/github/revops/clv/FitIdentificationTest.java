package io.github.revops.clv;

import io.github.revops.money.Money;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * Issue 16, item 6: fits on data that do not identify the model used to return garbage, and predictions used to show
 * an internal NaN or Infinity. Each case below returned without error (or with the internal message) before the
 * checks of docs/decisions/0045.
 */
class FitIdentificationTest {

    private static RfmSummary customer(String id, long x, double tx, double age) {
        return RfmSummary.ofAverage(id, x, tx, age, Money.parse(x == 0 ? "USD 0.00" : "USD 10.00"));
    }

    @Test
    void bgnbd_oneCustomer_throwsInsteadOfRunningOff() {
        // was: r 4.4e8, alpha 6.7e8, a 6.6e5, b 6.7e5 and no error
        assertThatThrownBy(() -> BetaGeometricNbd.fit(List.of(customer("1", 2, 3, 10))))
                .isInstanceOf(ModelFitException.class)
                .hasMessage("BG/NBD fit failed: all 1 customers have the same history (x 2, t_x 3, age T 10): one"
                        + " distinct history does not identify the model");
    }

    @Test
    void bgnbd_identicalCustomers_throw() {
        List<RfmSummary> same = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            same.add(customer("c" + i, 2, 3, 10));
        }
        assertThatThrownBy(() -> BetaGeometricNbd.fit(same))
                .isInstanceOf(ModelFitException.class)
                .hasMessageContaining("all 100 customers have the same history");
    }

    @Test
    void bgnbd_everyAgeZero_throws() {
        // was: a "fit" with log-likelihood 0 (nothing observed) near the starting point
        List<RfmSummary> unobserved = List.of(customer("a", 0, 0, 0), customer("b", 0, 0, 0));
        assertThatThrownBy(() -> BetaGeometricNbd.fit(unobserved))
                .isInstanceOf(ModelFitException.class)
                .hasMessage("BG/NBD fit failed: every one of the 2 customers has age T 0: nothing was observed, so the"
                        + " data do not identify the model");
    }

    @Test
    void bgnbd_twoNearlyIdenticalHistories_failTheLikelihoodRatioProbe() {
        // Two distinct histories pass the sample checks; the likelihood is nearly flat along a ridge.
        List<RfmSummary> two = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            two.add(customer("a" + i, 2, 3, 10));
            two.add(customer("b" + i, 2, 3.5, 10));
        }
        assertThatThrownBy(() -> BetaGeometricNbd.fit(two))
                .isInstanceOf(ModelFitException.class)
                .hasMessageContaining("BG/NBD fit failed: ")
                .hasMessageContaining("do not identify the model");
    }

    @Test
    void sbg_singleCustomerOnePeriod_throws() {
        // was: alpha 1671, beta 2e-8 and no error
        assertThatThrownBy(() -> ShiftedBetaGeometric.fit(CohortSurvival.of(1, 0)))
                .isInstanceOf(ModelFitException.class)
                .hasMessage("sBG fit failed: the cohort [1, 0] covers 1 period: one period identifies only the mean"
                        + " churn rate alpha / (alpha + beta), so at least two are needed");
    }

    @Test
    void sbg_hugeCohortOnePeriod_throws() {
        // was: alpha = beta = e (the starting point after one restart) and no error
        assertThatThrownBy(() -> ShiftedBetaGeometric.fit(CohortSurvival.of(Long.MAX_VALUE, Long.MAX_VALUE / 2)))
                .isInstanceOf(ModelFitException.class)
                .hasMessageContaining("covers 1 period");
        assertThatThrownBy(() -> ShiftedBetaGeometric.fit(List.of(Tenure.churned("a", 1), Tenure.active("b", 1))))
                .isInstanceOf(ModelFitException.class)
                .hasMessage("sBG fit failed: the longest tenure covers 1 period: one period identifies only the mean"
                        + " churn rate alpha / (alpha + beta), so at least two are needed");
    }

    @Test
    void sbg_noHeterogeneity_throwsInsteadOfRunningOff() {
        // Exactly geometric survival: the maximum is at alpha, beta -> infinity; was alpha = beta = 131419.
        assertThatThrownBy(() -> ShiftedBetaGeometric.fit(CohortSurvival.of(1000, 500, 250)))
                .isInstanceOf(ModelFitException.class)
                .hasMessageStartingWith("sBG fit failed: the data do not identify the model: moving the parameters"
                        + " from alpha ")
                .hasMessageContaining("it must fall by at least 1.92, the 95% likelihood-ratio bound");
    }

    @Test
    void clv_millionMonthHorizon_isRefusedNamingTheField() {
        // was: a minutes-long loop, or "expectedPurchases (NaN) must be >= 0 and finite"
        assertThatThrownBy(() -> ClvHorizon.of(1_000_000, 0.01, RfmTimeUnit.WEEK))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("months (1000000) must be <= 1200");
    }

    @Test
    void clv_internalInfinity_becomesAnErrorNamingTheInputs() {
        // Found by HostileInputPropertyTest: r far above a + b makes the transformed series cancel; was
        // "expectedPurchases (Infinity) must be >= 0 and finite" from the CustomerLifetimeValue record.
        BetaGeometricNbd purchases = BetaGeometricNbd.of(1223.4592593376242, 1.0, 1.002927487512892, 1.0);
        GammaGamma spend = GammaGamma.of(1.0, 1.002927487512892, 1.0);
        RfmSummary once = customer("c", 0, 0, 0);
        assertThatThrownBy(() -> CustomerLifetimeValue.of(once, purchases, spend,
                ClvHorizon.of(1, 0.01, RfmTimeUnit.WEEK)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("t (4.345) with BetaGeometricNbd[r=1223.4592593376242")
                .hasMessageContaining("is outside the domain where the expected purchases can be evaluated");
    }

    @Test
    void clv_customerWithABillionPurchases_isFiniteAndWithinThePoissonBound() {
        // A customer seen buying up to the end of the calibration: alive, and at most the posterior mean rate
        // (r + x) / (alpha + T) times the window can be expected (the purchase rate's posterior under BG/NBD).
        BetaGeometricNbd paper = BetaGeometricNbd.of(0.243, 4.414, 0.793, 2.426);
        long x = 1_000_000_000L;
        double expected = paper.conditionalExpectedPurchases(39, x, 38.86, 38.86);
        assertThat(expected).isFinite().isPositive().isLessThanOrEqualTo((0.243 + x) / (4.414 + 38.86) * 39);
        assertThat(paper.probabilityAlive(x, 38.86, 38.86)).isCloseTo(1.0, within(1e-9));
        CustomerLifetimeValue clv = CustomerLifetimeValue.of(customer("big", x, 38.86, 38.86), paper,
                GammaGamma.of(6.25, 3.74, 15.44), ClvHorizon.of(12, 0.01, RfmTimeUnit.WEEK));
        assertThat(clv.value()).isFinite().isPositive();
        assertThat(clv.expectedAverageSpend()).isCloseTo(10.0, within(1e-6));
    }

    @Test
    void sbg_lowDiscountRateAndHugeRenewals_areRefusedOrFinite() {
        ShiftedBetaGeometric paper = ShiftedBetaGeometric.of(0.668, 3.806);
        // was: an ArithmeticException after 50 million terms
        assertThatThrownBy(() -> paper.discountedExpectedLifetime(1e-300))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("discountRate (1.0E-300) must be >= 1.0E-4: lower rates need too many terms of the"
                        + " lifetime series");
        // was: "period (-2147483648) must be >= 1", naming an internal argument after an int overflow
        assertThat(paper.discountedExpectedResidualLifetime(0.1, Integer.MAX_VALUE)).isFinite()
                .isCloseTo(11.0, within(1e-6));
        assertThatThrownBy(() -> paper.survivalCurve(Integer.MAX_VALUE))
                .hasMessage("periods (2147483647) must be <= 1000000");
    }
}
