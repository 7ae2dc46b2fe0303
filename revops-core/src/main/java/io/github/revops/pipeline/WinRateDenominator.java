package io.github.revops.pipeline;

/**
 * What a win rate divides by (docs/metrics.md#win-rate).
 *
 * @since 0.1.0
 */
public enum WinRateDenominator {

    /** The default: the won and lost deals of the basis; open deals never count. */
    WON_AND_LOST,

    /**
     * Every deal created in the period, open ones included, whatever the basis: the "close rate" some CRMs show.
     * With {@link WinRateBasis#CLOSED_IN_PERIOD} it divides the deals won in the period by the deals created in it,
     * two different sets, so the rate can exceed 1.
     */
    ALL_CREATED
}
