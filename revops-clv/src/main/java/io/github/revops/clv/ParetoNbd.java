package io.github.revops.clv;

import org.hipparchus.special.Gamma;

import java.util.Collection;
import java.util.Objects;

/**
 * The Pareto/NBD model of repeat purchasing where customers leave unannounced at any time: while alive, a customer
 * buys as a Poisson process with rate lambda ~ Gamma(r, alpha), and dies after an exponential lifetime with rate
 * mu ~ Gamma(s, beta).
 *
 * <p>For a customer with x repeat purchases, the last at t_x, observed for T (an {@link RfmSummary}), and
 * {@code I = integral over u from t_x to T of (alpha+u)^-(r+x) (beta+u)^-(s+1) du}:
 * <pre>
 *   L(x, t_x, T)  = Gamma(r+x) alpha^r beta^s / Gamma(r) [ (alpha+T)^-(r+x) (beta+T)^-s + s I ]
 *   P(alive)      = (alpha+T)^-(r+x) (beta+T)^-s / [ (alpha+T)^-(r+x) (beta+T)^-s + s I ]
 *   E[Y(t) | .]   = (r+x)(beta+T) / ((alpha+T)(s-1)) [1 - ((beta+T)/(beta+T+t))^(s-1)] P(alive)
 *   E[X(t)]       = r beta / (alpha (s-1)) [1 - (beta/(beta+t))^(s-1)]
 * </pre>
 * Fader, Hardie and Lee write {@code s I} with the Gauss hypergeometric function, as
 * {@code s/(r+s+x) A_0} with a 2F1 whose second parameter grows with x when alpha &lt; beta. Here the integral is
 * evaluated in log space by a series of positive terms, or, when alpha and beta are orders of magnitude apart, by a
 * binomial series in {@code (min(alpha,beta) + u) / (max(alpha,beta) + u)} (see docs/decisions/0044): no overflow at
 * any x, no cancellation when t_x is close to T. The factor {@code [1 - y^(s-1)] / (s-1)} is evaluated with
 * {@code expm1}, so s at or near 1 is exact.
 * <pre>{@code
 * ModelFit<ParetoNbd> fit = ParetoNbd.fit(summaries);     // CDNOW: r 0.553, alpha 10.578, s 0.606, beta 11.669
 * ParetoNbd pnbd = fit.model();
 * pnbd.conditionalExpectedPurchases(52, 26, 30.86, 31);   // 25.46 purchases in the next 52 weeks
 * pnbd.probabilityAlive(26, 30.86, 31);                   // 0.998
 * }</pre>
 *
 * <h2>References</h2>
 * Schmittlein, D. C., Morrison, D. G. and Colombo, R. (1987), "Counting Your Customers: Who Are They and What Will
 * They Do Next?", Management Science 33(1); Fader, P. S., Hardie, B. G. S. and Lee, K. L. (2005), "RFM and CLV:
 * Using Iso-Value Curves for Customer Base Analysis", Journal of Marketing Research 42(4); Fader and Hardie (2005),
 * "A Note on Deriving the Pareto/NBD Model and Related Expressions", note 009.
 *
 * <h2>Implementation Requirements:</h2>
 * This class is immutable and thread-safe.
 *
 * @param r  the shape of the purchase-rate distribution, positive
 * @param alpha  the scale of the purchase-rate distribution (in the time unit), positive
 * @param s  the shape of the dropout-rate distribution, positive
 * @param beta  the scale of the dropout-rate distribution (in the time unit), positive
 * @since 0.1.0
 */
public record ParetoNbd(double r, double alpha, double s, double beta) {

    private static final String NAME = "Pareto/NBD";

    /**
     * Validates the parameters.
     *
     * @param r  the shape of the purchase-rate distribution, positive
     * @param alpha  the scale of the purchase-rate distribution (in the time unit), positive
     * @param s  the shape of the dropout-rate distribution, positive
     * @param beta  the scale of the dropout-rate distribution (in the time unit), positive
     * @throws IllegalArgumentException if a parameter is not from 1e-12 to 1e12
     */
    public ParetoNbd {
        Parameters.modelParameter("r", r);
        Parameters.modelParameter("alpha", alpha);
        Parameters.modelParameter("s", s);
        Parameters.modelParameter("beta", beta);
    }

