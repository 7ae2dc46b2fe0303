package io.github.revops.recurring;

/**
 * By when a trial's customer must start paying for the trial to count as converted
 * (docs/metrics.md#trial-to-paid-conversion). A conversion is always on or after the trial's start date.
 *
 * @since 0.1.0
 */
public enum ConversionDeadline {

    /**
     * A paying subscription starts on or before the trial's end date (the first day after the trial), so the trial
     * ran into paid service: Stripe Billing's conversion, where the subscription continues once the trial ends. An
     * open-ended trial has no deadline. The default.
     */
    TRIAL_END,

    /**
     * A paying subscription starts on or after the trial's start, whenever that is in the data: ChartMogul's
     * "have since become active paying customers", so a past period's rate can still rise as late payers come.
     */
    NONE
}
