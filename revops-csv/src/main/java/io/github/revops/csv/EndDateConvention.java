package io.github.revops.csv;

/**
 * How a subscription export writes its end date: as the first day out of service (exclusive, as
 * {@code Subscription} keeps it) or as the last day in service (inclusive, read as the next day).
 *
 * @since 0.1.0
 */
public enum EndDateConvention {
    /** The date is the first day no longer in service, taken as it is. The default. */
    EXCLUSIVE,
    /** The date is the last day in service; the subscription's exclusive end is the day after. */
    INCLUSIVE
}