    /**
     * Obtains the model with known parameters.
     *
     * @param r  the purchase-rate shape, positive
     * @param alpha  the purchase-rate scale, positive
     * @param s  the dropout-rate shape, positive
     * @param beta  the dropout-rate scale, positive
     * @return the model, never null
     * @throws IllegalArgumentException if a parameter is not from 1e-12 to 1e12
     * @since 0.1.0
     */
    public static ParetoNbd of(double r, double alpha, double s, double beta) {
        return new ParetoNbd(r, alpha, s, beta);
    }

    /**
     * Fits the model by maximum likelihood to customers' RFM summaries; the optimiser starts from all parameters 1,
     * on their logs (docs/decisions/0040).
     *
     * @param customers  the summaries, at least one, not null
     * @return the fit, whose sample size is the number of customers, never null
     * @throws IllegalArgumentException if there is no customer
     * @throws ModelFitException if the data do not identify the model (no time observed, no repeat purchase, one
     *         distinct history, or a flat likelihood: docs/decisions/0045) or the optimiser does not converge
     * @since 0.1.0
     */
    public static ModelFit<ParetoNbd> fit(Collection<RfmSummary> customers) {
        Objects.requireNonNull(customers, "customers");
        if (customers.isEmpty()) {
            throw new IllegalArgumentException("customers ([]) must hold at least one summary");
        }
        RfmColumns data = RfmColumns.of(customers);
        data.checkIdentifiable(NAME, customers.size(), "age T");
        MaximumLikelihood.Optimum optimum = MaximumLikelihood.maximise(NAME, new String[] {"r", "alpha", "s", "beta"},
                new double[] {1.0, 1.0, 1.0, 1.0}, p -> of(p[0], p[1], p[2], p[3]).logLikelihood(data));
        double[] p = optimum.parameters();
        return new ModelFit<>(of(p[0], p[1], p[2], p[3]), optimum.logLikelihood(), customers.size(),
                optimum.evaluations());
    }

    /**
     * Returns the log-likelihood of customers' summaries under this model.
     *
     * @param customers  the summaries, not null
     * @return the log-likelihood
     * @throws IllegalArgumentException if a history lies outside the domain the integral can be evaluated on
     * @since 0.1.0
     */
    public double logLikelihood(Collection<RfmSummary> customers) {
        try {
            return logLikelihood(RfmColumns.of(customers));
        } catch (ArithmeticException e) {
            throw outsideDomain(e);
        }
    }

    private double logLikelihood(RfmColumns data) {
        double constant = -Gamma.logGamma(r) + r * Math.log(alpha) + s * Math.log(beta);
        double ll = 0.0;
        for (int i = 0; i < data.rows(); i++) {
            double x = data.frequencies[data.frequencyIndex[i]];
            ll += data.weight[i] * (constant + Gamma.logGamma(r + x)
                    + LogMath.logAddExp(logAliveTerm(x, data.age[i]), logDeathTerm(x, data.recency[i], data.age[i])));
        }
        return ll;
    }

    /**
     * Returns the log-likelihood of one customer's (x, t_x, T).
     *
     * @param frequency  x, at least 0
     * @param recency  t_x, from 0 to T; 0 when x is 0
     * @param age  T, finite
     * @return the log-likelihood
     * @throws IllegalArgumentException if the history is invalid or outside the domain the integral can be evaluated on
     * @since 0.1.0
     */
    public double logLikelihood(long frequency, double recency, double age) {
        RfmSummary.checkHistory(frequency, recency, age);
        double x = frequency;
        try {
            return Gamma.logGamma(r + x) - Gamma.logGamma(r) + r * Math.log(alpha) + s * Math.log(beta)
                    + LogMath.logAddExp(logAliveTerm(x, age), logDeathTerm(x, recency, age));
        } catch (ArithmeticException e) {
            throw outsideDomain(e);
        }
    }

