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
}
