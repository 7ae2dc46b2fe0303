package io.github.revops.clv;

import org.hipparchus.special.Beta;
import org.hipparchus.special.Gamma;

import java.util.Collection;
import java.util.Objects;

/**
 * The beta-geometric/beta-binomial (BG/BB) model of discrete-time repeat transactions, for customers who get one
 * chance to transact per period (a yearly donation, an annual event) and leave unannounced: while alive, a customer
 * transacts in each period with its own probability p ~ Beta(alpha, beta), and dies at the start of each period with
 * its own probability theta ~ Beta(gamma, delta).
 *
 * <p>For a customer with x transactions in the n periods after the first, the last in period t_x (a
 * {@link DiscreteHistory}), with {@code B} the beta function:
 * <pre>
 *   L(x, t_x, n)   = B(alpha+x, beta+n-x)/B(alpha,beta) B(gamma, delta+n)/B(gamma,delta)
 *                    + sum over i = 0..n-t_x-1 of B(alpha+x, beta+t_x-x+i)/B(alpha,beta) B(gamma+1, delta+t_x+i)/B(gamma,delta)
 *   P(alive at n+1 | x, t_x, n) = B(alpha+x, beta+n-x)/B(alpha,beta) B(gamma, delta+n+1)/B(gamma,delta) / L
 *   E[X(n, n+m) | x, t_x, n]    = P(alive at n | .) (alpha+x)/(alpha+beta+n) sum over k = 1..m of B(gamma, delta+n+k)/B(gamma, delta+n)
 *   E[X(n)]        = alpha/(alpha+beta) sum over k = 1..n of B(gamma, delta+k)/B(gamma, delta)
 * </pre>
 * The sums over k are the published closed form {@code delta/(gamma-1) Gamma(gamma+delta)/Gamma(1+delta) [...]},
 * computed without its division by {@code gamma - 1} (docs/decisions/0044), so gamma at or near 1 is exact; the
 * likelihood is summed in log space relative to its first term, so no term underflows.
 * <pre>{@code
 * ModelFit<BetaGeometricBetaBinomial> fit = BetaGeometricBetaBinomial.fit(donors);  // alpha 1.204, beta 0.750,
 * BetaGeometricBetaBinomial bgbb = fit.model();                                    // gamma 0.657, delta 2.783
 * bgbb.probabilityAlive(2, 4, 6);                          // 0.59: gave twice, last in 1999, alive in 2002
 * bgbb.conditionalExpectedTransactions(5, 2, 4, 6);        // donations expected in 2002-2006
 * }</pre>
 *
 * <h2>References</h2>
 * Fader, P. S., Hardie, B. G. S. and Shang, J. (2010), "Customer-Base Analysis in a Discrete-Time Noncontractual
 * Setting", Marketing Science 29(6).
 *
 * <h2>Implementation Requirements:</h2>
 * This class is immutable and thread-safe.
 *
 * @param alpha  the first shape of the transaction-probability distribution, positive
 * @param beta  the second shape of the transaction-probability distribution, positive
 * @param gamma  the first shape of the dropout-probability distribution, positive
 * @param delta  the second shape of the dropout-probability distribution, positive
 * @since 0.1.0
 */
public record BetaGeometricBetaBinomial(double alpha, double beta, double gamma, double delta) {

    private static final String NAME = "BG/BB";

    /**
     * Validates the parameters.
     *
     * @param alpha  the first shape of the transaction-probability distribution, positive
     * @param beta  the second shape of the transaction-probability distribution, positive
     * @param gamma  the first shape of the dropout-probability distribution, positive
     * @param delta  the second shape of the dropout-probability distribution, positive
     * @throws IllegalArgumentException if a parameter is not from 1e-12 to 1e12
     */
    public BetaGeometricBetaBinomial {
        Parameters.modelParameter("alpha", alpha);
        Parameters.modelParameter("beta", beta);
        Parameters.modelParameter("gamma", gamma);
        Parameters.modelParameter("delta", delta);
    }

    /**
     * Obtains the model with known parameters.
     *
     * @param alpha  the first transaction shape, positive
     * @param beta  the second transaction shape, positive
     * @param gamma  the first dropout shape, positive
     * @param delta  the second dropout shape, positive
     * @return the model, never null
     * @throws IllegalArgumentException if a parameter is not from 1e-12 to 1e12
     * @since 0.1.0
     */
    public static BetaGeometricBetaBinomial of(double alpha, double beta, double gamma, double delta) {
        return new BetaGeometricBetaBinomial(alpha, beta, gamma, delta);
    }