    /** ln of (alpha+T)^-(r+x) (beta+T)^-s: alive at T after x purchases. */
    private double logAliveTerm(double x, double age) {
        return -(r + x) * Math.log(alpha + age) - s * Math.log(beta + age);
    }

    /** ln of s I: died between t_x and T; ArithmeticException where the integral cannot be evaluated. */
    private double logDeathTerm(double x, double recency, double age) {
        return Math.log(s) + ParetoNbdIntegral.log(r + x, s + 1.0, alpha, beta, recency, age);
    }

    private IllegalArgumentException outsideDomain(ArithmeticException e) {
        return new IllegalArgumentException("the history is outside the domain where " + this + " can be evaluated: "
                + e.getMessage(), e);
    }

    /**
     * Returns the probability that a customer with this history is still alive at the end of its observation, T.
     *
     * @param frequency  x, at least 0
     * @param recency  t_x, from 0 to T; 0 when x is 0
     * @param age  T, finite
     * @return the probability, in [0, 1], never NaN
     * @throws IllegalArgumentException if the history is invalid
     * @since 0.1.0
     */
    public double probabilityAlive(long frequency, double recency, double age) {
        RfmSummary.checkHistory(frequency, recency, age);
        double x = frequency;
        try {
            return LogMath.logistic(logDeathTerm(x, recency, age) - logAliveTerm(x, age));
        } catch (ArithmeticException e) {
            throw outsideDomain(e);
        }
    }

    /**
     * Returns the probability that a customer is still alive at the end of its observation.
     *
     * @param customer  the customer's summary, not null
     * @return the probability, in [0, 1]
     * @since 0.1.0
     */
    public double probabilityAlive(RfmSummary customer) {
        return probabilityAlive(customer.frequency(), customer.recency(), customer.age());
    }

    /**
     * Returns the expected number of purchases of a customer with this history in the next t time units,
     * {@code E[Y(t) | x, t_x, T]}.
     *
     * @param t  the length of the future window, at least 0
     * @param frequency  x, at least 0
     * @param recency  t_x, from 0 to T; 0 when x is 0
     * @param age  T, finite
     * @return the expected purchases, at least 0, non-decreasing in t
     * @throws IllegalArgumentException if the window or the history is invalid, or the expectation overflows a double
     * @since 0.1.0
     */
    public double conditionalExpectedPurchases(double t, long frequency, double recency, double age) {
        Parameters.nonNegative("t", t);
        double alive = probabilityAlive(frequency, recency, age);
        double window = LogMath.exponentialIntegral(s - 1.0, Math.log1p(t / (beta + age)));
        return finite("t", t, (r + frequency) / (alpha + age) * (beta + age) * window * alive);
    }

    /**
     * Returns the expected number of purchases of a customer in the next t time units.
     *
     * @param t  the window, at least 0
     * @param customer  the customer's summary, not null
     * @return the expected purchases, at least 0
     * @throws IllegalArgumentException if the window is invalid or the expectation overflows a double
     * @since 0.1.0
     */
    public double conditionalExpectedPurchases(double t, RfmSummary customer) {
        return conditionalExpectedPurchases(t, customer.frequency(), customer.recency(), customer.age());
    }

    /**
     * Returns the expected number of repeat purchases a customer drawn from the population makes in its first t time
     * units after the first purchase, {@code E[X(t)]}.
     *
     * @param t  the time since the first purchase, at least 0
     * @return the expected purchases, at least 0, non-decreasing in t
     * @throws IllegalArgumentException if t is negative or not finite, or the expectation overflows a double
     * @since 0.1.0
     */
    public double expectedPurchases(double t) {
        Parameters.nonNegative("t", t);
        return finite("t", t, r / alpha * beta * LogMath.exponentialIntegral(s - 1.0, Math.log1p(t / beta)));
    }

    private static double finite(String name, double input, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " (" + input + ") is too long: the expected purchases overflow"
                    + " a double");
        }
        return value;
    }
}
