package io.github.revops.clv;

import org.hipparchus.special.Beta;

import java.util.Collection;
import java.util.Objects;

/**
 * The shifted-beta-geometric (sBG) model of contract renewals: each customer churns at the end of every period with
 * its own probability theta, and theta varies across customers as Beta(alpha, beta).
 *
 * <p>With T the period in which a customer churns (T = 1, 2, ...):
 * <pre>
 *   P(T = t)   = B(alpha + 1, beta + t - 1) / B(alpha, beta)
 *   S(t)       = P(T &gt; t) = B(alpha, beta + t) / B(alpha, beta)            (S(0) = 1)
 *   r(t)       = S(t) / S(t - 1) = (beta + t - 1) / (alpha + beta + t - 1)    retention in period t
 *   DEL(d)     = sum over t &gt;= 0 of S(t) / (1 + d)^t = 2F1(1, beta; alpha + beta; 1 / (1 + d))
 *   DERL(d, n) = (beta + n) / (alpha + beta + n) * 2F1(1, beta + n + 1; alpha + beta + n + 1; 1 / (1 + d))
 * </pre>
 * Retention rises with tenure although no customer's own churn probability changes: the customers likeliest to
 * churn leave first. DEL is the discounted expected lifetime of a new customer in periods, counting the payment at
 * acquisition undiscounted; DERL is the discounted expected residual lifetime of a customer who has renewed n times,
 * standing at the end of period n + 1 just before the next renewal decision (its first term is that renewal, with
 * probability r(n + 1), undiscounted). Multiply either by the margin per period to get a lifetime value.
 * <pre>{@code
 * ModelFit<ShiftedBetaGeometric> fit = ShiftedBetaGeometric.fit(
 *         CohortSurvival.of(1000, 869, 743, 653, 593, 551, 517, 491));
 * ShiftedBetaGeometric sbg = fit.model();           // alpha 0.668, beta 3.806
 * sbg.survival(12);                                 // 0.378: share of the cohort still there after 12 years
 * sbg.discountedExpectedResidualLifetime(0.10, 7);  // residual lifetime of a seven-times renewer at 10% a year
 * }</pre>
 *
 * <h2>References</h2>
 * Fader, P. S. and Hardie, B. G. S. (2007), "How to Project Customer Retention", Journal of Interactive Marketing
 * 21(1); Fader, P. S. and Hardie, B. G. S. (2010), "Customer-Base Valuation in a Contractual Setting: The Perils of
 * Ignoring Heterogeneity", Marketing Science 29(1).
 *
 * <h2>Implementation Requirements:</h2>
 * This class is immutable and thread-safe.
 *
 * @param alpha  the first shape of the churn-probability distribution, from 1e-12 to 1e12
 * @param beta  the second shape of the churn-probability distribution, from 1e-12 to 1e12
 * @since 0.1.0
 */
public record ShiftedBetaGeometric(double alpha, double beta) {

    private static final String NAME = "sBG";
    /**
     * The smallest discount rate per period the discounted lifetimes accept: the series behind them needs about
     * 40 / d terms (docs/decisions/0045).
     */
    public static final double MIN_DISCOUNT_RATE = 1e-4;
    /** The longest survival curve {@link #survivalCurve(int)} returns, in periods. */
    public static final int MAX_CURVE_PERIODS = 1_000_000;

    /**
     * Validates the parameters.
     *
     * @param alpha  the first shape of the churn-probability distribution, from 1e-12 to 1e12
     * @param beta  the second shape of the churn-probability distribution, from 1e-12 to 1e12
     * @throws IllegalArgumentException if a parameter is not from 1e-12 to 1e12
     */
    public ShiftedBetaGeometric {
        Parameters.modelParameter("alpha", alpha);
        Parameters.modelParameter("beta", beta);
    }

    /**
     * Obtains the model with known parameters.
     *
     * @param alpha  the first shape, positive
     * @param beta  the second shape, positive
     * @return the model, never null
     * @throws IllegalArgumentException if a parameter is not from 1e-12 to 1e12
     * @since 0.1.0
     */
    public static ShiftedBetaGeometric of(double alpha, double beta) {
        return new ShiftedBetaGeometric(alpha, beta);
    }

