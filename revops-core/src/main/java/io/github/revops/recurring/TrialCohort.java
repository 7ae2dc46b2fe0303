package io.github.revops.recurring;

/**
 * Which trials a period's trial-to-paid conversion counts (docs/metrics.md#trial-to-paid-conversion).
 *
 * @since 0.1.0
 */
public enum TrialCohort {

    /**
     * The trials that ended in the period: their end date (exclusive, the first day after the trial) lies in it.
     * An open-ended trial has not ended and never counts. Stripe Billing's trial conversion rate: conversions over
     * trials ended by conversion or cancellation. The default.
     */
    ENDED,

    /**
     * The trials that started in the period, ended or not. ChartMogul's trial-to-paid conversion rate: of the
     * trials created in an interval, the share that have since become paying.
     */
    STARTED
}
