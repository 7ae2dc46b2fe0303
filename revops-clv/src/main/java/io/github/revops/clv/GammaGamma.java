package io.github.revops.clv;

import org.hipparchus.special.Gamma;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The Gamma-Gamma model of spend per purchase: a customer's purchases are Gamma(p, nu) around its own mean p / nu,
 * and nu varies across customers as Gamma(q, gamma), independently of how often they buy.
 *
 * <p>The model sees a repeat customer's number of repeat purchases x and their mean value m (an
 * {@link RfmSummary}'s frequency and {@link RfmSummary#monetaryValue()}); customers without a repeat purchase carry
 * no spend information and are left out of the fit, as Fader and Hardie do.
 * <pre>
 *   ln L(x, m)    = ln Gamma(p x + q) - ln Gamma(p x) - ln Gamma(q) + q ln gamma + (p x - 1) ln m + p x ln x
 *                   - (p x + q) ln(gamma + m x)
 *   E[M]          = p gamma / (q - 1)                                   (the population mean; needs q &gt; 1)
 *   E[M | x, m]   = (q - 1) / (p x + q - 1) * E[M] + p x / (p x + q - 1) * m
 * </pre>
 * The conditional mean weighs the customer's own average against the population's by how many purchases back it.
 * <pre>{@code
 * ModelFit<GammaGamma> fit = GammaGamma.fit(summaries);   // CDNOW: p 6.25, q 3.74, gamma 15.44 on 946 repeaters
 * fit.model().conditionalExpectedAverageSpend(2, 22.35);  // 24.65
 * }</pre>
 *
 * <h2>References</h2>
 * Fader, P. S., Hardie, B. G. S. and Lee, K. L. (2005), "RFM and CLV: Using Iso-Value Curves for Customer Base
 * Analysis", Journal of Marketing Research 42(4); Fader and Hardie (2013), "The Gamma-Gamma Model of Monetary
 * Value", note 025.
 *
 * <h2>Implementation Requirements:</h2>
 * This class is immutable and thread-safe.
 *
 * @param p  the shape of a customer's spend per purchase, positive
 * @param q  the shape of the rate distribution, positive (the mean spend exists only when q &gt; 1)
 * @param gamma  the scale of the rate distribution, positive
 * @since 0.1.0
 */
public record GammaGamma(double p, double q, double gamma) {

    private static final String NAME = "Gamma-Gamma";

    /**
     * Validates the parameters.
     *
     * @param p  the shape of a customer's spend per purchase, positive
     * @param q  the shape of the rate distribution, positive (the mean spend exists only when q &gt; 1)
     * @param gamma  the scale of the rate distribution, positive
     * @throws IllegalArgumentException if a parameter is not from 1e-12 to 1e12
     */
    public GammaGamma {
        Parameters.modelParameter("p", p);
        Parameters.modelParameter("q", q);
        Parameters.modelParameter("gamma", gamma);
    }

    /**
     * Obtains the model with known parameters.
     *
     * @param p  the spend shape, positive
     * @param q  the rate shape, positive
     * @param gamma  the rate scale, positive
     * @return the model, never null
     * @throws IllegalArgumentException if a parameter is not from 1e-12 to 1e12
     * @since 0.1.0
     */
    public static GammaGamma of(double p, double q, double gamma) {
        return new GammaGamma(p, q, gamma);
    }