    /**
     * Fits the model by maximum likelihood to a cohort's survival counts; the survivors of the last period are
     * right-censored.
     *
     * @param cohort  the survival counts, with at least one period after acquisition, not null
     * @return the fit, whose sample size is the cohort's size, never null
     * @throws IllegalArgumentException if the cohort has no period after acquisition
     * @throws ModelFitException if the data do not identify the model: a single period, nobody churned, no
     *         heterogeneity, or a flat likelihood (docs/decisions/0045)
     * @since 0.1.0
     */
    public static ModelFit<ShiftedBetaGeometric> fit(CohortSurvival cohort) {
        Objects.requireNonNull(cohort, "cohort");
        if (cohort.lastPeriod() < 1) {
            throw new IllegalArgumentException("cohort (" + cohort.alive() + ") must have at least one period after"
                    + " acquisition");
        }
        checkTwoPeriods(cohort.lastPeriod(), "the cohort " + cohort.alive() + " covers");
        MaximumLikelihood.Optimum optimum = MaximumLikelihood.maximise(NAME, new String[] {"alpha", "beta"},
                new double[] {1.0, 1.0}, p -> of(p[0], p[1]).logLikelihood(cohort));
        return new ModelFit<>(of(optimum.parameters()[0], optimum.parameters()[1]), optimum.logLikelihood(),
                cohort.size(), optimum.evaluations());
    }

    /**
     * Fits the model by maximum likelihood to individual tenures: churned customers contribute {@code P(T = t)},
     * active ones {@code S(t)} (right censoring), so customers observed for different lengths of time mix freely.
     *
     * @param tenures  the tenures, at least one, not null
     * @return the fit, whose sample size is the number of tenures, never null
     * @throws IllegalArgumentException if there is no tenure
     * @throws ModelFitException if the data do not identify the model: no tenure longer than one period, nobody
     *         churned, no heterogeneity, or a flat likelihood (docs/decisions/0045)
     * @since 0.1.0
     */
    public static ModelFit<ShiftedBetaGeometric> fit(Collection<Tenure> tenures) {
        Objects.requireNonNull(tenures, "tenures");
        if (tenures.isEmpty()) {
            throw new IllegalArgumentException("tenures ([]) must hold at least one tenure");
        }
        checkTwoPeriods(tenures.stream().mapToInt(Tenure::periods).max().orElse(0), "the longest tenure covers");
        TenureCounts counts = TenureCounts.of(tenures);
        MaximumLikelihood.Optimum optimum = MaximumLikelihood.maximise(NAME, new String[] {"alpha", "beta"},
                new double[] {1.0, 1.0}, p -> counts.logLikelihood(of(p[0], p[1])));
        return new ModelFit<>(of(optimum.parameters()[0], optimum.parameters()[1]), optimum.logLikelihood(),
                tenures.size(), optimum.evaluations());
    }

    private static void checkTwoPeriods(int periods, String what) {
        if (periods < 2) {
            throw new ModelFitException(NAME, what + " " + periods + " period" + (periods == 1 ? "" : "s")
                    + ": one period identifies only the mean churn rate alpha / (alpha + beta), so at least two are"
                    + " needed");
        }
    }

    /**
     * Returns the log-likelihood of a cohort's survival counts under this model.
     *
     * @param cohort  the survival counts, not null
     * @return the log-likelihood, at most 0
     * @since 0.1.0
     */
    public double logLikelihood(CohortSurvival cohort) {
        double ll = 0.0;
        for (int t = 1; t <= cohort.lastPeriod(); t++) {
            long churned = cohort.churnedIn(t);
            if (churned > 0) {
                ll += churned * logChurnProbability(t);
            }
        }
        long censored = cohort.alive(cohort.lastPeriod());
        return censored > 0 ? ll + censored * logSurvival(cohort.lastPeriod()) : ll;
    }

    /**
     * Returns the log-likelihood of individual tenures under this model.
     *
     * @param tenures  the tenures, not null
     * @return the log-likelihood, at most 0
     * @since 0.1.0
     */
    public double logLikelihood(Collection<Tenure> tenures) {
        return TenureCounts.of(tenures).logLikelihood(this);
    }

    /**
     * Returns the probability that a new customer churns in period t: {@code P(T = t)}.
     *
     * @param period  the period t, at least 1
     * @return the probability, in (0, 1)
     * @throws IllegalArgumentException if the period is less than 1
     * @since 0.1.0
     */
    public double churnProbability(int period) {
        Parameters.atLeast("period", period, 1);
        return Math.min(1.0, Math.exp(logChurnProbability(period)));   // log-beta rounding can pass 1 by an ulp or so
    }

