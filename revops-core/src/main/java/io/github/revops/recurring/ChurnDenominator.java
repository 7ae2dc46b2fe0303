package io.github.revops.recurring;

/**
 * Which customers the logo churn rate divides by (docs/metrics.md#recurring-revenue-and-retention, "Logo churn").
 *
 * @since 0.1.0
 */
public enum ChurnDenominator {

    /** The customers paying at the period's start state (ChartMogul's B2B rate): the default. */
    START,

    /** The customers at the start plus the period's joiners (Stripe's rate). */
    START_PLUS_NEW
}
