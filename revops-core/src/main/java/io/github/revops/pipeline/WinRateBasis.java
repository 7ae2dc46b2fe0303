package io.github.revops.pipeline;

/**
 * Which won and lost deals a win rate looks at (docs/metrics.md#win-rate).
 *
 * @since 0.1.0
 */
public enum WinRateBasis {

    /** The default: deals won or lost with a close date in the period. */
    CLOSED_IN_PERIOD,

    /** A cohort: deals won or lost that were created in the period, whenever they closed (their eventual outcome). */
    CREATED_IN_PERIOD
}
