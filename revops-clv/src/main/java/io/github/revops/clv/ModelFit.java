package io.github.revops.clv;

import java.util.Objects;

/**
 * A model fitted by maximum likelihood: the fitted model (its parameters), the maximised log-likelihood, the number
 * of observations it was fitted on, and the likelihood evaluations the optimiser spent.
 *
 * <p>Fitting is deterministic: the same data give the same fit, bit for bit.
 * <pre>{@code
 * ModelFit<ShiftedBetaGeometric> fit = ShiftedBetaGeometric.fit(CohortSurvival.of(1000, 869, 743, 653));
 * fit.model().alpha();      // the fitted alpha
 * fit.logLikelihood();      // the maximised log-likelihood
 * fit.sampleSize();         // 1000 customers
 * }</pre>
 *
 * <h2>Implementation Requirements:</h2>
 * This class is immutable and thread-safe.
 *
 * @param <M>  the model type
 * @param model  the fitted model, not null
 * @param logLikelihood  the log-likelihood at the fitted parameters, finite
 * @param sampleSize  the number of observations (customers) the model was fitted on, at least 1
 * @param evaluations  the log-likelihood evaluations the optimiser spent, at least 1
 * @since 0.1.0
 */
public record ModelFit<M>(M model, double logLikelihood, long sampleSize, int evaluations) {

    /**
     * Validates the fit.
     *
     * @param model  the fitted model, not null
     * @param logLikelihood  the log-likelihood at the fitted parameters, finite
     * @param sampleSize  the number of observations (customers) the model was fitted on, at least 1
     * @param evaluations  the log-likelihood evaluations the optimiser spent, at least 1
     * @throws NullPointerException if the model is null
     * @throws IllegalArgumentException if the log-likelihood is not finite or a count is not positive
     */
    public ModelFit {
        Objects.requireNonNull(model, "model");
        if (!Double.isFinite(logLikelihood)) {
            throw new IllegalArgumentException("logLikelihood (" + logLikelihood + ") must be finite");
        }
        if (sampleSize < 1) {
            throw new IllegalArgumentException("sampleSize (" + sampleSize + ") must be >= 1");
        }
        if (evaluations < 1) {
            throw new IllegalArgumentException("evaluations (" + evaluations + ") must be >= 1");
        }
    }
}
