package io.github.revops.recurring;

import io.github.revops.domain.BillingInterval;
import io.github.revops.domain.Subscription;
import io.github.revops.math.Rational;

import java.time.LocalDate;

/**
 * A mutable exact sum of monthly values, in minor units of the reporting currency.
 *
 * <p>Every factor of METRICS.md 10 except "every N months" with N not dividing 12 is a whole number of twelfths
 * (month 12, quarter 4, year 1, week 52, day 365), so amounts in the reporting currency are added as a {@code long}
 * count of twelfths of a minor unit, which allocates nothing; other factors and converted amounts go to an exact
 * {@link Rational} remainder. Overflow throws {@link ArithmeticException}.
 */
final class MrrSum {

    private long twelfths;
    private Rational rest = Rational.ZERO;

    /** Adds a subscription's monthly value, converted at the date's rate when in another currency. */
    void add(Subscription subscription, ReportingCurrency reporting, LocalDate on) {
        if (!subscription.amount().currency().equals(reporting.currency())) {
            rest = rest.add(reporting.monthlyMinor(subscription, on));
            return;
        }
        long perUnit = twelfthsPerUnit(subscription.interval());
        long amount = subscription.amount().minorUnits();
        if (perUnit > 0) {
            twelfths = Math.addExact(twelfths, Math.multiplyExact(amount, perUnit));
        } else {
            rest = rest.add(Rational.of(amount).multiply(subscription.interval().monthlyFactor()));
        }
    }

    /** Adds another sum. */
    void addAll(MrrSum other) {
        twelfths = Math.addExact(twelfths, other.twelfths);
        if (!other.rest.isZero()) {
            rest = rest.add(other.rest);
        }
    }

    /** True when the sum is above zero (every part is non-negative). */
    boolean isPositive() {
        return twelfths > 0 || rest.signum() > 0;
    }

    /** The exact sum in minor units. */
    Rational value() {
        Rational whole = twelfths == 0 ? Rational.ZERO : Rational.of(twelfths, 12);
        return rest.isZero() ? whole : whole.add(rest);
    }

    /** True when a subscription is in service on a day ({@code start <= day < end}), without allocating. */
    static boolean inService(Subscription s, LocalDate day) {
        return !day.isBefore(s.startDate()) && (s.endDate().isEmpty() || day.isBefore(s.endDate().get()));
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