    /**
     * Returns the probability that a new customer is still active after t periods (has renewed t times):
     * {@code S(t)}.
     *
     * @param periods  the periods t, at least 0
     * @return the survival probability, in (0, 1]; 1 at t = 0
     * @throws IllegalArgumentException if the periods are negative
     * @since 0.1.0
     */
    public double survival(int periods) {
        Parameters.atLeast("periods", periods, 0);
        return Math.min(1.0, Math.exp(logSurvival(periods)));
    }

    /**
     * Returns the retention rate of period t: the share of customers active at the start of period t who renew at
     * its end, {@code (beta + t - 1) / (alpha + beta + t - 1)}.
     *
     * @param period  the period t, at least 1
     * @return the retention rate, in (0, 1), rising with t
     * @throws IllegalArgumentException if the period is less than 1
     * @since 0.1.0
     */
    public double retention(int period) {
        Parameters.atLeast("period", period, 1);
        return (beta + period - 1) / (alpha + beta + period - 1);
    }

    /**
     * Returns the projected survival curve {@code S(0), S(1), ..., S(periods)}.
     *
     * @param periods  the last period projected, from 0 to {@value #MAX_CURVE_PERIODS}
     * @return a new array of {@code periods + 1} probabilities, never null
     * @throws IllegalArgumentException if the periods are negative or above {@value #MAX_CURVE_PERIODS}
     * @since 0.1.0
     */
    public double[] survivalCurve(int periods) {
        Parameters.atLeast("periods", periods, 0);
        Parameters.atMost("periods", periods, MAX_CURVE_PERIODS);
        double[] curve = new double[periods + 1];
        curve[0] = 1.0;
        for (int t = 1; t <= periods; t++) {
            curve[t] = curve[t - 1] * retention(t);
        }
        return curve;
    }

    /**
     * Returns the discounted expected lifetime of a newly acquired customer, in periods: the expected number of
     * payments (one at acquisition, one at each renewal), each discounted at rate d per period.
     *
     * @param discountRate  the discount rate per period d, at least {@value #MIN_DISCOUNT_RATE} (the undiscounted
     *                      sum diverges when alpha &lt;= 1)
     * @return the discounted expected lifetime, at least 1
     * @throws IllegalArgumentException if the discount rate is not finite or below {@value #MIN_DISCOUNT_RATE}
     * @since 0.1.0
     */
    public double discountedExpectedLifetime(double discountRate) {
        checkDiscountRate(discountRate);
        return Hypergeometric.oneB(beta, alpha + beta, 1.0 / (1.0 + discountRate));
    }

    /**
     * Returns the discounted expected residual lifetime of a customer who has renewed n times, standing just before
     * the next renewal decision: the expected number of further payments, the next undiscounted, each later one
     * discounted at rate d per period. Fader and Hardie (2010) write it as DERL(d | alpha, beta, n renewals).
     *
     * @param discountRate  the discount rate per period d, at least {@value #MIN_DISCOUNT_RATE}
     * @param renewals  the renewals the customer has made so far, n, at least 0
     * @return the discounted expected residual lifetime, positive
     * @throws IllegalArgumentException if the discount rate is not finite or below {@value #MIN_DISCOUNT_RATE}, or the
     *         renewals are negative
     * @since 0.1.0
     */
    public double discountedExpectedResidualLifetime(double discountRate, int renewals) {
        checkDiscountRate(discountRate);
        Parameters.atLeast("renewals", renewals, 0);
        double n = renewals;
        double next = (beta + n) / (alpha + beta + n);
        return next * Hypergeometric.oneB(beta + n + 1, alpha + beta + n + 1, 1.0 / (1.0 + discountRate));
    }

    private static void checkDiscountRate(double discountRate) {
        Parameters.positive("discountRate", discountRate);
        if (discountRate < MIN_DISCOUNT_RATE) {
            throw new IllegalArgumentException("discountRate (" + discountRate + ") must be >= " + MIN_DISCOUNT_RATE
                    + ": lower rates need too many terms of the lifetime series");
        }
    }

    double logChurnProbability(int period) {
        return Beta.logBeta(alpha + 1, beta + period - 1) - Beta.logBeta(alpha, beta);
    }

    double logSurvival(int periods) {
        return periods == 0 ? 0.0 : Beta.logBeta(alpha, beta + periods) - Beta.logBeta(alpha, beta);
    }
}
