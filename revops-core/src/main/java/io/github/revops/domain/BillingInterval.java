package io.github.revops.domain;

import io.github.revops.math.Rational;

import java.util.Objects;

/**
 * How often a subscription bills its recurring amount, with the exact factor that turns it into a monthly value.
 *
 * <p>The factors are exact (docs/metrics.md#recurring-revenue-and-retention): month 1, quarter 1/3, year 1/12,
 * every N months 1/N, week 52/12, day 365/12. Anchors that use 4, 4.33 or 4.345 weeks a month drift; 52 weekly
 * payments equal 12 months here.
 * <pre>{@code
 * BillingInterval.WEEK.monthlyFactor();         // 13/3
 * BillingInterval.everyMonths(6).toString();    // "EVERY_6_MONTHS"
 * BillingInterval.parse("EVERY_6_MONTHS");      // every six months
 * }</pre>
 *
 * <h2>Implementation Requirements:</h2>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class BillingInterval {


    /** Monthly billing. */
    public static final BillingInterval MONTH = new BillingInterval("MONTH", Rational.ONE, 1);
    /** Quarterly billing. */
    public static final BillingInterval QUARTER = new BillingInterval("QUARTER", Rational.of(1, 3), 3);
    /** Yearly billing. */
    public static final BillingInterval YEAR = new BillingInterval("YEAR", Rational.of(1, 12), 12);
    /** Weekly billing: 52 weeks in 12 months. */
    public static final BillingInterval WEEK = new BillingInterval("WEEK", Rational.of(52, 12), 0);
    /** Daily billing: 365 days in 12 months. */
    public static final BillingInterval DAY = new BillingInterval("DAY", Rational.of(365, 12), 0);

    private final String name;
    private final Rational monthlyFactor;
    private final int months;

    private BillingInterval(String name, Rational monthlyFactor, int months) {
        this.name = name;
        this.monthlyFactor = monthlyFactor;
        this.months = months;
    }

    /**
     * Obtains billing every N months; 1, 3 and 12 give MONTH, QUARTER and YEAR.
     *
     * @param months  the number of months, at least 1
     * @return the interval, never null
     * @throws IllegalArgumentException if months is less than 1
     */
    public static BillingInterval everyMonths(int months) {
        if (months < 1) {
            throw new IllegalArgumentException("months (" + months + ") must be >= 1");
        }
        switch (months) {
            case 1: return MONTH;
            case 3: return QUARTER;
            case 12: return YEAR;
            default: return new BillingInterval("EVERY_" + months + "_MONTHS", Rational.of(1, months), months);
        }
    }

    /**
     * Obtains an interval from its {@link #toString()} form: MONTH, QUARTER, YEAR, WEEK, DAY or EVERY_N_MONTHS.
     *
     * @param text  the text, not null
     * @return the interval, never null
     * @throws IllegalArgumentException if the text is not an interval
     */
    public static BillingInterval parse(CharSequence text) {
        String s = Objects.requireNonNull(text, "text").toString().trim();
        switch (s) {
            case "MONTH": return MONTH;
            case "QUARTER": return QUARTER;
            case "YEAR": return YEAR;
            case "WEEK": return WEEK;
            case "DAY": return DAY;
            default:
                if (s.startsWith("EVERY_") && s.endsWith("_MONTHS")) {
                    try {
                        return everyMonths(Integer.parseInt(s.substring(6, s.length() - 7)));
                    } catch (NumberFormatException e) {
                        // fall through to the message below
                    }
                }
                throw new IllegalArgumentException("billing interval ('" + s
                        + "') must be MONTH, QUARTER, YEAR, WEEK, DAY or EVERY_N_MONTHS");
        }
    }

    /**
     * Returns the exact factor that turns one billed amount into a monthly value.
     *
     * @return the factor, never null
     */
    public Rational monthlyFactor() {
        return monthlyFactor;
    }

    /**
     * Returns the number of months per billing, or 0 for weekly and daily billing.
     *
     * @return the months per billing interval
     */
    public int months() {
        return months;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof BillingInterval other && name.equals(other.name);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    /**
     * Returns MONTH, QUARTER, YEAR, WEEK, DAY or EVERY_N_MONTHS.
     *
     * @return the name, never null
     */
    @Override
    public String toString() {
        return name;
    }
}
