package io.github.revops.recurring;

import java.util.Objects;

/**
 * The two choices behind a trial-to-paid conversion rate: which trials a period counts, and by when a trial's
 * customer must start paying.
 * <pre>{@code
 * TrialPolicy.DEFAULT;           // ENDED, TRIAL_END: Stripe Billing's trial conversion rate
 * TrialPolicy.STARTED_COHORT;    // STARTED, NONE: ChartMogul's trial-to-paid conversion rate
 * }</pre>
 *
 * @param cohort  which trials a period counts, not null
 * @param deadline  by when a trial's customer must start paying, not null
 * @since 0.1.0
 */
public record TrialPolicy(TrialCohort cohort, ConversionDeadline deadline) {

    /** Trials that ended in the period, converted when paid service starts by the trial's end (Stripe Billing). */
    public static final TrialPolicy DEFAULT = new TrialPolicy(TrialCohort.ENDED, ConversionDeadline.TRIAL_END);

    /** Trials that started in the period, converted when the customer has paid since, at any time (ChartMogul). */
    public static final TrialPolicy STARTED_COHORT = new TrialPolicy(TrialCohort.STARTED, ConversionDeadline.NONE);

    /**
     * Validates the policy.
     *
     * @param cohort  which trials a period counts, not null
     * @param deadline  by when a trial's customer must start paying, not null
     * @throws NullPointerException if a choice is null
     */
    public TrialPolicy {
        Objects.requireNonNull(cohort, "cohort");
        Objects.requireNonNull(deadline, "deadline");
    }
}
