package io.github.revops.jdbc;

/**
 * What a subscription's amount column holds: the amount billed each interval (the default), or the monthly amount,
 * as billing systems that store MRR do; a monthly amount is billed as many times as the interval has months.
 *
 * @since 0.1.0
 */
public enum AmountBasis {
    /** The amount billed each interval: 1,200.00 a year for a yearly plan. */
    PER_INTERVAL,
    /** The amount a month, billed times the interval's months: 100.00 a month for a yearly plan of 1,200.00; an
     * interval without a whole number of months (a week, a day) is then a bad row. */
    MONTHLY
}
