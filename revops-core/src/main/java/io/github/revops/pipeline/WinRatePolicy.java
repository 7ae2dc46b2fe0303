package io.github.revops.pipeline;

import java.util.List;
import java.util.Objects;

/**
 * A win-rate policy: which deals are won and lost (the basis) and what the rate divides by (the denominator).
 * <pre>{@code
 * WinRate rate = WinRate.of(deals, Period.quarter(2017, 3));
 * rate.byCount();                                                  // the default policy
 * rate.byCount(WinRatePolicy.of(WinRateBasis.CREATED_IN_PERIOD,
 *         WinRateDenominator.WON_AND_LOST));                       // the cohort of deals created in Q3
 * }</pre>
 *
 * @param basis  which won and lost deals count, not null
 * @param denominator  what the rate divides by, not null
 * @since 0.1.0
 */
public record WinRatePolicy(WinRateBasis basis, WinRateDenominator denominator) {

    /**
     * The default of docs/metrics.md#win-rate (Salesforce's won / closed): closed in the period, won over won and
     * lost.
     */
    public static final WinRatePolicy DEFAULT =
            new WinRatePolicy(WinRateBasis.CLOSED_IN_PERIOD, WinRateDenominator.WON_AND_LOST);

    /** Every policy, the default first: basis-major, as the test vectors list them. */
    public static final List<WinRatePolicy> ALL = List.of(DEFAULT,
            new WinRatePolicy(WinRateBasis.CLOSED_IN_PERIOD, WinRateDenominator.ALL_CREATED),
            new WinRatePolicy(WinRateBasis.CREATED_IN_PERIOD, WinRateDenominator.WON_AND_LOST),
            new WinRatePolicy(WinRateBasis.CREATED_IN_PERIOD, WinRateDenominator.ALL_CREATED));

    /**
     * Validates the policy.
     *
     * @param basis  which won and lost deals count, not null
     * @param denominator  what the rate divides by, not null
     * @throws NullPointerException if a component is null
     */
    public WinRatePolicy {
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(denominator, "denominator");
    }

    /**
     * Obtains a policy.
     *
     * @param basis  which won and lost deals count, not null
     * @param denominator  what the rate divides by, not null
     * @return the policy, never null
     */
    public static WinRatePolicy of(WinRateBasis basis, WinRateDenominator denominator) {
        return new WinRatePolicy(basis, denominator);
    }
}
