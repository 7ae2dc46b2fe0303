package io.github.revops.clv;

import io.github.revops.domain.InvalidRecordException;
import io.github.revops.domain.Subscription;
import io.github.revops.domain.BillingInterval;

import java.time.LocalDate;
import java.util.Objects;

/**
 * How long one contractual customer has stayed, in renewal periods: either churned in a given period, or still
 * active (right-censored) after a number of periods.
 *
 * <p>Periods count from acquisition: a customer who {@linkplain #churned(String, int) churned in period t} paid for
 * periods 1..t, renewing t - 1 times (the sBG model's {@code T = t}); a customer {@linkplain #active(String, int)
 * active after t periods} has renewed t times and may renew again ({@code T > t}).
 * <pre>{@code
 * Tenure.churned("C-1", 3);   // left at the end of the third period (renewed twice)
 * Tenure.active("C-2", 5);    // renewed five times, still a customer
 * }</pre>
 *
 * <h2>Implementation Requirements:</h2>
 * This class is immutable and thread-safe.
 *
 * @param customerId  the customer (or subscription) id, not blank
 * @param periods  for a churned customer, the period in which it churned (at least 1); for an active customer, the
 *                 periods it has completed (at least 0)
 * @param churned  true when the customer churned, false when still active (censored)
 * @since 0.1.0
 */
public record Tenure(String customerId, int periods, boolean churned) {

    /**
     * Validates the tenure.
     *
     * @param customerId  the customer (or subscription) id, not blank
     * @param periods  for a churned customer, the period in which it churned (at least 1); for an active customer, the
     *                 periods it has completed (at least 0)
     * @param churned  true when the customer churned, false when still active (censored)
     * @throws InvalidRecordException if the id is blank or the periods are out of range
     */
    public Tenure {
        if (customerId == null || customerId.isBlank()) {
            throw new InvalidRecordException("tenure", "?", "customerId", customerId, "must not be blank");
        }
        if (periods < (churned ? 1 : 0)) {
            throw new InvalidRecordException("tenure", customerId, "periods", periods,
                    churned ? "must be >= 1 for a churned customer" : "must be >= 0");
        }
    }

    /**
     * Obtains the tenure of a customer who churned in a period.
     *
     * @param customerId  the customer id, not blank
     * @param period  the period in which the customer churned, at least 1
     * @return the tenure, never null
     * @throws InvalidRecordException if an argument is invalid
     * @since 0.1.0
     */
    public static Tenure churned(String customerId, int period) {
        return new Tenure(customerId, period, true);
    }

    /**
     * Obtains the tenure of a customer still active after a number of periods.
     *
     * @param customerId  the customer id, not blank
     * @param periods  the completed periods (renewals so far), at least 0
     * @return the tenure, never null
     * @throws InvalidRecordException if an argument is invalid
     * @since 0.1.0
     */
    public static Tenure active(String customerId, int periods) {
        return new Tenure(customerId, periods, false);
    }

    /**
     * Obtains the tenure of a subscription as known on a date, counting renewal periods of a given length from its
     * start.
     *
     * <p>The k-th renewal date is the start plus k periods, computed from the start each time (a 31 January start
     * renews on 28/29 February, then 31 March). The subscription churned when its end date is on or before
     * {@code asOf}; its churn period is the first k whose renewal date is on or after the end date (it was not in
     * service on that renewal date). Otherwise it is active after the renewal dates on or before {@code asOf}.
     * <pre>{@code
     * Subscription s = Subscription.of("S-1", "ACME", Money.parse("USD 120.00"), BillingInterval.YEAR,
     *         LocalDate.of(2020, 1, 1)).endingOn(LocalDate.of(2022, 6, 1));
     * Tenure.of(s, BillingInterval.YEAR, LocalDate.of(2024, 1, 1));   // churned in period 3
     * }</pre>
     *
     * @param subscription  the subscription, not null
     * @param period  the renewal period, not null
     * @param asOf  the date the data were observed, not before the start
     * @return the tenure, keyed by the subscription's id, never null
     * @throws InvalidRecordException if the subscription starts after {@code asOf}
     * @since 0.1.0
     */
    public static Tenure of(Subscription subscription, BillingInterval period, LocalDate asOf) {
        Objects.requireNonNull(subscription, "subscription");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(asOf, "asOf");
        LocalDate start = subscription.startDate();
        if (start.isAfter(asOf)) {
            throw new InvalidRecordException("subscription", subscription.id(), "startDate", start,
                    "must not be after the observation date (" + asOf + ")");
        }
        if (subscription.endDate().isPresent() && !subscription.endDate().get().isAfter(asOf)) {
            LocalDate end = subscription.endDate().get();
            int k = 1;
            while (RenewalDates.renewal(start, period, k).isBefore(end)) {
                k = Math.addExact(k, 1);
            }
            return churned(subscription.id(), k);
        }
        int k = 0;
        while (!RenewalDates.renewal(start, period, k + 1).isAfter(asOf)) {
            k = Math.addExact(k, 1);
        }
        return active(subscription.id(), k);
    }
}
