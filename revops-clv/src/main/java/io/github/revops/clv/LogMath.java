package io.github.revops.clv;

/**
 * Log-space helpers that keep the likelihoods finite where the plain formulas overflow.
 */
final class LogMath {

    private LogMath() {
    }

    /**
     * Returns {@code ln(e^x + e^y)} without overflow.
     *
     * @param x  the first log value
     * @param y  the second log value
     * @return the log of the sum
     */
    static double logAddExp(double x, double y) {
        double max = Math.max(x, y);
        if (max == Double.NEGATIVE_INFINITY) {
            return max;
        }
        return max + Math.log1p(Math.exp(-Math.abs(x - y)));
    }

    /**
     * Returns {@code 1 / (1 + e^x)} for any x: 0 (not NaN) when e^x overflows, 1 when it underflows.
     *
     * @param x  the log of the odds against
     * @return the probability
     */
    static double logistic(double x) {
        return x > 0 ? Math.exp(-x) / (1.0 + Math.exp(-x)) : 1.0 / (1.0 + Math.exp(x));
    }

    /**
     * Returns {@code ln(e^x - e^y)} for {@code x >= y} without overflow; negative infinity when they are equal.
     *
     * @param x  the log of the larger value
     * @param y  the log of the smaller value
     * @return the log of the difference
     */
    static double logSubExp(double x, double y) {
        if (y == Double.NEGATIVE_INFINITY) {
            return x;
        }
        return x + Math.log(-Math.expm1(y - x));
    }

    /**
     * Returns {@code (1 - e^(-a L)) / a}, L at a = 0: the integral of {@code e^(-a y)} over [0, L], accurate for a
     * at or near 0.
     *
     * @param a  the rate, any sign
     * @param length  L, at least 0
     * @return the integral, at least 0
     */
    static double exponentialIntegral(double a, double length) {
        return a == 0.0 ? length : -Math.expm1(-a * length) / a;
    }
}
