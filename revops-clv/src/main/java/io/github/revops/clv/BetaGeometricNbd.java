package io.github.revops.clv;

import org.hipparchus.special.Beta;
import org.hipparchus.special.Gamma;

import java.util.Collection;
import java.util.Objects;

/**
 * The BG/NBD model of repeat purchasing where customers leave unannounced: while alive, a customer buys as a
 * Poisson process with rate lambda ~ Gamma(r, alpha); after each purchase it drops out with probability
 * p ~ Beta(a, b).
 *
 * <p>For a customer with x repeat purchases, the last at t_x, observed for T (an {@link RfmSummary}), and
 * {@code z = t / (alpha + T + t)}:
 * <pre>
 *   P(alive)     = 1 / (1 + [x &gt; 0] a / (b + x - 1) ((alpha + T) / (alpha + t_x))^(r + x))
 *   E[Y(t) | .]  = (a + b + x - 1) / (a - 1) [1 - ((alpha + T) / (alpha + T + t))^(r + x)
 *                    2F1(r + x, b + x; a + b + x - 1; z)] / (1 + [x &gt; 0] a / (b + x - 1) ((alpha + T)/(alpha + t_x))^(r + x))
 *   E[X(t)]      = the same with x = t_x = T = 0: expected purchases of a new customer in its first t
 * </pre>
 * Numerics: the likelihood is a log-sum of log terms (Hardie's note 027 form), P(alive) is computed from its log-odds
 * (x = 1000 gives 0, never NaN), and the hypergeometric bracket is summed after Euler's transformation, which keeps
 * its terms bounded for any x and removes the {@code a - 1} division (docs/decisions/0041).
 * <pre>{@code
 * ModelFit<BetaGeometricNbd> fit = BetaGeometricNbd.fit(summaries);   // CDNOW: r 0.243, alpha 4.414, a 0.793, b 2.426
 * BetaGeometricNbd bgnbd = fit.model();
 * bgnbd.conditionalExpectedPurchases(39, 2, 30.43, 38.86);            // 1.226 purchases in the next 39 weeks
 * bgnbd.probabilityAlive(2, 30.43, 38.86);                              // 0.73
 * }</pre>
 *
 * <h2>References</h2>
 * Fader, P. S., Hardie, B. G. S. and Lee, K. L. (2005), "'Counting Your Customers' the Easy Way: An Alternative to the
 * Pareto/NBD Model", Marketing Science 24(2); Hardie's note 027 on computing the likelihood.
 *
 * <h2>Implementation Requirements:</h2>
 * This class is immutable and thread-safe.
 *
 * @param r  the shape of the purchase-rate distribution, positive
 * @param alpha  the scale of the purchase-rate distribution (in the time unit), positive
 * @param a  the first shape of the dropout-probability distribution, positive
 * @param b  the second shape of the dropout-probability distribution, positive
 * @since 0.1.0
 */
public record BetaGeometricNbd(double r, double alpha, double a, double b) {

    private static final String NAME = "BG/NBD";
    /**
     * How long a prediction window may be, in multiples of {@code alpha + T}: the hypergeometric series needs about
     * 40 times as many terms (docs/decisions/0045).
     */
    public static final double MAX_WINDOW_FACTOR = 10_000;

    /**
     * Validates the parameters.
     *
     * @param r  the shape of the purchase-rate distribution, positive
     * @param alpha  the scale of the purchase-rate distribution (in the time unit), positive
     * @param a  the first shape of the dropout-probability distribution, positive
     * @param b  the second shape of the dropout-probability distribution, positive
     * @throws IllegalArgumentException if a parameter is not from 1e-12 to 1e12
     */
    public BetaGeometricNbd {
        Parameters.modelParameter("r", r);
        Parameters.modelParameter("alpha", alpha);
        Parameters.modelParameter("a", a);
        Parameters.modelParameter("b", b);
    }

    /**
     * Obtains the model with known parameters.
     *
     * @param r  the purchase-rate shape, positive
     * @param alpha  the purchase-rate scale, positive
     * @param a  the first dropout shape, positive
     * @param b  the second dropout shape, positive
     * @return the model, never null
     * @throws IllegalArgumentException if a parameter is not from 1e-12 to 1e12
     * @since 0.1.0
     */
    public static BetaGeometricNbd of(double r, double alpha, double a, double b) {
        return new BetaGeometricNbd(r, alpha, a, b);
    }

