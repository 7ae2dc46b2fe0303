package io.github.revops.clv;

import io.github.revops.money.Money;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * Pareto/NBD on the CDNOW sample of Fader, Hardie and Lee (2005). The "mpmath" figures were computed for this test
 * with mpmath at 50 digits from the published forms (the integral I of the likelihood through mpmath's
 * {@code hyp2f1}, confirmed by numerical quadrature of its definition to 1e-10 where x is at most 100), so they check
 * the series representations used here independently.
 */
class ParetoNbdTest {

    /** The published estimates, rounded to 3 decimals. */
    private static final ParetoNbd PAPER = ParetoNbd.of(0.553, 10.578, 0.606, 11.669);

    private static List<RfmSummary> cdnow;
    private static ModelFit<ParetoNbd> fit;

    @BeforeAll
    static void fitCdnow() {
        cdnow = CdnowData.publishedSummaries();
        fit = ParetoNbd.fit(cdnow);
    }

    @Test
    void fit_cdnowSummary_reproducesPublishedEstimates() {
        ParetoNbd model = fit.model();
        // Fader, Hardie & Lee (2005): r 0.553, alpha 10.578, s 0.606, beta 11.669 (3 decimals), LL -9595.0.
        assertThat(model.r()).isCloseTo(0.553, within(0.0005));
        assertThat(model.alpha()).isCloseTo(10.578, within(0.0005));
        assertThat(model.s()).isCloseTo(0.606, within(0.0005));
        assertThat(fit.logLikelihood()).isCloseTo(-9595.0, within(0.05));
        // The likelihood is flat in beta: the maximum is at 11.6679, where an independent fit (scipy Nelder-Mead on
        // the published hyp2f1 form, tolerances 1e-12) also lands (0.55328, 10.57761, 0.60621, 11.66791); the
        // published 11.669 lies 0.0011 away with a log-likelihood only 8e-5 lower (-9594.97401 against -9594.97393).
        assertThat(model.beta()).isCloseTo(11.669, within(0.0015));
        assertThat(model.beta()).isCloseTo(11.66791, within(0.0001));
        assertThat(model.r()).isCloseTo(0.55328, within(0.00002));
        assertThat(model.alpha()).isCloseTo(10.57761, within(0.0001));
        assertThat(model.s()).isCloseTo(0.60621, within(0.00002));
        assertThat(fit.logLikelihood()).isCloseTo(-9594.97393, within(0.00001));
        assertThat(fit.sampleSize()).isEqualTo(2357);
    }

    @Test
    void fit_isALocalMaximumAndDeterministic() {
        ParetoNbd m = fit.model();
        double best = m.logLikelihood(cdnow);
        assertThat(best).isCloseTo(fit.logLikelihood(), within(1e-9));
        for (double step : new double[] {0.999, 1.001}) {
            assertThat(ParetoNbd.of(m.r() * step, m.alpha(), m.s(), m.beta()).logLikelihood(cdnow)).isLessThan(best);
            assertThat(ParetoNbd.of(m.r(), m.alpha() * step, m.s(), m.beta()).logLikelihood(cdnow)).isLessThan(best);
            assertThat(ParetoNbd.of(m.r(), m.alpha(), m.s() * step, m.beta()).logLikelihood(cdnow)).isLessThan(best);
            assertThat(ParetoNbd.of(m.r(), m.alpha(), m.s(), m.beta() * step).logLikelihood(cdnow)).isLessThan(best);
        }
        assertThat(ParetoNbd.fit(cdnow)).isEqualTo(fit);
    }

    @Test
    void logLikelihood_atPublishedParameters_matchesQuadrature() {
        // mpmath: the sum over the 2,357 customers of ln L = -9594.9740100409766
        assertThat(PAPER.logLikelihood(cdnow)).isCloseTo(-9594.9740100409766, within(1e-7));
    }

