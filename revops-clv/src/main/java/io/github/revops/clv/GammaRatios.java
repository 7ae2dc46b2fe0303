package io.github.revops.clv;

import org.hipparchus.analysis.integration.gauss.GaussIntegrator;
import org.hipparchus.analysis.integration.gauss.GaussIntegratorFactory;
import org.hipparchus.special.Gamma;

/**
 * Ratios of gamma functions whose parameters differ by {@code 1 - g}, in forms that stay accurate when g is at or
 * near 1 (docs/decisions/0044).
 *
 * <p>BG/BB's expected transactions contain {@code [1 - Gamma(g+b)Gamma(1+b+n) / (Gamma(1+b)Gamma(g+b+n))] / (g - 1)},
 * a 0/0 at g = 1 that the published closed form leaves to the reader. Here it is
 * {@link #survivalSum(double, double, long) the sum of survival products} it stands for, computed from the divided
 * difference {@code Q(u) = [ln Gamma(u+1) - ln Gamma(u+g)] / (1 - g)}, the mean of the digamma function over
 * {@code [u+g, u+1]}, so no division by {@code g - 1} is ever made.
 */
final class GammaRatios {

    /** Sums up to this many terms are added term by term (exact to rounding), longer ones use the closed form. */
    private static final long DIRECT_TERMS = 64;
    /** Gauss-Legendre nodes for the mean of digamma over a short interval far from its pole at 0. */
    private static final GaussIntegrator UNIT_RULE = new GaussIntegratorFactory().legendre(8, 0.0, 1.0);

    private GammaRatios() {
    }

    /**
     * Returns {@code Q(u) = [ln Gamma(u+1) - ln Gamma(u+g)] / (1 - g)}, the mean of digamma over the interval between
     * {@code u + g} and {@code u + 1}; {@code digamma(u + 1)} at g = 1.
     *
     * <p>A short interval (|1 - g| at most 1/2) is first moved up by the recurrence
     * {@code Q(u) = Q(u+1) - log1p(e)/e / (u+g)} with {@code e = (1-g)/(u+g)} until it lies at least 4.5 half-widths
     * from the pole at 0; an interval that far out is integrated by 8-point Gauss-Legendre (error below 1e-20 there).
     * A wide interval near 0 is the plain difference of log-gammas, which do not cancel there.
     *
     * @param u  the offset, at least 0
     * @param g  the shape, positive
     * @return the divided difference
     */
    static double dividedDifference(double u, double g) {
        if (g == 1.0) {
            return digamma(u + 1.0);
        }
        double width = Math.abs(1.0 - g);
        double shifted = u;
        double correction = 0.0;
        if (width <= 0.5) {
            while (!isFarFromPole(shifted, g, width)) {
                double e = (1.0 - g) / (shifted + g);
                correction -= Math.log1p(e) / e / (shifted + g);
                shifted += 1.0;
            }
        }
        if (isFarFromPole(shifted, g, width)) {
            double low = shifted + Math.min(1.0, g);
            return correction + UNIT_RULE.integrate(s -> digamma(low + s * width));
        }
        return (Gamma.logGamma(u + 1.0) - Gamma.logGamma(u + g)) / (1.0 - g);
    }

    /**
     * Returns the digamma function for x &gt; 0 to about 1 ulp: the recurrence {@code psi(x) = psi(x+1) - 1/x} up to
     * x &gt;= 10, then the asymptotic series to the x^-14 term (the next is below 1e-16 there). Hipparchus'
     * {@code Gamma.digamma} is off by about 3e-9 between 1 and 49, too coarse for the divided differences here.
     *
     * @param x  the argument, positive
     * @return psi(x)
     */
    static double digamma(double x) {
        double shift = 0.0;
        double y = x;
        while (y < 10.0) {
            shift -= 1.0 / y;
            y += 1.0;
        }
        double inv2 = 1.0 / (y * y);
        double series = inv2 * (1.0 / 12 - inv2 * (1.0 / 120 - inv2 * (1.0 / 252 - inv2 * (1.0 / 240
                - inv2 * (1.0 / 132 - inv2 * (691.0 / 32760 - inv2 / 12))))));
        return shift + Math.log(y) - 0.5 / y - series;
    }

    private static boolean isFarFromPole(double u, double g, double width) {
        return u + (1.0 + g) / 2.0 >= 4.5 * width;
    }

    /**
     * Returns {@code sum over k = 1..n of prod over j = 0..k-1 of (b + j) / (g + b + j)}: for theta ~ Beta(g, b), the
     * expected number of the next n periods a customer survives, each with probability 1 - theta.
     * <pre>
     *   closed form: b [1 - exp(h)] / (g - 1),  h = ln Gamma(g+b) - ln Gamma(1+b) + ln Gamma(1+b+n) - ln Gamma(g+b+n)
     *              = b (e^h - 1) / (1 - g),  h = (1 - g) D,  D = Q(b+n) - Q(b): the integral of e^((1-g) y) over [0, D]
     * </pre>
     *
     * @param b  the second shape, positive
     * @param g  the first shape, positive
     * @param n  the number of periods, at least 0
     * @return the sum, at least 0 and at most n
     */
    static double survivalSum(double b, double g, long n) {
        if (n <= DIRECT_TERMS) {
            double sum = 0.0;
            double product = 1.0;
            for (long j = 0; j < n; j++) {
                product *= (b + j) / (g + b + j);
                sum += product;
            }
            return sum;
        }
        double difference = dividedDifference(b + n, g) - dividedDifference(b, g);
        return b * LogMath.exponentialIntegral(g - 1.0, difference);
    }
}
