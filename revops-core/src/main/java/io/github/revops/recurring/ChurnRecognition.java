package io.github.revops.recurring;

/**
 * When a customer who cancels counts as churned for the logo churn rate
 * (docs/metrics.md#recurring-revenue-and-retention, "Logo churn").
 *
 * <p>It changes the logo churn rate only: MRR, movements, revenue churn, NRR, GRR and renewals always follow the
 * service dates.
 *
 * @since 0.1.0
 */
public enum ChurnRecognition {

    /** A subscription stops counting on its end date, when service ends: the default. */
    AT_END_OF_SERVICE,

    /** A subscription with a cancellation date stops counting on the earlier of that date and its end date. */
    AT_CANCELLATION
}