    @Test
    void conditionalExpectedPurchases_matchesBtydWalkthroughAndQuadrature() {
        // BTYD walkthrough (and lifetimes' test): E[Y(52) | x 26, t_x 30.86, T 31] = 25.46 on the fitted CDNOW model.
        assertThat(fit.model().conditionalExpectedPurchases(52, 26, 30.86, 31)).isCloseTo(25.46, within(0.005));
        // mpmath with the rounded published parameters
        assertThat(PAPER.conditionalExpectedPurchases(52, 26, 30.86, 31)).isCloseTo(25.458472951428767,
                within(1e-10));
        assertThat(PAPER.conditionalExpectedPurchases(39, 2, 30.43, 38.86)).isCloseTo(1.4551231932576024,
                within(1e-12));
        assertThat(PAPER.conditionalExpectedPurchases(39, 0, 0, 38.86)).isCloseTo(0.10708146821530885,
                within(1e-13));
        assertThat(PAPER.conditionalExpectedPurchases(0, 2, 30.43, 38.86)).isEqualTo(0.0);
    }

    @Test
    void probabilityAlive_matchesBtydWalkthroughAndQuadrature() {
        // BTYD walkthrough p. 8: P(alive | 26, 30.86, 31) = 0.9979 with BTYD's estimates 0.5534, 10.5802, 0.6061,
        // 11.6562 (mpmath: 0.99791776655190667).
        assertThat(ParetoNbd.of(0.5534, 10.5802, 0.6061, 11.6562).probabilityAlive(26, 30.86, 31))
                .isCloseTo(0.99791776655190667, within(1e-13));
        assertThat(PAPER.probabilityAlive(26, 30.86, 31)).isCloseTo(0.99791873105515825, within(1e-13));
        assertThat(PAPER.probabilityAlive(2, 30.43, 38.86)).isCloseTo(0.86916755915301119, within(1e-13));
        assertThat(PAPER.probabilityAlive(0, 0, 38.86)).isCloseTo(0.29528660461689415, within(1e-13));
    }

    @Test
    void expectedPurchases_matchesClosedFormAndIsExactAtSOne() {
        // mpmath r beta / (alpha (s - 1)) [1 - (beta / (beta + t))^(s - 1)], rounded parameters, t = 1, 5, 9
        assertThat(PAPER.expectedPurchases(0)).isEqualTo(0.0);
        assertThat(PAPER.expectedPurchases(1)).isCloseTo(0.050979843245990992, within(1e-15));
        assertThat(PAPER.expectedPurchases(5)).isCloseTo(0.23357292415372872, within(1e-15));
        assertThat(PAPER.expectedPurchases(9)).isCloseTo(0.39115858472760825, within(1e-15));
        // at s = 1 the closed form is 0/0; its limit is r beta / alpha ln(1 + t / beta): mpmath 1.0350853140213258
        assertThat(ParetoNbd.of(0.553, 10.578, 1, 11.669).expectedPurchases(52)).isCloseTo(1.0350853140213258,
                within(1e-14));
    }

