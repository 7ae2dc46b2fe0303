package io.github.revops.clv;

import io.github.revops.money.Money;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class GammaGammaTest {

    @Test
    void fit_onTheExactRepeatSpend_reproducesPublishedEstimates() {
        // Fader & Hardie note 025: p 6.25, q 3.74, gamma 15.44 on the 946 repeat customers of the CDNOW sample.
        List<RfmSummary> summaries = RfmSummary.fromTransactions(CdnowData.sampleTransactions(),
                CdnowData.CALIBRATION_END, RfmTimeUnit.WEEK);
        ModelFit<GammaGamma> fit = GammaGamma.fit(summaries);

        assertThat(fit.model().p()).isCloseTo(6.25, within(0.005));
        assertThat(fit.model().q()).isCloseTo(3.74, within(0.005));
        assertThat(fit.model().gamma()).isCloseTo(15.44, within(0.005));
        assertThat(fit.sampleSize()).isEqualTo(946);
    }

    @Test
    void fit_onThePublishedRoundedMeans_agreesToTwoDecimals() {
        // The summary file rounds each mean to cents; lifetimes fits it and asserts 2 decimals (tolerance 0.015).
        ModelFit<GammaGamma> fit = GammaGamma.fit(CdnowData.publishedSummaries());

        assertThat(fit.model().p()).isCloseTo(6.25, within(0.015));
        assertThat(fit.model().q()).isCloseTo(3.74, within(0.015));
        assertThat(fit.model().gamma()).isCloseTo(15.44, within(0.015));
        assertThat(fit.sampleSize()).isEqualTo(946);
    }

    @Test
    void conditionalExpectedAverageSpend_matchesLifetimesForTheFirstTenCustomers() {
        // lifetimes test: E[M | x, m] for CDNOW customers 1..10 (atol 0.1).
        double[] lifetimes = {24.65, 18.91, 35.17, 35.17, 35.17, 71.46, 18.91, 35.17, 27.28, 35.17};
        List<RfmSummary> summaries = CdnowData.publishedSummaries();
        GammaGamma model = GammaGamma.fit(summaries).model();
        for (int i = 0; i < 10; i++) {
            assertThat(model.conditionalExpectedAverageSpend(summaries.get(i))).isCloseTo(lifetimes[i], within(0.1));
        }
    }

    @Test
    void conditionalExpectedAverageSpend_weighsOwnAndPopulationMeans() {
        GammaGamma paper = GammaGamma.of(6.25, 3.74, 15.44);
        // p gamma / (q - 1) = 96.5 / 2.74 = 35.2189781...
        assertThat(paper.expectedAverageSpend()).isCloseTo(96.5 / 2.74, within(1e-12));
        assertThat(paper.conditionalExpectedAverageSpend(0, 0)).isCloseTo(35.2189781, within(1e-7));
        // (q-1)/(px+q-1) * 35.22 + px/(px+q-1) * 22.35 with px = 12.5: mpmath 24.66371391
        assertThat(paper.conditionalExpectedAverageSpend(2, 22.35)).isCloseTo(24.66371391, within(1e-8));
    }

    @Test
    void logLikelihood_isTheDensityOfTheMeanSpend() {
        // x = 1: the mean is one Gamma(p, nu) draw with nu ~ Gamma(q, gamma), a compound (beta-prime) density:
        // f(m) = m^(p-1) gamma^q / (B(p, q) (gamma + m)^(p+q)); at p 2, q 3, gamma 4, m 5: B(2,3) = 1/12,
        // so f = 5 * 64 * 12 / 9^5 = 3840 / 59049.
        assertThat(GammaGamma.of(2, 3, 4).logLikelihood(1, 5)).isCloseTo(Math.log(3840.0 / 59049.0), within(1e-13));
    }

    @Test
    void meanSpend_withHeavyTail_isRefused() {
        assertThatThrownBy(() -> GammaGamma.of(2, 0.9, 4).expectedAverageSpend())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("q (0.9) must be > 1 for the mean spend to exist");
        // q = 1 is the first shape without a mean
        assertThatThrownBy(() -> GammaGamma.of(2, 1, 4).conditionalExpectedAverageSpend(2, 10.0))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("q (1.0) must be > 1 for the mean spend to exist");
    }

    @Test
    void fit_rejectsARepeatCustomerWithoutSpend() {
        List<RfmSummary> summaries = List.of(
                new RfmSummary("7", 2, 3, 10, Money.parse("USD 40.00")),
                new RfmSummary("8", 1, 3, 10, Money.parse("USD 0.00")));
        assertThatThrownBy(() -> GammaGamma.fit(summaries))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("customer '8': monetary value (0.0) must be > 0 for a repeat customer");
        assertThatThrownBy(() -> GammaGamma.fit(List.of(new RfmSummary("9", 0, 0, 10, Money.parse("USD 0.00")))))
                .hasMessage("customers must include at least one repeat customer (frequency > 0)");
    }

    @Test
    void logLikelihood_ofSeveralPurchases_matchesReferenceValues() {
        // the density of the mean of x Gamma(p, nu) draws: Gamma(px+q) / (Gamma(px) Gamma(q)) gamma^q m^(px-1) x^px
        // / (gamma + m x)^(px+q), in logs with mpmath 1.3.0 at 40 digits
        assertThat(GammaGamma.of(6.25, 3.74, 15.44).logLikelihood(3, 22.35))
                .isCloseTo(-3.5133278452235600269, within(1e-12));
        // m x = 1e309 overflows a double: ln(gamma + m x) is taken as ln m + ln x (gamma = 4 is lost to rounding)
        assertThat(GammaGamma.of(2, 3, 4).logLikelihood(10, 1e308)).isCloseTo(-2831.0955567802109634, within(1e-9));
        assertThat(GammaGamma.of(0.5, 1.5, 1e-6).logLikelihood(7, 1e-300))
                .isCloseTo(-1669.6759848053295903, within(1e-9));
    }

    @Test
    void fit_logLikelihoodIsTheSumOverRepeatCustomers() {
        // the fit's figure is the sum of the public per-customer log-likelihoods at the fitted parameters, over the
        // repeat customers only (the one-time buyers are skipped)
        List<RfmSummary> summaries = CdnowData.publishedSummaries();
        ModelFit<GammaGamma> fit = GammaGamma.fit(summaries);
        double sum = 0.0;
        for (RfmSummary c : summaries) {
            if (c.frequency() > 0) {
                sum += fit.model().logLikelihood(c.frequency(), c.monetaryValue());
            }
        }

        assertThat(fit.logLikelihood()).isCloseTo(sum, within(1e-9 * Math.abs(sum)));
    }
}
