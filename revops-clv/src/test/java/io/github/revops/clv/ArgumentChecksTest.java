package io.github.revops.clv;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import java.util.Currency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * Every argument check of the models, records and predictions gives the documented {@link IllegalArgumentException}
 * naming the argument and its value: one case per check, each the first rule the arguments break.
 */
class ArgumentChecksTest {

    private static final ShiftedBetaGeometric SBG = ShiftedBetaGeometric.of(0.668, 3.806);
    private static final BetaGeometricNbd BGNBD = BetaGeometricNbd.of(0.243, 4.414, 0.793, 2.426);
    private static final ParetoNbd PARETO = ParetoNbd.of(0.55, 10.58, 0.61, 11.67);
    private static final BetaGeometricBetaBinomial BGBB = BetaGeometricBetaBinomial.of(1.204, 0.750, 0.657, 2.783);
    private static final GammaGamma SPEND = GammaGamma.of(6.25, 3.74, 15.44);
    private static final Currency USD = Currency.getInstance("USD");

    private static void assertRefused(ThrowingCallable call, String message) {
        assertThatThrownBy(call).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    }

    @Test
    void modelParameters_mustBeFromOneETwelveNegativeToOneETwelve() {
        assertRefused(() -> ShiftedBetaGeometric.of(1, 0), "beta (0.0) must be from 1.0E-12 to 1.0E12");
        assertRefused(() -> ShiftedBetaGeometric.of(2e12, 1), "alpha (2.0E12) must be from 1.0E-12 to 1.0E12");
        assertRefused(() -> BetaGeometricNbd.of(0, 1, 1, 1), "r (0.0) must be from 1.0E-12 to 1.0E12");
        assertRefused(() -> BetaGeometricNbd.of(1, 0, 1, 1), "alpha (0.0) must be from 1.0E-12 to 1.0E12");
        assertRefused(() -> BetaGeometricNbd.of(1, 1, 0, 1), "a (0.0) must be from 1.0E-12 to 1.0E12");
        assertRefused(() -> BetaGeometricNbd.of(1, 1, 1, 0), "b (0.0) must be from 1.0E-12 to 1.0E12");
        assertRefused(() -> ParetoNbd.of(0, 1, 1, 1), "r (0.0) must be from 1.0E-12 to 1.0E12");
        assertRefused(() -> ParetoNbd.of(1, 0, 1, 1), "alpha (0.0) must be from 1.0E-12 to 1.0E12");
        assertRefused(() -> ParetoNbd.of(1, 1, 0, 1), "s (0.0) must be from 1.0E-12 to 1.0E12");
        assertRefused(() -> ParetoNbd.of(1, 1, 1, 0), "beta (0.0) must be from 1.0E-12 to 1.0E12");
        assertRefused(() -> BetaGeometricBetaBinomial.of(0, 1, 1, 1), "alpha (0.0) must be from 1.0E-12 to 1.0E12");
        assertRefused(() -> BetaGeometricBetaBinomial.of(1, 0, 1, 1), "beta (0.0) must be from 1.0E-12 to 1.0E12");
        assertRefused(() -> BetaGeometricBetaBinomial.of(1, 1, 1, 0), "delta (0.0) must be from 1.0E-12 to 1.0E12");
        assertRefused(() -> GammaGamma.of(0, 1, 1), "p (0.0) must be from 1.0E-12 to 1.0E12");
        assertRefused(() -> GammaGamma.of(1, 0, 1), "q (0.0) must be from 1.0E-12 to 1.0E12");
        assertRefused(() -> GammaGamma.of(1, 1, Double.NaN), "gamma (NaN) must be from 1.0E-12 to 1.0E12");
    }

    @Test
    void sbgPredictions_refuseOutOfRangePeriods() {
        assertRefused(() -> SBG.churnProbability(0), "period (0) must be >= 1");
        assertRefused(() -> SBG.retention(0), "period (0) must be >= 1");
        assertRefused(() -> SBG.survival(-1), "periods (-1) must be >= 0");
        assertRefused(() -> SBG.survivalCurve(-1), "periods (-1) must be >= 0");
        assertRefused(() -> SBG.discountedExpectedResidualLifetime(0.1, -1), "renewals (-1) must be >= 0");
        assertRefused(() -> SBG.discountedExpectedLifetime(Double.POSITIVE_INFINITY),
                "discountRate (Infinity) must be positive and finite");
    }