    /**
     * Fits the model by maximum likelihood to customers' histories; the optimiser starts from all parameters 1, on
     * their logs (docs/decisions/0040).
     *
     * @param customers  the histories, at least one, not null
     * @return the fit, whose sample size is the number of customers, never null
     * @throws IllegalArgumentException if there is no customer
     * @throws ModelFitException if the data do not identify the model (no period observed, no repeat transaction,
     *         one distinct history, or a flat likelihood: docs/decisions/0045) or the optimiser does not converge
     * @since 0.1.0
     */
    public static ModelFit<BetaGeometricBetaBinomial> fit(Collection<DiscreteHistory> customers) {
        Objects.requireNonNull(customers, "customers");
        if (customers.isEmpty()) {
            throw new IllegalArgumentException("customers ([]) must hold at least one history");
        }
        RfmColumns data = RfmColumns.of(customers, DiscreteHistory::frequency, DiscreteHistory::recency,
                DiscreteHistory::periods);
        data.checkIdentifiable(NAME, customers.size(), "periods n");
        MaximumLikelihood.Optimum optimum = MaximumLikelihood.maximise(NAME,
                new String[] {"alpha", "beta", "gamma", "delta"}, new double[] {1.0, 1.0, 1.0, 1.0},
                p -> of(p[0], p[1], p[2], p[3]).logLikelihood(data));
        double[] p = optimum.parameters();
        return new ModelFit<>(of(p[0], p[1], p[2], p[3]), optimum.logLikelihood(), customers.size(),
                optimum.evaluations());
    }

    /**
     * Returns the log-likelihood of customers' histories under this model.
     *
     * @param customers  the histories, not null
     * @return the log-likelihood, at most 0
     * @since 0.1.0
     */
    public double logLikelihood(Collection<DiscreteHistory> customers) {
        return logLikelihood(RfmColumns.of(customers, DiscreteHistory::frequency, DiscreteHistory::recency,
                DiscreteHistory::periods));
    }

    private double logLikelihood(RfmColumns data) {
        double ll = 0.0;
        for (int i = 0; i < data.rows(); i++) {
            int x = (int) data.frequencies[data.frequencyIndex[i]];
            ll += data.weight[i] * logLikelihood(x, (int) data.recency[i], (int) data.age[i]);
        }
        return ll;
    }

    /**
     * Returns the log-likelihood of one history, {@code ln L(x, t_x, n)}.
     *
     * @param frequency  x
     * @param recency  t_x
     * @param periods  n
     * @return the log-likelihood, at most 0
     * @throws IllegalArgumentException if the history is invalid
     * @since 0.1.0
     */
    public double logLikelihood(int frequency, int recency, int periods) {
        checkHistory(frequency, recency, periods);
        double alive = logAliveThrough(frequency, periods);
        if (recency == periods) {
            return alive;
        }
        // the customer died at the start of period t_x + 1 + i, i = 0..n-t_x-1: terms relative to the first
        double first = Beta.logBeta(alpha + frequency, beta + recency - frequency) - Beta.logBeta(alpha, beta)
                + Beta.logBeta(gamma + 1, delta + recency) - Beta.logBeta(gamma, delta);
        double sum = 0.0;
        double ratio = 1.0;
        for (int i = 0; i < periods - recency; i++) {
            sum += ratio;
            ratio *= (beta + recency - frequency + i) / (alpha + beta + recency + i)
                    * (delta + recency + i) / (gamma + 1 + delta + recency + i);
        }
        return Math.min(0.0, LogMath.logAddExp(alive, first + Math.log(sum)));   // a probability: rounding stays <= 0
    }

    /**
     * Returns the log of the first term of the likelihood: x transactions in n periods and alive through period n.
     */
    private double logAliveThrough(int frequency, int periods) {
        return Beta.logBeta(alpha + frequency, beta + periods - frequency) - Beta.logBeta(alpha, beta)
                + Beta.logBeta(gamma, delta + periods) - Beta.logBeta(gamma, delta);
    }

    /**
     * Returns the probability that a customer with this history is alive at the next opportunity, period n + 1 (Fader,
     * Hardie and Shang's P(alive in 2002) for the donors observed over 1996-2001).
     *
     * @param frequency  x, from 0 to t_x
     * @param recency  t_x, from x to n; 0 when x is 0
     * @param periods  n, from 0 to {@value DiscreteHistory#MAX_PERIODS}
     * @return the probability, in [0, 1]
     * @throws IllegalArgumentException if the history is invalid
     * @since 0.1.0
     */
    public double probabilityAlive(int frequency, int recency, int periods) {
        double logAliveNext = Beta.logBeta(alpha + frequency, beta + periods - frequency) - Beta.logBeta(alpha, beta)
                + Beta.logBeta(gamma, delta + periods + 1) - Beta.logBeta(gamma, delta);
        return Math.min(1.0, Math.exp(logAliveNext - logLikelihood(frequency, recency, periods)));
    }

    /**
     * Returns the probability that a customer is alive at its next opportunity.
     *
     * @param customer  the history, not null
     * @return the probability, in [0, 1]
     * @since 0.1.0
     */
    public double probabilityAlive(DiscreteHistory customer) {
        return probabilityAlive(customer.frequency(), customer.recency(), customer.periods());
    }

