package io.github.revops.recurring;

/**
 * A kernel's input: the paying subscription segments, customer by customer, as primitives. Both sources feed it the
 * same way, a {@link io.github.revops.table.SubscriptionTable} ({@link TableSegments}) and a collection of
 * subscription records ({@link RecordSegments}): every paying segment of a customer, then the customer's id; customers
 * come in id order, each once. Monthly values are numerators over the source's common denominator, in minor units of
 * its currency.
 */
interface SegmentSink {

    /**
     * Takes one paying segment of the current customer.
     *
     * @param startDay  the first day of service, as an epoch day
     * @param endDay  the first day no longer in service, as an epoch day ({@code Long.MAX_VALUE} when open-ended)
     * @param cancellationDay  the day the customer asked to cancel ({@code Long.MAX_VALUE} when there is none)
     * @param numerator  the monthly value's numerator over the source's denominator, not negative
     */
    void segment(long startDay, long endDay, long cancellationDay, long numerator);

    /**
     * Closes the current customer, whose segments (possibly none) were just given.
     *
     * @param customerId  the customer's id, after every id closed before
     */
    void endCustomer(String customerId);
}