    @Test
    void purchasePredictions_refuseNegativeWindowsAndHistories() {
        assertRefused(() -> BGNBD.conditionalExpectedPurchases(-1, 1, 1, 2), "t (-1.0) must be >= 0 and finite");
        assertRefused(() -> BGNBD.expectedPurchases(-1), "t (-1.0) must be >= 0 and finite");
        assertRefused(() -> BGNBD.probabilityOfPurchases(-1, 1), "n (-1) must be >= 0");
        assertRefused(() -> BGNBD.probabilityOfPurchases(1, -1), "t (-1.0) must be >= 0 and finite");
        assertRefused(() -> BGNBD.probabilityAlive(-1, 0, 2), "frequency (-1) must be >= 0");
        assertRefused(() -> BGNBD.probabilityAlive(1, -1, 2), "recency (-1.0) must be >= 0 and finite");
        assertRefused(() -> PARETO.conditionalExpectedPurchases(-1, 1, 1, 2), "t (-1.0) must be >= 0 and finite");
        assertRefused(() -> PARETO.probabilityAlive(1, Double.NaN, 2), "recency (NaN) must be >= 0 and finite");
        assertRefused(() -> BGBB.conditionalExpectedTransactions(-1, 1, 1, 2), "futurePeriods (-1) must be >= 0");
        assertRefused(() -> BGBB.expectedTransactions(-1), "periods (-1) must be >= 0");
    }

    @Test
    void spendPredictions_refuseOutOfRangeHistories() {
        assertRefused(() -> SPEND.logLikelihood(0, 5), "frequency (0) must be >= 1");
        assertRefused(() -> SPEND.logLikelihood(1, 0), "averageSpend (0.0) must be positive and finite");
        assertRefused(() -> SPEND.conditionalExpectedAverageSpend(-1, 0), "frequency (-1) must be >= 0");
        assertRefused(() -> SPEND.conditionalExpectedAverageSpend(1, -1),
                "averageSpend (-1.0) must be >= 0 and finite");
    }

    @Test
    void valueAndHorizon_refuseNegativeFigures() {
        assertRefused(() -> new CustomerLifetimeValue("c", -1, 1, 1, USD),
                "expectedPurchases (-1.0) must be >= 0 and finite");
        assertRefused(() -> new CustomerLifetimeValue("c", 1, -1, 1, USD),
                "expectedAverageSpend (-1.0) must be >= 0 and finite");
        assertRefused(() -> new CustomerLifetimeValue("c", 1, 1, Double.NaN, USD),
                "value (NaN) must be >= 0 and finite");
        assertRefused(() -> ClvHorizon.of(0, 0.01, RfmTimeUnit.WEEK), "months (0) must be >= 1");
    }

    @Test
    void everyBound_isAccepted() {
        // each check's bound itself is allowed: parameters of exactly 1e-12 and 1e12, the first period, the longest
        // horizon, a rate and figures of 0
        ShiftedBetaGeometric extreme = ShiftedBetaGeometric.of(1e-12, 1e12);
        assertThat(extreme.alpha()).isEqualTo(1e-12);
        assertThat(extreme.beta()).isEqualTo(1e12);
        // P(churn in period 1) = alpha / (alpha + beta) = 0.668 / 4.474
        assertThat(SBG.churnProbability(1)).isCloseTo(0.668 / 4.474, within(1e-15));
        assertThat(SBG.survival(0)).isEqualTo(1.0);
        assertThat(ClvHorizon.of(ClvHorizon.MAX_MONTHS, 0.0, RfmTimeUnit.WEEK).months()).isEqualTo(1200);
        assertThat(new CustomerLifetimeValue("c", 0, 0, 0, USD).value()).isZero();
        assertThat(BGNBD.expectedPurchases(0)).isZero();
        assertThat(BGBB.expectedTransactions(0)).isZero();
    }
}
