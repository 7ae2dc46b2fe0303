package io.github.revops.csv;

/**
 * What a subscription export's amount column holds: the amount billed each interval (the default, what
 * {@code Subscription} keeps), or the monthly recurring amount (MRR) whatever the interval.
 *
 * <p>A monthly amount is turned into the billed amount exactly: times 3 for a quarter, 12 for a year, N for every N
 * months. Weekly and daily intervals have no whole number of months, so a monthly amount with one of them rejects
 * the row rather than round.
 *
 * @since 0.1.0
 */
public enum AmountBasis {
    /** The amount billed each interval: 1200.00 for a yearly plan of 100.00 a month. The default. */
    PER_INTERVAL,
    /** The monthly recurring amount: 100.00 for that yearly plan, stored as 1200.00 a year. */
    MONTHLY
}
