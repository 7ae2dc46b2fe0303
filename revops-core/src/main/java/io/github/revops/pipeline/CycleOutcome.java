package io.github.revops.pipeline;

/**
 * Which closed deals a sales-cycle statistic looks at (docs/metrics.md#sales-cycle-length).
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
