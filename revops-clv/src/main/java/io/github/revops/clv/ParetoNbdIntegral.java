package io.github.revops.clv;

/**
 * The integral in the Pareto/NBD likelihood, in log space and without cancellation or overflow (docs/decisions/0044):
 * <pre>
 *   I = integral over u from t_x to T of (alpha + u)^(-p) (beta + u)^(-q) du,   p = r + x,  q = s + 1
 * </pre>
 * the probability density that a customer who made x purchases by t_x died at u in (t_x, T] without buying again.
 *
 * <p>With m and M the smaller and larger of alpha and beta, P and Q their exponents, c = p + q, d = M - m and
 * {@code v(u) = (m + u) / (M + u)}, two representations cover every case:
 * <ul>
 *   <li>A, the tail integral {@code G(u) = (alpha+u)^(-p) (beta+u)^(-q) (m+u) / (c-1) 2F1(1, Q; c; 1 - v(u))}, so
 *       {@code I = G(t_x) - G(T)}: Fader and Hardie's 2F1(c-1, ...; c; z) after Euler's transformation, a series of
 *       positive terms at most {@code (1-v)^k} that converges fast while v is not small (always when alpha = beta);</li>
 *   <li>B, for small v: {@code I = d^(1-c) integral over v of v^(-P) (1-v)^(c-2) dv}, the binomial series of
 *       {@code (1-v)^(c-2)} integrated term by term, each term in the stable form {@code anchor^e (1 - e^(-|e| L)) / |e|};
 *       with {@code c v <= 1/2} its terms fall geometrically and nearly nothing cancels.</li>
 * </ul>
 * An interval whose v crosses {@code 1 / (2c)} is split there. Representation A then needs at most about
 * {@code 40 / v} terms; it is not started below v = 1e-5 (only reached when c exceeds 50,000, that is with purchase
 * counts or shapes in the tens of thousands, and alpha and beta five orders of magnitude apart), where
 * {@link ArithmeticException} is thrown instead.
 */
final class ParetoNbdIntegral {

    private static final double EPSILON = 1e-17;
    private static final int MAX_TERMS = 100_000;
    /** Representation A is not started below this v: it would need more than about 40 / v terms. */
    private static final double MIN_SERIES_V = 1e-5;

    private ParetoNbdIntegral() {
    }

    /**
     * Returns {@code ln I}, negative infinity for an empty interval.
     *
     * @param p  the exponent of alpha + u, positive
     * @param q  the exponent of beta + u, positive, with p + q &gt; 1
     * @param alpha  alpha, positive
     * @param beta  beta, positive
     * @param from  t_x, at least 0
     * @param to  T, at least t_x
     * @return the log of the integral
     * @throws ArithmeticException if the series would need more terms than the limit
     */
    static double log(double p, double q, double alpha, double beta, double from, double to) {
        if (!(to > from)) {
            return Double.NEGATIVE_INFINITY;
        }
        Shape shape = new Shape(p, q, alpha, beta);
        double vStar = 0.5 / shape.c;
        double vFrom = shape.v(from);
        double vTo = shape.v(to);
        if (vTo <= vStar) {
            return shape.logNear(vFrom, vTo);
        }
        if (Math.max(vFrom, vStar) < MIN_SERIES_V) {
            throw new ArithmeticException("Pareto/NBD integral: the tail series would need more than "
                    + Math.round(40 / MIN_SERIES_V)
                    + " terms (p " + p + ", q " + q + ", alpha " + alpha + ", beta " + beta + ")");
        }
        if (vFrom >= vStar) {
            return LogMath.logSubExp(shape.logTail(from), shape.logTail(to));
        }
        double split = (vStar * shape.big - shape.small) / (1.0 - vStar);
        return LogMath.logAddExp(shape.logNear(vFrom, vStar),
                LogMath.logSubExp(shape.logTail(split), shape.logTail(to)));
    }

    /** The integrand's shape: which of alpha and beta is larger, and the exponents that go with them. */
    private static final class Shape {
        final double p;
        final double q;
        final double alpha;
        final double beta;
        final double small;
        final double big;
        final double smallExponent;
        final double bigExponent;
        final double c;

        Shape(double p, double q, double alpha, double beta) {
            this.p = p;
            this.q = q;
            this.alpha = alpha;
            this.beta = beta;
            boolean alphaLarger = alpha >= beta;
            this.small = alphaLarger ? beta : alpha;
            this.big = alphaLarger ? alpha : beta;
            this.smallExponent = alphaLarger ? q : p;
            this.bigExponent = alphaLarger ? p : q;
            this.c = p + q;
        }

        double v(double u) {
            return (small + u) / (big + u);
        }

        /** ln G(u), representation A. */
        double logTail(double u) {
            double w = (big - small) / (big + u);
            return -p * Math.log(alpha + u) - q * Math.log(beta + u) + Math.log(small + u) - Math.log(c - 1.0)
                    + Math.log(Hypergeometric.oneB(bigExponent, c, w));
        }

        /** ln of the integral between v1 and v2 (both at most 1/(2c)), representation B. */
        double logNear(double v1, double v2) {
            double length = Math.log(v2) - Math.log(v1);
            double first = logPowerIntegral(1.0 - smallExponent, v1, v2, length);
            double sum = 1.0;
            double coefficient = 1.0;
            for (int k = 1; k < MAX_TERMS; k++) {
                coefficient *= (2.0 - c + k - 1) / k;
                double term = coefficient * Math.exp(logPowerIntegral(k + 1.0 - smallExponent, v1, v2, length)
                        - first);
                sum += term;
                if (Math.abs(term) <= EPSILON * sum) {
                    return (1.0 - c) * Math.log(big - small) + first + Math.log(sum);
                }
            }
            throw new ArithmeticException("Pareto/NBD integral: the series in v did not converge in " + MAX_TERMS
                    + " terms (p " + p + ", q " + q + ", v " + v1 + " to " + v2 + ")");
        }

        /**
         * Returns {@code ln} of the integral of {@code v^(e-1)} from v1 to v2: {@code anchor^e (1 - e^(-|e| L)) / |e|}
         * with the anchor v2 for e &gt;= 0 and v1 for e &lt; 0, so the exponential never grows.
         */
        private static double logPowerIntegral(double e, double v1, double v2, double length) {
            double anchor = e >= 0 ? Math.log(v2) : Math.log(v1);
            return e * anchor + Math.log(LogMath.exponentialIntegral(Math.abs(e), length));
        }
    }
}
