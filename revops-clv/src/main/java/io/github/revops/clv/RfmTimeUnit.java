package io.github.revops.clv;

/**
 * The unit in which an RFM summary measures recency and age (T), and in which BG/NBD time runs.
 *
 * <p>Purchases are always grouped by calendar day (several on one day count as one, their amounts summed); the unit
 * only scales the day counts: WEEK gives {@code days / 7}, fractional, exactly as the CDNOW summary of Fader, Hardie
 * and Lee (2005) was built (lifetimes' {@code summary_data_from_transaction_data} with {@code freq="D"} and
 * {@code freq_multiplier=7}). lifetimes' {@code freq="W"}, which groups purchases into calendar weeks and counts whole
 * weeks, is a different summary and not offered (docs/decisions/0042).
 *
 * <p>{@link #periodsPerMonth()} is the length of a month in the unit used to discretise CLV: 30 days, or 4.345 weeks,
 * the constants of lifetimes' {@code customer_lifetime_value}.
 *
 * @since 0.1.0
 */
public enum RfmTimeUnit {

    /** Days: recency and T in whole days; a month is 30 days. */
    DAY(1, 30.0),
    /** Weeks of seven days: recency and T in days divided by 7; a month is 4.345 weeks. */
    WEEK(7, 4.345);

    private final int days;
    private final double periodsPerMonth;

    RfmTimeUnit(int days, double periodsPerMonth) {
        this.days = days;
        this.periodsPerMonth = periodsPerMonth;
    }

    /**
     * Returns the unit's length in days.
     *
     * @return 1 or 7
     * @since 0.1.0
     */
    public int days() {
        return days;
    }

    /**
     * Returns the number of units in a month, as CLV's monthly discretisation uses it.
     *
     * @return 30 for DAY, 4.345 for WEEK
     * @since 0.1.0
     */
    public double periodsPerMonth() {
        return periodsPerMonth;
    }

    /**
     * Returns a number of days expressed in this unit.
     *
     * @param dayCount  the days
     * @return {@code dayCount / days()}
     * @since 0.1.0
     */
    public double fromDays(long dayCount) {
        return (double) dayCount / days;
    }
}
