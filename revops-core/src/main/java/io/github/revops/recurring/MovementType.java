package io.github.revops.recurring;

/**
 * The kind of a customer's MRR change in a period, tested in this order
 * (docs/metrics.md#recurring-revenue-and-retention, "Movements (the bridge)").
 *
 * @since 0.1.0
 */
public enum MovementType {

    /** From no MRR to some, for a customer who never paid before the period began. */
    NEW,

    /** From no MRR to some, for a customer who paid on some day before the period began. */
    REACTIVATION,

    /** From some MRR to more. */
    EXPANSION,

    /** From some MRR to less, but not to zero. */
    CONTRACTION,

    /** From some MRR to none. */
    CHURN
}
