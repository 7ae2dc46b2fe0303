package io.github.revops.clv;

import io.github.revops.domain.InvalidRecordException;
import io.github.revops.money.Money;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class BetaGeometricNbdTest {

    /** The published parameters of Fader, Hardie and Lee (2005), rounded to 3 decimals. */
    private static final BetaGeometricNbd PAPER = BetaGeometricNbd.of(0.243, 4.414, 0.793, 2.426);

    private static List<RfmSummary> cdnow;
    private static ModelFit<BetaGeometricNbd> fit;

    @BeforeAll
    static void fitCdnow() {
        cdnow = CdnowData.publishedSummaries();
        fit = BetaGeometricNbd.fit(cdnow);
    }

    @Test
    void fit_cdnowSummary_reproducesPublishedEstimates() {
        BetaGeometricNbd model = fit.model();
        // Fader, Hardie & Lee (2005): r 0.243, alpha 4.414, a 0.793, b 2.426 (3 decimals), LL -9582.4.
        assertThat(model.r()).isCloseTo(0.243, within(0.0005));
        assertThat(model.alpha()).isCloseTo(4.414, within(0.0005));
        assertThat(model.a()).isCloseTo(0.793, within(0.0005));
        assertThat(model.b()).isCloseTo(2.426, within(0.0005));
        assertThat(fit.logLikelihood()).isCloseTo(-9582.4, within(0.05));
        assertThat(fit.sampleSize()).isEqualTo(2357);
    }

    @Test
    void fit_isALocalMaximum() {
        // No step of 0.1% in any parameter improves the likelihood.
        BetaGeometricNbd m = fit.model();
        double best = m.logLikelihood(cdnow);
        assertThat(best).isCloseTo(fit.logLikelihood(), within(1e-9));
        for (double step : new double[] {0.999, 1.001}) {
            assertThat(BetaGeometricNbd.of(m.r() * step, m.alpha(), m.a(), m.b()).logLikelihood(cdnow)).isLessThan(best);
            assertThat(BetaGeometricNbd.of(m.r(), m.alpha() * step, m.a(), m.b()).logLikelihood(cdnow)).isLessThan(best);
            assertThat(BetaGeometricNbd.of(m.r(), m.alpha(), m.a() * step, m.b()).logLikelihood(cdnow)).isLessThan(best);
            assertThat(BetaGeometricNbd.of(m.r(), m.alpha(), m.a(), m.b() * step).logLikelihood(cdnow)).isLessThan(best);
        }
    }

    @Test
    void conditionalExpectedPurchases_matchesPublishedValue() {
        // Hardie's spreadsheet: E[Y(39) | x 2, t_x 30.43, T 38.86] = 1.226 (lifetimes' tolerance 0.001).
        assertThat(fit.model().conditionalExpectedPurchases(39, 2, 30.43, 38.86)).isCloseTo(1.226, within(0.001));
        // With the rounded parameters, mpmath (40 digits) on the untransformed formula with hyp2f1: 1.226028175.
        assertThat(PAPER.conditionalExpectedPurchases(39, 2, 30.43, 38.86)).isCloseTo(1.226028175, within(1e-9));
    }

    @Test
    void probabilityAlive_matchesIndependentValues() {
        // mpmath 1 / (1 + a/(b+x-1) ((alpha+T)/(alpha+t_x))^(r+x)) with the rounded parameters: 0.7265785701.
        assertThat(PAPER.probabilityAlive(2, 30.43, 38.86)).isCloseTo(0.7265785701, within(1e-10));
        assertThat(PAPER.probabilityAlive(0, 0, 38.86)).isEqualTo(1.0);
    }

    @Test
    void probabilityAlive_atThousandPurchases_isZeroWithoutNaN() {
        // lifetimes test_estimation: x = 1000, t_x = 10, T = 100 must give 0 without overflow.
        double alive = fit.model().probabilityAlive(1000, 10, 100);
        assertThat(alive).isEqualTo(0.0);
        double expected = fit.model().conditionalExpectedPurchases(39, 1000, 10, 100);
        assertThat(expected).isNotNaN().isBetween(0.0, 1e-100);
        // A heavy buyer seen recently: the untransformed 2F1(1000.243, 1002.426; 1002.219; 39/143.414) is about
        // e^317 against a prefactor near e^-316; the transformed series stays small. mpmath at 60 digits: 327.50651941688, P(alive) 0.997939398443618.
        assertThat(PAPER.conditionalExpectedPurchases(39, 1000, 99.9, 100)).isCloseTo(327.50651941688, within(1e-8));
        assertThat(PAPER.probabilityAlive(1000, 99.9, 100)).isCloseTo(0.997939398443618, within(1e-14));
    }

    @Test
    void expectedPurchases_matchesLifetimesAndIndependentValues() {
        double[] t = {0.1429, 1, 3, 31.8571, 32, 78};
        // lifetimes (fitted to tol 1e-6; asserted there to 3 decimals)
        double[] lifetimes = {0.0078, 0.0532, 0.1506, 1.0405, 1.0437, 1.8576};
        // mpmath (a+b-1)/(a-1) [1 - (alpha/(alpha+t))^r hyp2f1(r, b; a+b-1; t/(alpha+t))], rounded parameters
        double[] mpmath = {0.0078283475, 0.053267891, 0.15086523, 1.0419961, 1.0452433, 1.8605191};
        for (int i = 0; i < t.length; i++) {
            assertThat(fit.model().expectedPurchases(t[i])).isCloseTo(lifetimes[i], within(0.0006));
            assertThat(PAPER.expectedPurchases(t[i])).isCloseTo(mpmath[i], within(mpmath[i] * 1e-7));
        }
        assertThat(PAPER.expectedPurchases(0)).isEqualTo(0.0);
    }

    @Test
    void probabilityOfPurchases_matchesRBtyd() {
        // lifetimes test_probability_of_n_purchases_up_to_time_same_as_R_BTYD, parameters at the paper values;
        // confirmed with mpmath on the closed form (finite sum for the negative-binomial tail).
        assertThat(PAPER.probabilityOfPurchases(10, 2)).isCloseTo(1.07869e-07, within(1e-12));
        assertThat(PAPER.probabilityOfPurchases(0, 39)).isCloseTo(0.5737864, within(1e-7));
        double[] pmf30 = {0.0019995214, 0.0015170236, 0.0011633150, 0.0009003148, 0.0007023638, 0.0005517902,
            0.0004361913, 0.0003467171, 0.0002769613, 0.0002222260};
        for (int n = 11; n <= 20; n++) {
            assertThat(PAPER.probabilityOfPurchases(n, 30)).isCloseTo(pmf30[n - 11], within(1e-10));
        }
    }

    @Test
    void logLikelihood_matchesPymcMarketingOracle() {
        // pymc-marketing test_beta_geo.py: a 0.8, b 2.5, r 0.25, alpha 4, T 40.
        BetaGeometricNbd model = BetaGeometricNbd.of(0.25, 4, 0.8, 2.5);
        assertThat(model.logLikelihood(0, 0, 40)).isCloseTo(-0.59947382, within(1e-8));
        assertThat(model.logLikelihood(200, 38, 40)).isCloseTo(100.7957, within(1e-4));
    }

    @Test
    void fit_isDeterministic() {
        assertThat(BetaGeometricNbd.fit(cdnow)).isEqualTo(fit);
    }

    @Test
    void fit_withoutRepeatPurchases_throwsModelFitException() {
        List<RfmSummary> nobodyReturns = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            nobodyReturns.add(new RfmSummary("c" + i, 0, 0, 10 + i, Money.parse("USD 0.00")));
        }
        assertThatThrownBy(() -> BetaGeometricNbd.fit(nobodyReturns))
                .isInstanceOf(ModelFitException.class)
                .hasMessage("BG/NBD fit failed: none of the 50 customers made a repeat purchase (every frequency is"
                        + " 0): the purchase rate cannot be estimated, so the data do not identify the model");
    }

    @Test
    void summaryValidation_namesTheCustomer() {
        Money zero = Money.parse("USD 0.00");
        assertThatThrownBy(() -> new RfmSummary("42", 3, 40.0, 38.86, Money.parse("USD 30.00")))
                .isInstanceOf(InvalidRecordException.class)
                .hasMessage("rfm summary '42': age (38.86) must be finite and >= recency (40.0): recency <= T");
        assertThatThrownBy(() -> new RfmSummary("43", 0, 5.0, 38.86, zero))
                .hasMessage("rfm summary '43': recency (5.0) must be 0 when frequency is 0");
        assertThatThrownBy(() -> new RfmSummary("44", -1, 0, 38.86, zero))
                .hasMessage("rfm summary '44': frequency (-1) must be >= 0");
        assertThatThrownBy(() -> new RfmSummary("45", 1, -1, 38.86, zero))
                .hasMessageStartingWith("rfm summary '45': recency (-1.0) must be >= 0");
        assertThatThrownBy(() -> PAPER.probabilityAlive(0, 3, 10))
                .hasMessage("recency (3.0) must be 0 when frequency is 0");
        assertThatThrownBy(() -> PAPER.conditionalExpectedPurchases(-1, 0, 0, 10))
                .hasMessage("t (-1.0) must be >= 0 and finite");
    }
}
