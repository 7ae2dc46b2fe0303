package io.github.revops.recurring;

import io.github.revops.domain.BillingInterval;
import io.github.revops.domain.Subscription;
import io.github.revops.internal.ExactSum;
import io.github.revops.math.Rational;
import io.github.revops.money.ReportingCurrency;

import java.time.LocalDate;

/**
 * A mutable exact sum of monthly values, in minor units of the reporting currency.
 *
 * <p>Every factor of docs/metrics.md#recurring-revenue-and-retention ("MRR on a date") except "every N months" with N
 * not dividing 12 is a whole number of twelfths (month 12, quarter 4, year 1, week 52, day 365), so amounts in the
 * reporting currency are added as a {@code long} count of twelfths of a minor unit, which allocates nothing; other
 * factors, converted amounts and monthly values whose twelfths lie beyond a {@code long} go to an exact
 * {@link Rational} remainder, so the sum is exact at every size.
 */
final class MrrSum {

    private final ExactSum twelfths = ExactSum.inUnitsOf(12);

    /** Adds a subscription's monthly value, converted at the date's rate when in another currency. */
    void add(Subscription subscription, ReportingCurrency reporting, LocalDate on) {
        if (!subscription.amount().currency().equals(reporting.currency())) {
            twelfths.add(SubscriptionAmounts.monthlyMinor(reporting, subscription, on));
            return;
        }
        long perUnit = twelfthsPerUnit(subscription.interval());
        long amount = subscription.amount().minorUnits();
        long count = amount * perUnit;
        if (perUnit > 0 && Math.multiplyHigh(amount, perUnit) == count >> 63) {
            twelfths.addUnits(count);
        } else {
            twelfths.add(Rational.of(amount).multiply(subscription.interval().monthlyFactor()));
        }
    }

    /** The exact sum in minor units. */
    Rational value() {
        return twelfths.value();
    }

    private static long twelfthsPerUnit(BillingInterval interval) {
        int months = interval.months();
        if (months > 0) {
            return 12 % months == 0 ? 12 / months : 0;
        }
        if (interval.equals(BillingInterval.WEEK)) {
            return 52;
        }
        return interval.equals(BillingInterval.DAY) ? 365 : 0;
    }
}
