package io.github.revops.recurring;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The three choices behind a logo churn rate: its denominator, same-period joiners and churn recognition.
 *
 * <pre>{@code
 * ChurnPolicy.DEFAULT;   // START, EXCLUDE, AT_END_OF_SERVICE: ChartMogul's B2B customer churn rate
 * new ChurnPolicy(ChurnDenominator.START_PLUS_NEW, SamePeriodJoiners.INCLUDE, ChurnRecognition.AT_CANCELLATION);
 * }</pre>
 *
 * @param denominator  who the rate divides by, not null
 * @param joiners  whether customers who join and leave in the period count, not null
 * @param recognition  when a cancelling customer churns, not null
 * @since 0.1.0
 */
public record ChurnPolicy(ChurnDenominator denominator, SamePeriodJoiners joiners, ChurnRecognition recognition) {

    /**
     * The defaults of docs/metrics.md#recurring-revenue-and-retention ("Logo churn"): {@code START}, {@code EXCLUDE},
     * {@code AT_END_OF_SERVICE}.
     */
    public static final ChurnPolicy DEFAULT = new ChurnPolicy(ChurnDenominator.START, SamePeriodJoiners.EXCLUDE,
            ChurnRecognition.AT_END_OF_SERVICE);

    /**
     * Validates the policy.
     *
     * @param denominator  who the rate divides by, not null
     * @param joiners  whether customers who join and leave in the period count, not null
     * @param recognition  when a cancelling customer churns, not null
     * @throws NullPointerException if a choice is null
     */
    public ChurnPolicy {
        Objects.requireNonNull(denominator, "denominator");
        Objects.requireNonNull(joiners, "joiners");
        Objects.requireNonNull(recognition, "recognition");
    }

    /**
     * Returns all eight combinations, denominator first, then joiners, then recognition, in declaration order.
     *
     * @return the eight policies, never null
     */
    public static List<ChurnPolicy> all() {
        List<ChurnPolicy> all = new ArrayList<>();
        for (ChurnDenominator d : ChurnDenominator.values()) {
            for (SamePeriodJoiners j : SamePeriodJoiners.values()) {
                for (ChurnRecognition r : ChurnRecognition.values()) {
                    all.add(new ChurnPolicy(d, j, r));
                }
            }
        }
        return List.copyOf(all);
    }
}