    /**
     * Returns the expected number of transactions of a customer with this history in the next m periods,
     * {@code E[X(n, n+m) | x, t_x, n]}.
     *
     * @param futurePeriods  m, at least 0
     * @param frequency  x, from 0 to t_x
     * @param recency  t_x, from x to n; 0 when x is 0
     * @param periods  n, from 0 to {@value DiscreteHistory#MAX_PERIODS}
     * @return the expected transactions, from 0 to m, non-decreasing in m
     * @throws IllegalArgumentException if m is negative or the history invalid
     * @since 0.1.0
     */
    public double conditionalExpectedTransactions(long futurePeriods, int frequency, int recency, int periods) {
        Parameters.atLeast("futurePeriods", futurePeriods, 0);
        double aliveNow = Math.min(1.0, Math.exp(logAliveThrough(frequency, periods)
                - logLikelihood(frequency, recency, periods)));
        return aliveNow * (alpha + frequency) / (alpha + beta + periods)
                * GammaRatios.survivalSum(delta + periods, gamma, futurePeriods);
    }

    /**
     * Returns the expected number of transactions of a customer in the next m periods.
     *
     * @param futurePeriods  m, at least 0
     * @param customer  the history, not null
     * @return the expected transactions, from 0 to m
     * @throws IllegalArgumentException if m is negative
     * @since 0.1.0
     */
    public double conditionalExpectedTransactions(long futurePeriods, DiscreteHistory customer) {
        return conditionalExpectedTransactions(futurePeriods, customer.frequency(), customer.recency(),
                customer.periods());
    }

    /**
     * Returns the expected number of repeat transactions of a new customer in its first n periods, {@code E[X(n)]}.
     *
     * @param periods  n, at least 0
     * @return the expected transactions, from 0 to n, non-decreasing in n
     * @throws IllegalArgumentException if n is negative
     * @since 0.1.0
     */
    public double expectedTransactions(long periods) {
        Parameters.atLeast("periods", periods, 0);
        return alpha / (alpha + beta) * GammaRatios.survivalSum(delta, gamma, periods);
    }

    /**
     * Returns the probability that a new customer makes exactly x repeat transactions in its first n periods,
     * {@code P(X(n) = x)}:
     * <pre>
     *   C(n, x) B(alpha+x, beta+n-x)/B(alpha,beta) B(gamma, delta+n)/B(gamma,delta)
     *     + sum over i = x..n-1 of C(i, x) B(alpha+x, beta+i-x)/B(alpha,beta) B(gamma+1, delta+i)/B(gamma,delta)
     * </pre>
     *
     * @param transactions  x, from 0 to n
     * @param periods  n, from 0 to {@value DiscreteHistory#MAX_PERIODS}
     * @return the probability, in [0, 1]
     * @throws IllegalArgumentException if x or n is out of range
     * @since 0.1.0
     */
    public double probabilityOfTransactions(int transactions, int periods) {
        checkPeriods(periods);
        if (transactions < 0 || transactions > periods) {
            throw new IllegalArgumentException("transactions (" + transactions + ") must be from 0 to periods ("
                    + periods + ")");
        }
        int x = transactions;
        double logTotal = logChoose(periods, x) + logAliveThrough(x, periods);
        double logTerm = Beta.logBeta(alpha + x, beta) - Beta.logBeta(alpha, beta)
                + Beta.logBeta(gamma + 1, delta + x) - Beta.logBeta(gamma, delta);
        for (int i = x; i < periods; i++) {
            logTotal = LogMath.logAddExp(logTotal, logTerm);
            logTerm += Math.log((i + 1.0) / (i + 1.0 - x) * (beta + i - x) / (alpha + beta + i)
                    * (delta + i) / (gamma + 1 + delta + i));
        }
        return Math.min(1.0, Math.exp(logTotal));
    }

    private static double logChoose(int n, int k) {
        return Gamma.logGamma(n + 1.0) - Gamma.logGamma(k + 1.0) - Gamma.logGamma(n - k + 1.0);
    }

    private static void checkPeriods(int periods) {
        if (periods < 0 || periods > DiscreteHistory.MAX_PERIODS) {
            throw new IllegalArgumentException("periods (" + periods + ") must be from 0 to "
                    + DiscreteHistory.MAX_PERIODS);
        }
    }

    private static void checkHistory(int frequency, int recency, int periods) {
        checkPeriods(periods);
        if (recency < 0 || recency > periods) {
            throw new IllegalArgumentException("recency (" + recency + ") must be from 0 to periods (" + periods
                    + ")");
        }
        if (frequency < 0 || frequency > recency) {
            throw new IllegalArgumentException("frequency (" + frequency + ") must be from 0 to recency (" + recency
                    + ")");
        }
        if (frequency == 0 && recency != 0) {
            throw new IllegalArgumentException("recency (" + recency + ") must be 0 when frequency is 0");
        }
    }
}
