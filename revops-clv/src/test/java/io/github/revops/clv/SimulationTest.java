package io.github.revops.clv;

import io.github.revops.money.Money;
import org.hipparchus.linear.LUDecomposition;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.random.RandomDataGenerator;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Data drawn from each model with known parameters (seeded, so the test is deterministic) are fitted back: every
 * estimate must lie within four standard errors of the truth, where the standard errors come from the observed
 * information (a finite-difference Hessian of the log-likelihood at the fit), and the standard errors must shrink
 * like 1/sqrt(n) as the sample grows.
 */
class SimulationTest {

    @Test
    void sbg_fitsSimulatedTenuresBack() {
        double alpha = 0.7;
        double beta = 1.2;
        double[] truth = {alpha, beta};
        double[] small = sbgStandardErrors(simulateTenures(1000, alpha, beta, 8, 11L), truth);
        double[] large = sbgStandardErrors(simulateTenures(16000, alpha, beta, 8, 12L), truth);
        assertShrinks(small, large, 16.0);
    }

    private static double[] sbgStandardErrors(List<Tenure> tenures, double[] truth) {
        ModelFit<ShiftedBetaGeometric> fit = ShiftedBetaGeometric.fit(tenures);
        double[] estimate = {fit.model().alpha(), fit.model().beta()};
        double[] se = standardErrors(p -> ShiftedBetaGeometric.of(p[0], p[1]).logLikelihood(tenures), estimate);
        assertWithinFourStandardErrors(estimate, truth, se);
        return se;
    }