    /**
     * Fits the model by maximum likelihood to customers' RFM summaries (every customer, with or without repeat
     * purchases). The optimiser starts from r = alpha = a = b = 1, on the logs of the parameters.
     *
     * @param customers  the summaries, at least one, not null
     * @return the fit, whose sample size is the number of customers, never null
     * @throws IllegalArgumentException if there is no customer
     * @throws ModelFitException if the data do not identify the model (no time observed, no repeat purchase, one
     *         distinct history, or a flat likelihood: docs/decisions/0045) or the optimiser does not converge
     * @since 0.1.0
     */
    public static ModelFit<BetaGeometricNbd> fit(Collection<RfmSummary> customers) {
        Objects.requireNonNull(customers, "customers");
        if (customers.isEmpty()) {
            throw new IllegalArgumentException("customers ([]) must hold at least one summary");
        }
        RfmColumns data = RfmColumns.of(customers);
        data.checkIdentifiable(NAME, customers.size(), "age T");
        MaximumLikelihood.Optimum optimum = MaximumLikelihood.maximise(NAME, new String[] {"r", "alpha", "a", "b"},
                new double[] {1.0, 1.0, 1.0, 1.0}, p -> new BetaGeometricNbd(p[0], p[1], p[2], p[3]).logLikelihood(data));
        double[] p = optimum.parameters();
        return new ModelFit<>(of(p[0], p[1], p[2], p[3]), optimum.logLikelihood(), customers.size(),
                optimum.evaluations());
    }

    /**
     * Returns the log-likelihood of customers' summaries under this model.
     *
     * @param customers  the summaries, not null
     * @return the log-likelihood
     * @since 0.1.0
     */
    public double logLikelihood(Collection<RfmSummary> customers) {
        return logLikelihood(RfmColumns.of(customers));
    }

    private double logLikelihood(RfmColumns data) {
        double[] head = new double[data.frequencies.length];
        double constant = -Gamma.logGamma(r) + r * Math.log(alpha) - Beta.logBeta(a, b);
        for (int j = 0; j < head.length; j++) {
            double x = data.frequencies[j];
            head[j] = constant + Gamma.logGamma(r + x) + Beta.logBeta(a, b + x);
        }
        double ll = 0.0;
        for (int i = 0; i < data.weight.length; i++) {
            double x = data.frequencies[data.frequencyIndex[i]];
            ll += data.weight[i] * (head[data.frequencyIndex[i]] + logTail(x, data.recency[i], data.age[i]));
        }
        return ll;
    }

    /**
     * Returns the log-likelihood of one customer's (x, t_x, T), in log space throughout:
     * {@code ln Gamma(r+x) - ln Gamma(r) + r ln alpha + ln B(a, b+x) - ln B(a, b)
     * + ln(e^(-(r+x) ln(alpha+T)) + [x > 0] e^(ln(a/(b+x-1)) - (r+x) ln(alpha+t_x)))}.
     *
     * @param frequency  x, at least 0
     * @param recency  t_x, from 0 to T; 0 when x is 0
     * @param age  T, finite
     * @return the log-likelihood
     * @throws IllegalArgumentException if the history is invalid
     * @since 0.1.0
     */
    public double logLikelihood(long frequency, double recency, double age) {
        RfmSummary.checkHistory(frequency, recency, age);
        double x = frequency;
        double head = Gamma.logGamma(r + x) - Gamma.logGamma(r) + r * Math.log(alpha)
                + Beta.logBeta(a, b + x) - Beta.logBeta(a, b);
        return head + logTail(x, recency, age);
    }

    /** The log of the alive-at-T term plus, for x above 0, the dropped-out-after-t_x term. */
    private double logTail(double x, double recency, double age) {
        double stillAlive = -(r + x) * Math.log(alpha + age);
        if (x == 0) {
            return stillAlive;
        }
        double droppedOut = Math.log(a) - Math.log(b + x - 1) - (r + x) * Math.log(alpha + recency);
        return LogMath.logAddExp(stillAlive, droppedOut);
    }

    /**
     * Returns the probability that a customer with this history is still alive at the end of its observation.
     * Always 1 without repeat purchases (BG/NBD lets customers drop out only right after a purchase).
     *
     * @param frequency  x, at least 0
     * @param recency  t_x, from 0 to T
     * @param age  T
     * @return the probability, in [0, 1], never NaN
     * @throws IllegalArgumentException if the history is invalid
     * @since 0.1.0
     */
    public double probabilityAlive(long frequency, double recency, double age) {
        RfmSummary.checkHistory(frequency, recency, age);
        return frequency == 0 ? 1.0 : LogMath.logistic(logOddsDead(frequency, recency, age));
    }

    /**
     * Returns the probability that a customer is still alive.
     *
     * @param customer  the customer's summary, not null
     * @return the probability, in [0, 1]
     * @since 0.1.0
     */
    public double probabilityAlive(RfmSummary customer) {
        return probabilityAlive(customer.frequency(), customer.recency(), customer.age());
    }

