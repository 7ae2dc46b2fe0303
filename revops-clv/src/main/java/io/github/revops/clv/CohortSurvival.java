package io.github.revops.clv;

import io.github.revops.domain.BillingInterval;
import io.github.revops.domain.Subscription;
import io.github.revops.domain.UniqueIds;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The survival counts of one acquisition cohort: how many of its customers are still active at the start of each
 * renewal period, from acquisition (period 0) to the last period observed for everyone.
 *
 * <p>{@code alive().get(t)} is the number of customers who renewed at least t times. The counts never rise. In the
 * sBG likelihood, the {@code alive(t-1) - alive(t)} customers lost in period t churned there, and the customers alive
 * in the last period are right-censored.
 * <pre>{@code
 * CohortSurvival highEnd = CohortSurvival.of(1000, 869, 743, 653, 593, 551, 517, 491);
 * highEnd.churnedIn(1);    // 131
 * highEnd.lastPeriod();    // 7
 * }</pre>
 *
 * <h2>Implementation Requirements:</h2>
 * This class is immutable and thread-safe.
 *
 * @param alive  the customers active at the start of periods 0, 1, ..., n; at least one count, the first positive,
 *               none negative, never rising
 * @since 0.1.0
 */
public record CohortSurvival(List<Long> alive) {

    /**
     * Validates and copies the counts.
     *
     * @param alive  the customers active at the start of periods 0, 1, ..., n; at least one count, the first positive,
     *                 none negative, never rising
     * @throws IllegalArgumentException if there is no count, the first is not positive, a count is negative or a
     *         count rises
     */
    public CohortSurvival {
        alive = List.copyOf(Objects.requireNonNull(alive, "alive"));
        if (alive.isEmpty()) {
            throw new IllegalArgumentException("alive ([]) must hold at least the cohort's size at period 0");
        }
        if (alive.get(0) <= 0) {
            throw new IllegalArgumentException("alive[0] (" + alive.get(0) + ") must be > 0: the cohort's size");
        }
        for (int t = 1; t < alive.size(); t++) {
            if (alive.get(t) < 0) {
                throw new IllegalArgumentException("alive[" + t + "] (" + alive.get(t) + ") must be >= 0");
            }
            if (alive.get(t) > alive.get(t - 1)) {
                throw new IllegalArgumentException("alive[" + t + "] (" + alive.get(t) + ") must not exceed alive["
                        + (t - 1) + "] (" + alive.get(t - 1) + "): survival never rises");
            }
        }
    }

    /**
     * Obtains the counts from the cohort's size followed by the survivors of each period.
     *
     * @param alive  the counts for periods 0, 1, ..., n
     * @return the cohort survival, never null
     * @throws IllegalArgumentException if the counts are invalid
     * @since 0.1.0
     */
    public static CohortSurvival of(long... alive) {
        Objects.requireNonNull(alive, "alive");
        List<Long> counts = new ArrayList<>(alive.length);
        for (long count : alive) {
            counts.add(count);
        }
        return new CohortSurvival(counts);
    }

    /**
     * Builds the survival counts of a cohort of subscriptions by renewal period, as known on a date.
     *
     * <p>Each subscription's {@link Tenure#of(Subscription, BillingInterval, LocalDate) tenure} is taken; the counts
     * run to the last period every subscription has been observed through (the fewest renewal dates on or before
     * {@code asOf} among the subscriptions still active; a churned subscription's fate is known for every period), so the cohort is complete in
     * every period. For cohorts observed to different depths, fit on {@link Tenure}s instead, which keeps every
     * censored observation. Trials and unpaid subscriptions are counted like any other: filter them first if they
     * should not be.
     * <pre>{@code
     * CohortSurvival cohort = CohortSurvival.fromSubscriptions(subscriptions, BillingInterval.YEAR,
     *         LocalDate.of(2026, 1, 1));
     * }</pre>
     *
     * @param subscriptions  the cohort's subscriptions, at least one, unique ids
     * @param period  the renewal period, not null
     * @param asOf  the observation date, not before any start
     * @return the cohort survival, never null
     * @throws io.github.revops.domain.InvalidRecordException if ids repeat or a subscription starts after
     *         {@code asOf}
     * @throws IllegalArgumentException if there is no subscription
     * @since 0.1.0
     */
    public static CohortSurvival fromSubscriptions(Collection<Subscription> subscriptions, BillingInterval period,
                                                   LocalDate asOf) {
        Objects.requireNonNull(subscriptions, "subscriptions");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(asOf, "asOf");
        if (subscriptions.isEmpty()) {
            throw new IllegalArgumentException("subscriptions ([]) must hold at least one subscription");
        }
        UniqueIds.check(subscriptions, Subscription::id, "subscription");
        List<Tenure> tenures = new ArrayList<>(subscriptions.size());
        int horizon = Integer.MAX_VALUE;
        int lastChurn = 0;
        for (Subscription subscription : subscriptions) {
            Tenure tenure = Tenure.of(subscription, period, asOf);
            tenures.add(tenure);
            if (tenure.churned()) {
                lastChurn = Math.max(lastChurn, tenure.periods());
            } else {
                horizon = Math.min(horizon, tenure.periods());
            }
        }
        if (horizon == Integer.MAX_VALUE) {
            horizon = lastChurn;
        }
        long[] alive = new long[horizon + 1];
        for (Tenure tenure : tenures) {
            int lastAlive = tenure.churned() ? tenure.periods() - 1 : tenure.periods();
            for (int t = 0; t <= Math.min(lastAlive, horizon); t++) {
                alive[t]++;
            }
        }
        return of(alive);
    }

    /**
     * Returns the cohort's size: the customers active at period 0.
     *
     * @return the cohort size
     * @since 0.1.0
     */
    public long size() {
        return alive.get(0);
    }

    /**
     * Returns the last period observed (the number of counts minus one).
     *
     * @return the last period, at least 0
     * @since 0.1.0
     */
    public int lastPeriod() {
        return alive.size() - 1;
    }

    /**
     * Returns the customers active at the start of a period.
     *
     * @param period  the period, from 0 to {@link #lastPeriod()}
     * @return the count
     * @throws IndexOutOfBoundsException if the period is out of range
     * @since 0.1.0
     */
    public long alive(int period) {
        return alive.get(period);
    }

    /**
     * Returns the customers who churned in a period: {@code alive(t-1) - alive(t)}.
     *
     * @param period  the period, from 1 to {@link #lastPeriod()}
     * @return the count
     * @throws IndexOutOfBoundsException if the period is out of range
     * @since 0.1.0
     */
    public long churnedIn(int period) {
        if (period < 1) {
            throw new IndexOutOfBoundsException("period (" + period + ") must be >= 1");
        }
        return alive.get(period - 1) - alive.get(period);
    }

    /**
     * Returns the cohort's first periods only: the counts for periods 0 to {@code lastPeriod}, as a fit on years 1-7
     * of a longer record needs.
     *
     * @param lastPeriod  the last period kept, from 0 to {@link #lastPeriod()}
     * @return the truncated cohort, never null
     * @throws IndexOutOfBoundsException if the period is out of range
     * @since 0.1.0
     */
    public CohortSurvival truncatedTo(int lastPeriod) {
        return new CohortSurvival(alive.subList(0, lastPeriod + 1));
    }
}