    private static List<Tenure> simulateTenures(int n, double alpha, double beta, int horizon, long seed) {
        RandomDataGenerator random = new RandomDataGenerator(seed);
        List<Tenure> tenures = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double theta = random.nextBeta(alpha, beta);
            int period = 1;
            while (period <= horizon && random.nextUniform(0, 1) >= theta) {
                period++;
            }
            tenures.add(period <= horizon ? Tenure.churned("c" + i, period) : Tenure.active("c" + i, horizon));
        }
        return tenures;
    }

    @Test
    void bgnbd_fitsSimulatedPurchasesBack() {
        double[] truth = {0.25, 4.0, 0.8, 2.5};
        double[] small = bgnbdStandardErrors(simulatePurchases(1000, truth, 21L), truth);
        double[] large = bgnbdStandardErrors(simulatePurchases(4000, truth, 22L), truth);
        assertShrinks(small, large, 4.0);
    }

    private static double[] bgnbdStandardErrors(List<RfmSummary> customers, double[] truth) {
        ModelFit<BetaGeometricNbd> fit = BetaGeometricNbd.fit(customers);
        BetaGeometricNbd m = fit.model();
        double[] estimate = {m.r(), m.alpha(), m.a(), m.b()};
        double[] se = standardErrors(p -> BetaGeometricNbd.of(p[0], p[1], p[2], p[3]).logLikelihood(customers),
                estimate);
        assertWithinFourStandardErrors(estimate, truth, se);
        return se;
    }

    /** BG/NBD's story: purchase rate lambda ~ Gamma(r, 1/alpha), dropout p ~ Beta(a, b) after each repeat. */
    private static List<RfmSummary> simulatePurchases(int n, double[] truth, long seed) {
        RandomDataGenerator random = new RandomDataGenerator(seed);
        Money zero = Money.parse("USD 0.00");
        List<RfmSummary> customers = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double age = random.nextUniform(27, 39);       // first purchases spread over 12 weeks, as in CDNOW
            double lambda = random.nextGamma(truth[0], 1 / truth[1]);
            double p = random.nextBeta(truth[2], truth[3]);
            long x = 0;
            double last = 0.0;
            double time = random.nextExponential(1 / lambda);
            while (time <= age) {
                x++;
                last = time;
                if (random.nextUniform(0, 1) < p) {
                    break;
                }
                time += random.nextExponential(1 / lambda);
            }
            customers.add(new RfmSummary("c" + i, x, last, age, x == 0 ? zero : Money.parse("USD 1.00")
                    .multipliedBy(x)));
        }
        return customers;
    }

    @Test
    void gammaGamma_fitsSimulatedSpendBack() {
        double[] truth = {6.0, 4.0, 15.0};
        double[] small = gammaGammaStandardErrors(simulateSpend(2000, truth, 31L), truth);
        double[] large = gammaGammaStandardErrors(simulateSpend(8000, truth, 32L), truth);
        assertShrinks(small, large, 4.0);
    }

    private static double[] gammaGammaStandardErrors(List<RfmSummary> customers, double[] truth) {
        ModelFit<GammaGamma> fit = GammaGamma.fit(customers);
        double[] estimate = {fit.model().p(), fit.model().q(), fit.model().gamma()};
        double[] se = standardErrors(v -> {
            GammaGamma model = GammaGamma.of(v[0], v[1], v[2]);
            double ll = 0.0;
            for (RfmSummary c : customers) {
                ll += model.logLikelihood(c.frequency(), c.monetaryValue());
            }
            return ll;
        }, estimate);
        assertWithinFourStandardErrors(estimate, truth, se);
        return se;
    }

    /** Gamma-Gamma's story: nu ~ Gamma(q, 1/gamma) per customer, each purchase ~ Gamma(p, 1/nu). */
    private static List<RfmSummary> simulateSpend(int n, double[] truth, long seed) {
        RandomDataGenerator random = new RandomDataGenerator(seed);
        List<RfmSummary> customers = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            long x = 1 + (long) random.nextUniform(0, 8);
            double nu = random.nextGamma(truth[1], 1 / truth[2]);
            double total = 0.0;
            for (long k = 0; k < x; k++) {
                total += random.nextGamma(truth[0], 1 / nu);
            }
            // spend is money: simulated totals are booked at cents (at least one cent)
            BigDecimal cents = BigDecimal.valueOf(Math.max(total, 0.01)).setScale(2, RoundingMode.HALF_EVEN);
            customers.add(new RfmSummary("c" + i, x, 1, 1, Money.of("USD", cents)));
        }
        return customers;
    }

    /** Standard errors from the inverse of the negative finite-difference Hessian of the log-likelihood. */
    private static double[] standardErrors(ToDoubleFunction<double[]> logLikelihood, double[] at) {
        int k = at.length;
        double[] h = new double[k];
        for (int i = 0; i < k; i++) {
            h[i] = 1e-4 * at[i];
        }
        RealMatrix information = MatrixUtils.createRealMatrix(k, k);
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                double second = (eval(logLikelihood, at, i, h[i], j, h[j]) - eval(logLikelihood, at, i, h[i], j, -h[j])
                        - eval(logLikelihood, at, i, -h[i], j, h[j]) + eval(logLikelihood, at, i, -h[i], j, -h[j]))
                        / (4 * h[i] * h[j]);
                information.setEntry(i, j, -second);
            }
        }
        RealMatrix covariance = new LUDecomposition(information).getSolver().getInverse();
        double[] se = new double[k];
        for (int i = 0; i < k; i++) {
            assertThat(covariance.getEntry(i, i)).as("variance %d", i).isPositive();
            se[i] = Math.sqrt(covariance.getEntry(i, i));
        }
        return se;
    }

    private static double eval(ToDoubleFunction<double[]> f, double[] at, int i, double di, int j, double dj) {
        double[] p = at.clone();
        p[i] += di;
        p[j] += dj;
        return f.applyAsDouble(p);
    }

    private static void assertWithinFourStandardErrors(double[] estimate, double[] truth, double[] se) {
        for (int i = 0; i < truth.length; i++) {
            assertThat(Math.abs(estimate[i] - truth[i])).as("parameter %d: estimate %s, truth %s, se %s", i,
                    estimate[i], truth[i], se[i]).isLessThan(4 * se[i]);
        }
    }

    /**
     * Standard errors (so the four-standard-error tolerance) shrink as the sample grows, like 1/sqrt(n) within a
     * factor of 2 (the observed information of a weakly identified parameter, such as BG/NBD's b, is itself noisy).
     */
    private static void assertShrinks(double[] small, double[] large, double sizeRatio) {
        double expected = Math.sqrt(sizeRatio);
        for (int i = 0; i < small.length; i++) {
            assertThat(small[i] / large[i]).as("se ratio of parameter %d", i)
                    .isGreaterThan(1.0)
                    .isBetween(expected / 2, expected * 2);
        }
    }
}
