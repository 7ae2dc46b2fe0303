package io.github.revops.pipeline;

/**
 * Which closed deals a sales-cycle statistic looks at (METRICS.md 2).
 *
 * @since 0.1.0
 */
public enum CycleOutcome {

    /** The default: deals won in the period. */
    WON,

    /** Deals lost in the period. */
    LOST,

    /** Deals won or lost in the period. */
    CLOSED
}
