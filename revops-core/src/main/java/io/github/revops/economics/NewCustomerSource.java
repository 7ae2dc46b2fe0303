package io.github.revops.economics;

/**
 * Where new customers come from, for CAC and its neighbours (docs/metrics.md, "Customer acquisition cost (CAC)").
 * <pre>{@code
 * CacReport.of(input.withDeals(deals), period, EconomicsOptions.DEFAULTS.withNewCustomers(NewCustomerSource.DEALS));
 * }</pre>
 *
 * @since 0.1.0
 */
public enum NewCustomerSource {

    /**
     * A customer is new in the period in which their first paying subscription (not a trial, amount above zero)
     * starts; an earlier paying subscription, even one that ended, means they are not new again. The default. The
     * channel is the one the caller's customer-channel map gives, if any
     * ({@link EconomicsInput#withCustomerChannels}).
     */
    SUBSCRIPTIONS,

    /**
     * A customer is new in the period in which their first WON deal of type NEW_BUSINESS closes (the earliest close
     * date; a tie goes to the smaller deal id); its amount plays no part. For data without subscriptions. The
     * channel is the source of that deal, whatever a customer-channel map says.
     */
    DEALS,

    /**
     * The customers are those the caller gave ({@link EconomicsInput#withAcquisitions}), each new on its date with
     * its channel: acquisitions found elsewhere (an attribution tool), or acquisitions from deals whose channels a
     * map replaces on purpose ({@code Acquisitions.fromDeals(deals).withChannels(map)}).
     */
    EXPLICIT
}