    @Test
    void largeFrequencies_neitherOverflowNorUnderflow() {
        // lifetimes test_conditional_expectation_underflow: r 0.55, alpha 10.58, s 0.61, beta 11.67; the quoted
        // values 6.2060517889632418 and 6.2528722475748113 agree with mpmath (6.2060517889629323, 6.2528722475744973).
        ParetoNbd model = ParetoNbd.of(0.55, 10.58, 0.61, 11.67);
        assertThat(model.conditionalExpectedPurchases(10, 132, 200, 200)).isCloseTo(6.2060517889629323,
                within(1e-11));
        assertThat(model.conditionalExpectedPurchases(10, 133, 200, 200)).isCloseTo(6.2528722475744973,
                within(1e-11));
        // x = 10,000: the terms of the published 2F1 form are about e^-25000; mpmath 468.23033736788572
        assertThat(model.conditionalExpectedPurchases(10, 10_000, 200, 200)).isCloseTo(468.23033736788572,
                within(1e-9));
        // last purchase 50 weeks before the end with x = 10,000: P(alive) = 6.7e-1174 in mpmath, 0 in a double
        assertThat(model.probabilityAlive(10_000, 150, 200)).isEqualTo(0.0);
        assertThat(model.probabilityAlive(1000, 199.9, 200)).isCloseTo(0.99963105660891741, within(1e-13));
        // lifetimes test_conditional_probability_alive_overflow_error: parameters far from CDNOW; mpmath
        ParetoNbd far = ParetoNbd.of(10.465, 7.98565181e-03, 3.0516, 2.820);
        assertThat(far.probabilityAlive(40, 5, 6)).isCloseTo(0.0018851281873608512, within(1e-16));
        assertThat(far.probabilityAlive(50, 1, 37)).isCloseTo(1.4171442912866074e-96, within(1e-108));
        assertThat(far.logLikelihood(500, 4, 37)).isCloseTo(1888.8212497389407, within(1e-9));
    }

    @Test
    void alphaAndBetaOrdersOfMagnitudeApart_useTheSeriesNearOne() {
        // mpmath quadrature; the published 2F1 argument is within 1e-12 of 1 here
        ParetoNbd betaLarge = ParetoNbd.of(0.5, 0.001, 0.7, 1e9);
        assertThat(betaLarge.logLikelihood(0, 0, 39)).isCloseTo(-5.2856712558794316, within(1e-12));
        assertThat(betaLarge.logLikelihood(3, 20, 39)).isCloseTo(-15.647824464199854, within(1e-12));
        assertThat(betaLarge.probabilityAlive(3, 20, 39)).isCloseTo(0.99999995293819431, within(1e-15));
        ParetoNbd alphaLarge = ParetoNbd.of(0.5, 1e9, 0.7, 0.001);
        assertThat(alphaLarge.logLikelihood(0, 0, 39)).isCloseTo(-3.8068173147399695e-11, within(1e-13));
        assertThat(alphaLarge.logLikelihood(3, 20, 39)).isCloseTo(-68.473665259077750, within(1e-10));
        assertThat(alphaLarge.probabilityAlive(3, 20, 39)).isCloseTo(0.62658958321176240, within(1e-13));
    }

    @Test
    void fit_onDataThatDoNotIdentifyTheModel_throwsModelFitException() {
        List<RfmSummary> identical = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            identical.add(RfmSummary.ofAverage("c" + i, 2, 3, 10, Money.parse("USD 10.00")));
        }
        assertThatThrownBy(() -> ParetoNbd.fit(identical))
                .isInstanceOf(ModelFitException.class)
                .hasMessage("Pareto/NBD fit failed: all 30 customers have the same history (x 2, t_x 3, age T 10):"
                        + " one distinct history does not identify the model");
        assertThatThrownBy(() -> ParetoNbd.fit(List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("customers ([]) must hold at least one summary");
    }

    @Test
    void validation_namesTheFieldAndValue() {
        assertThatThrownBy(() -> PAPER.probabilityAlive(0, 3, 10))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("recency (3.0) must be 0 when frequency is 0");
        assertThatThrownBy(() -> PAPER.conditionalExpectedPurchases(-1, 0, 0, 10))
                .hasMessage("t (-1.0) must be >= 0 and finite");
        assertThatThrownBy(() -> PAPER.expectedPurchases(Double.NaN)).hasMessage("t (NaN) must be >= 0 and finite");
        assertThatThrownBy(() -> PAPER.logLikelihood(2, 11, 10))
                .hasMessage("age T (10.0) must be finite and >= recency (11.0)");
        assertThatThrownBy(() -> ParetoNbd.of(1, 1, 1, Double.POSITIVE_INFINITY))
                .hasMessage("beta (Infinity) must be from 1.0E-12 to 1.0E12");
    }
}
