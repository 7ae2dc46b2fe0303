package io.github.revops.internal;

import io.github.revops.domain.BillingInterval;
import io.github.revops.math.Rational;

import java.util.Collection;

/**
 * Exact monthly values as {@code long} numerators over one common denominator (docs/decisions/0081): the least common
 * multiple of the factor denominators of the billing intervals in use (1 for monthly, 3 for quarterly and weekly, 12
 * for yearly and daily, N for every N months), so that a sum of monthly values is a sum of longs. The subscription
 * table and the recurring kernels' record path both put amounts over a denominator here.
 * <pre>{@code
 * long d = MonthlyNumerators.denominator(List.of(BillingInterval.MONTH, BillingInterval.WEEK));   // 3
 * long weekly = MonthlyNumerators.perUnit(BillingInterval.WEEK, d);                              // 13: 13/3 a month
 * }</pre>
 *
 * <p>Internal: this package is not exported by the module and may change in any release.
 */
public final class MonthlyNumerators {

    private MonthlyNumerators() {
    }

    /**
     * Returns the common denominator of the monthly values of some billing intervals.
     *
     * @param intervals  the intervals, not null
     * @return the least common multiple of their factors' denominators, at least 1
     * @throws ArithmeticException if it overflows a {@code long}
     */
    public static long denominator(Collection<BillingInterval> intervals) {
        long denominator = 1;
        for (BillingInterval interval : intervals) {
            denominator = lcm(denominator, interval.monthlyFactor().denominator().longValueExact());
        }
        return denominator;
    }

    /**
     * Returns the common denominator of the monthly values of the intervals of one denominator and another interval.
     *
     * @param denominator  a common denominator, at least 1
     * @param interval  another interval, not null
     * @return the least common multiple of the denominator and the interval's factor denominator
     * @throws ArithmeticException if it overflows a {@code long}
     */
    public static long denominator(long denominator, BillingInterval interval) {
        return lcm(denominator, interval.monthlyFactor().denominator().longValueExact());
    }

    /**
     * Returns the numerator, over a common denominator, of the monthly value of one minor unit billed per interval.
     *
     * @param interval  the interval, not null
     * @param denominator  a common denominator that the interval's factor denominator divides
     * @return the numerator per minor unit of amount
     * @throws IllegalArgumentException if the interval's factor does not fit the denominator
     * @throws ArithmeticException if the numerator overflows a {@code long}
     */
    public static long perUnit(BillingInterval interval, long denominator) {
        Rational factor = interval.monthlyFactor();
        long q = factor.denominator().longValueExact();
        if (denominator % q != 0) {
            throw new IllegalArgumentException("denominator (" + denominator + ") must be a multiple of " + q
                    + ", the denominator of " + interval + "'s monthly factor");
        }
        return Math.multiplyExact(factor.numerator().longValueExact(), denominator / q);
    }

    private static long lcm(long a, long b) {
        long x = a;
        long y = b;
        while (y != 0) {
            long t = x % y;
            x = y;
            y = t;
        }
        return Math.multiplyExact(a / x, b);
    }
}