    /**
     * Fits the model by maximum likelihood to the repeat customers among the summaries (frequency above 0); the
     * others are skipped. The optimiser starts from p = q = gamma = 1, on the logs of the parameters.
     *
     * @param customers  the summaries, not null, with at least one repeat customer
     * @return the fit, whose sample size is the number of repeat customers, never null
     * @throws IllegalArgumentException if there is no repeat customer, or a repeat customer's mean spend is not
     *         positive (the message names the customer)
     * @throws ModelFitException if the optimiser does not converge to a finite interior maximum
     * @since 0.1.0
     */
    public static ModelFit<GammaGamma> fit(Collection<RfmSummary> customers) {
        Objects.requireNonNull(customers, "customers");
        List<RfmSummary> repeaters = new ArrayList<>();
        for (RfmSummary c : customers) {
            if (c.frequency() > 0) {
                if (!(c.monetaryValue() > 0.0)) {
                    throw new IllegalArgumentException("customer '" + c.customerId() + "': monetary value ("
                            + c.monetaryValue() + ") must be > 0 for a repeat customer (Gamma-Gamma needs positive"
                            + " spend)");
                }
                repeaters.add(c);
            }
        }
        if (repeaters.isEmpty()) {
            throw new IllegalArgumentException("customers must include at least one repeat customer (frequency > 0)");
        }
        int n = repeaters.size();
        Map<Long, Integer> distinct = new HashMap<>();
        List<Double> frequencies = new ArrayList<>();
        int[] index = new int[n];
        double[] m = new double[n];
        double[] logM = new double[n];
        for (int i = 0; i < n; i++) {
            RfmSummary c = repeaters.get(i);
            index[i] = distinct.computeIfAbsent(c.frequency(), f -> {
                frequencies.add((double) f);
                return frequencies.size() - 1;
            });
            m[i] = c.monetaryValue();
            logM[i] = Math.log(m[i]);
        }
        double[] x = frequencies.stream().mapToDouble(Double::doubleValue).toArray();
        double[] head = new double[x.length];
        MaximumLikelihood.Optimum optimum = MaximumLikelihood.maximise(NAME, new String[] {"p", "q", "gamma"},
                new double[] {1.0, 1.0, 1.0}, v -> {
                    double p = v[0];
                    double q = v[1];
                    double gamma = v[2];
                    double constant = q * Math.log(gamma) - Gamma.logGamma(q);
                    for (int j = 0; j < x.length; j++) {
                        double px = p * x[j];
                        head[j] = constant + Gamma.logGamma(px + q) - Gamma.logGamma(px) + px * Math.log(x[j]);
                    }
                    double ll = 0.0;
                    for (int i = 0; i < n; i++) {
                        double xi = x[index[i]];
                        double px = p * xi;
                        ll += head[index[i]] + (px - 1) * logM[i] - (px + q) * Math.log(gamma + m[i] * xi);
                    }
                    return ll;
                });
        double[] v = optimum.parameters();
        return new ModelFit<>(of(v[0], v[1], v[2]), optimum.logLikelihood(), n, optimum.evaluations());
    }

    /**
     * Returns the log-likelihood of one repeat customer's mean spend m over x purchases (the density of the mean).
     *
     * @param frequency  x, at least 1
     * @param averageSpend  m, positive and finite
     * @return the log-likelihood
     * @throws IllegalArgumentException if x is below 1 or m is not positive and finite
     * @since 0.1.0
     */
    public double logLikelihood(long frequency, double averageSpend) {
        Parameters.atLeast("frequency", frequency, 1);
        Parameters.positive("averageSpend", averageSpend);
        double px = p * frequency;
        return Gamma.logGamma(px + q) - Gamma.logGamma(px) - Gamma.logGamma(q) + q * Math.log(gamma)
                + (px - 1) * Math.log(averageSpend) + px * Math.log(frequency)
                - (px + q) * logSum(gamma, averageSpend * frequency, Math.log(averageSpend) + Math.log(frequency));
    }

    /** Returns ln(a + b) for positive a, b given ln b too; ln b when b overflows (then a, at most 1e12, is lost). */
    private static double logSum(double a, double b, double logB) {
        return Double.isFinite(b) ? Math.log(a + b) : logB;
    }

    /**
     * Returns the population's mean spend per purchase, {@code p gamma / (q - 1)}: what a customer without a repeat
     * purchase is expected to spend.
     *
     * @return the mean spend, positive
     * @throws IllegalStateException if q &lt;= 1, where the mean does not exist
     * @since 0.1.0
     */
    public double expectedAverageSpend() {
        checkMeanExists();
        return p * gamma / (q - 1);
    }

    /**
     * Returns a customer's expected spend per future purchase given x repeat purchases averaging m; the population
     * mean when x is 0.
     *
     * @param frequency  x, at least 0
     * @param averageSpend  m, at least 0 (ignored when x is 0)
     * @return the expected spend per purchase, positive
     * @throws IllegalArgumentException if an argument is negative or not finite
     * @throws IllegalStateException if q &lt;= 1, where the mean does not exist
     * @since 0.1.0
     */
    public double conditionalExpectedAverageSpend(long frequency, double averageSpend) {
        Parameters.atLeast("frequency", frequency, 0);
        Parameters.nonNegative("averageSpend", averageSpend);
        checkMeanExists();
        double px = p * frequency;
        double weight = px / (px + q - 1);
        return (1 - weight) * expectedAverageSpend() + weight * averageSpend;
    }

    /**
     * Returns a customer's expected spend per future purchase.
     *
     * @param customer  the customer's summary, not null
     * @return the expected spend per purchase, positive
     * @throws IllegalStateException if q &lt;= 1, where the mean does not exist
     * @since 0.1.0
     */
    public double conditionalExpectedAverageSpend(RfmSummary customer) {
        return conditionalExpectedAverageSpend(customer.frequency(), customer.monetaryValue());
    }

    private void checkMeanExists() {
        if (!(q > 1.0)) {
            throw new IllegalStateException("q (" + q + ") must be > 1 for the mean spend to exist; the fitted spend"
                    + " distribution has too heavy a tail");
        }
    }
}
