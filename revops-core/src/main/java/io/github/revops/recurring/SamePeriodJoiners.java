package io.github.revops.recurring;

/**
 * Whether customers who join and leave inside one period count in its logo churn rate
 * (docs/metrics.md#recurring-revenue-and-retention, "Logo churn").
 *
 * @since 0.1.0
 */
public enum SamePeriodJoiners {

    /** Joiners who left in the period are in neither part of the rate (ChartMogul's B2B rate): the default. */
    EXCLUDE,

    /** Joiners who left in the period count as churned, and in the denominator under {@code START_PLUS_NEW}. */
    INCLUDE
}