    /**
     * Returns the expected number of purchases of a customer with this history in the next t time units:
     * {@code E[Y(t) | x, t_x, T]}.
     *
     * @param t  the length of the future window, at least 0
     * @param frequency  x, at least 0
     * @param recency  t_x, from 0 to T
     * @param age  T
     * @return the expected purchases, at least 0, non-decreasing in t
     * @throws IllegalArgumentException if the history is invalid, or t is negative or above
     *         {@value #MAX_WINDOW_FACTOR} (alpha + T)
     * @since 0.1.0
     */
    public double conditionalExpectedPurchases(double t, long frequency, double recency, double age) {
        Parameters.nonNegative("t", t);
        RfmSummary.checkHistory(frequency, recency, age);
        checkWindow(t, alpha + age, "(alpha + T)");
        double x = frequency;
        double z = t / (alpha + age + t);
        double numerator = (a + b + x - 1) * bracket(a + b + x - 1, z, t);
        double expected = frequency == 0 ? numerator
                : numerator * LogMath.logistic(logOddsDead(frequency, recency, age));
        return Math.max(0.0, expected);   // the bracket's rounding can dip below 0 by 1e-25 for tiny windows
    }

    /**
     * Returns the expected number of purchases of a customer in the next t time units.
     *
     * @param t  the window, at least 0
     * @param customer  the customer's summary, not null
     * @return the expected purchases, at least 0
     * @since 0.1.0
     */
    public double conditionalExpectedPurchases(double t, RfmSummary customer) {
        return conditionalExpectedPurchases(t, customer.frequency(), customer.recency(), customer.age());
    }

    /**
     * Returns the expected number of repeat purchases a customer drawn from the population makes in its first t time
     * units after the first purchase: {@code E[X(t)]}.
     *
     * @param t  the time since the first purchase, at least 0
     * @return the expected purchases, at least 0, non-decreasing in t
     * @throws IllegalArgumentException if t is negative or above {@value #MAX_WINDOW_FACTOR} alpha
     * @since 0.1.0
     */
    public double expectedPurchases(double t) {
        Parameters.nonNegative("t", t);
        checkWindow(t, alpha, "alpha");
        return Math.max(0.0, (a + b - 1) * bracket(a + b - 1, t / (alpha + t), t));
    }

    /**
     * Returns the probability that a customer drawn from the population makes exactly n repeat purchases in its
     * first t time units: {@code P(X(t) = n)}.
     * <pre>
     *   P(X(t) = n) = B(a, b+n)/B(a, b) NB(n; r, alpha/(alpha+t))
     *               + [n &gt; 0] B(a+1, b+n-1)/B(a, b) P(NB(r, alpha/(alpha+t)) &gt;= n)
     * </pre>
     * where the negative-binomial tail is Hipparchus' regularised incomplete beta {@code I_(t/(alpha+t))(n, r)}.
     *
     * @param n  the number of purchases, at least 0
     * @param t  the time, at least 0
     * @return the probability, in [0, 1]
     * @throws IllegalArgumentException if n or t is negative
     * @since 0.1.0
     */
    public double probabilityOfPurchases(int n, double t) {
        Parameters.atLeast("n", n, 0);
        Parameters.nonNegative("t", t);
        if (t == 0.0) {
            return n == 0 ? 1.0 : 0.0;
        }
        double logBab = Beta.logBeta(a, b);
        double logNb = Gamma.logGamma(r + n) - Gamma.logGamma(r) - Gamma.logGamma(n + 1.0)
                + r * Math.log(alpha / (alpha + t)) + n * Math.log(t / (alpha + t));
        double alive = Math.exp(Beta.logBeta(a, b + n) - logBab + logNb);
        if (n == 0) {
            return alive;
        }
        double tail = Beta.regularizedBeta(t / (alpha + t), n, r);
        return alive + Math.exp(Beta.logBeta(a + 1, b + n - 1) - logBab) * tail;
    }

    /** The transformed bracket; IllegalArgumentException where its series cannot be evaluated in a double. */
    private double bracket(double lower, double z, double t) {
        try {
            return Hypergeometric.bgnbdBracket(a + b - 1 - r, a - 1, lower, z);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("t (" + t + ") with " + this + " is outside the domain where the"
                    + " expected purchases can be evaluated: " + e.getMessage(), e);
        }
    }

    private static void checkWindow(double t, double scale, String scaleName) {
        if (t > MAX_WINDOW_FACTOR * scale) {
            throw new IllegalArgumentException("t (" + t + ") must be <= " + MAX_WINDOW_FACTOR + " " + scaleName + " = "
                    + MAX_WINDOW_FACTOR * scale + ": longer windows need too many terms of the hypergeometric series");
        }
    }

    private double logOddsDead(long frequency, double recency, double age) {
        double x = frequency;
        return Math.log(a) - Math.log(b + x - 1) + (r + x) * (Math.log(alpha + age) - Math.log(alpha + recency));
    }
}
