package io.github.revops.domain;

/**
 * A forecast category, as sales teams call a deal or a forecast: commit, best case or pipeline.
 *
 * @since 0.1.0
 */
public enum ForecastCategory {
    /** What the submitter is confident will close. */
    COMMIT,
    /** Commit plus what may close with luck. */
    BEST_CASE,
    /** Everything open that could close in the period. */
    PIPELINE
}
