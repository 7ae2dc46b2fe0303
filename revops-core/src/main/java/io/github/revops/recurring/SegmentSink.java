package io.github.revops.recurring;

/**
 * A kernel's input: the paying subscription segments as primitives, a batch at a time. Both sources feed it the same
 * way, a {@link io.github.revops.table.SubscriptionTable} ({@link TableSegments}) and a collection of subscription
 * records ({@link RecordSegments}): customer by customer in id order (each once, with its paying segments, possibly
 * none), or, for a kernel that keeps no customer state, segment by segment in any order. Monthly values are
 * numerators over the source's common denominator, in minor units of its currency. A call per customer rather than
 * per segment keeps each kernel's loop over a customer's segments its own, compiled for it alone, however many
 * kernels the sources feed.
 */
interface SegmentSink {

    /**
     * Takes one customer's paying segments; customers come in id order, each once.
     *
     * @param customerId  the customer's id, after every id given before
     * @param segments  the customer's paying segments (possibly none), valid during the call only
     */
    void customer(String customerId, Segments segments);

    /**
     * Takes one paying segment of any customer, for a kernel that keeps no customer state; others need
     * {@link #customer}.
     *
     * @param startDay  the first day of service, as an epoch day
     * @param endDay  the first day no longer in service, as an epoch day ({@code Long.MAX_VALUE} when open-ended)
     * @param numerator  the monthly value's numerator over the source's denominator, not negative
     * @throws UnsupportedOperationException if the kernel needs whole customers
     */
    default void row(long startDay, long endDay, long numerator) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " takes whole customers");
    }
}
