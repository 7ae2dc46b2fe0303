package io.github.revops.clv;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Digamma, the divided difference of log-gammas and the survival sums against reference values computed with mpmath
 * 1.3.0 at 50 significant digits ({@code digamma}, {@code loggamma}, and for the sums the products added term by term),
 * rounded to 20 digits. Each regime of {@link GammaRatios#dividedDifference} has its own cases: g = 1, a short interval
 * moved away from the pole by the recurrence, a short interval already far from it, and a wide interval near the pole
 * (the log-gamma difference) or far from it (Gauss-Legendre).
 */
class GammaRatiosTest {

    private static void assertRelative(double actual, double expected, double tolerance) {
        assertThat(actual).isCloseTo(expected, within(tolerance * Math.max(1.0, Math.abs(expected))));
    }

    @Test
    void digamma_matchesReferenceValuesToAFewUlps() {
        // no recurrence (x = 10), the recurrence from below 1 and from just below 10, larger and tiny arguments
        assertRelative(GammaRatios.digamma(10.0), 2.2517525890667211076, 1e-15);
        assertRelative(GammaRatios.digamma(9.75), 2.225109535044576012, 1e-15);
        assertRelative(GammaRatios.digamma(1.0), -0.57721566490153286061, 1e-15);
        assertRelative(GammaRatios.digamma(0.25), -4.2274535333762654081, 1e-15);
        assertRelative(GammaRatios.digamma(123.456), 4.8118293238289853873, 1e-15);
        assertRelative(GammaRatios.digamma(1e-3), -1000.5755719318103005, 1e-15);
    }

    @Test
    void dividedDifference_atGOne_isDigamma() {
        assertRelative(GammaRatios.dividedDifference(0.0, 1.0), -0.57721566490153286061, 1e-15);
        assertRelative(GammaRatios.dividedDifference(2.5, 1.0), 1.1031566406452431872, 1e-15);
    }

    @Test
    void dividedDifference_shortIntervalNearThePole_isMovedByTheRecurrence() {
        // |1 - g| <= 1/2 with u + (1 + g)/2 < 4.5 |1 - g|: one or two steps of the recurrence first
        assertRelative(GammaRatios.dividedDifference(0.0, 0.5), -1.1447298858494001741, 1e-14);
        assertRelative(GammaRatios.dividedDifference(0.3, 0.7), -0.36058269835953490315, 1e-14);
        assertRelative(GammaRatios.dividedDifference(0.0, 1.5), -0.24156447527049044469, 1e-14);
        assertRelative(GammaRatios.dividedDifference(0.1, 1.3), -0.23246824304177191497, 1e-14);
    }

    @Test
    void dividedDifference_shortIntervalFarFromThePole_isIntegratedDirectly() {
        assertRelative(GammaRatios.dividedDifference(0.001, 0.999), -0.57639359828336954163, 1e-14);
        assertRelative(GammaRatios.dividedDifference(0.0, 0.79), -0.77059753616108363849, 1e-14);
        assertRelative(GammaRatios.dividedDifference(0.05, 1.26), -0.31906589219838387887, 1e-14);
        assertRelative(GammaRatios.dividedDifference(1e6, 0.3), 13.815510707964284104, 1e-14);
    }

    @Test
    void dividedDifference_wideInterval_isTheLogGammaDifferenceNearThePoleAndIntegratedFarFromIt() {
        // g = 0.2: the log-gamma difference below u = 3, Gauss-Legendre from there
        assertRelative(GammaRatios.dividedDifference(0.0, 0.2), -1.9050797780384806561, 1e-14);
        assertRelative(GammaRatios.dividedDifference(2.9, 0.2), 1.1002565799598466759, 1e-14);
        assertRelative(GammaRatios.dividedDifference(3.5, 0.2), 1.2820803052213178733, 1e-14);
        // g = 3: below u = 7, and from there
        assertRelative(GammaRatios.dividedDifference(0.0, 3.0), 0.34657359027997265471, 1e-14);
        assertRelative(GammaRatios.dividedDifference(7.5, 3.0), 2.1956789810513829607, 1e-14);
    }

    @Test
    void survivalSum_termByTermUpTo64AndClosedFormBeyond() {
        // n = 64 is the last sum added term by term, n = 65 the first closed form
        assertRelative(GammaRatios.survivalSum(0.5, 1.0, 64), 2.0689535787207839878, 1e-14);
        assertRelative(GammaRatios.survivalSum(4.0, 0.7, 64), 17.114455802362390617, 1e-14);
        assertRelative(GammaRatios.survivalSum(0.5, 1.0, 65), 2.0765871665070435298, 1e-12);
        assertRelative(GammaRatios.survivalSum(0.3, 0.6, 65), 4.0102610459203573161, 1e-12);
        assertRelative(GammaRatios.survivalSum(1e-3, 0.05, 70), 1.1367717049284911135, 1e-12);
    }

    @Test
    void survivalSum_longHorizons_matchTheSumOfProductsInEveryRegime() {
        assertRelative(GammaRatios.survivalSum(0.5, 1.0, 1000), 3.4361324234600474845, 1e-12);
        assertRelative(GammaRatios.survivalSum(0.3, 0.6, 500), 9.9815927464893129546, 1e-12);
        assertRelative(GammaRatios.survivalSum(0.5, 0.2, 100), 35.994059153505944637, 1e-12);
        assertRelative(GammaRatios.survivalSum(1.0, 3.0, 100), 0.49971444888635065677, 1e-12);
        assertRelative(GammaRatios.survivalSum(2.0, 1.4, 200), 4.109589218456969235, 1e-12);
        assertRelative(GammaRatios.survivalSum(0.8, 0.999, 1000), 5.3171369538263652486, 1e-12);
    }

    @Test
    void survivalSum_ofNoPeriods_isZero() {
        assertThat(GammaRatios.survivalSum(0.5, 0.7, 0)).isZero();
    }
}
