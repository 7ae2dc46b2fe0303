package io.github.revops.recurring;

import io.github.revops.domain.Subscription;
import io.github.revops.result.Mergeable;
import io.github.revops.result.Ratio;
import io.github.revops.result.TimeSeries;
import io.github.revops.table.SubscriptionTable;
import io.github.revops.time.Granularity;
import io.github.revops.time.Period;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collector;

/**
 * The customer (logo) churn rate of a period under a {@link ChurnPolicy}, with the customers behind it
 * (METRICS.md 7).
 *
 * <p>The population at the start is the customers paying on the day before the period. One of them churns when it
 * no longer pays on the period's last day: a customer churns only when all its subscriptions have ended, and one who
 * leaves and returns inside the period has not churned. A joiner is a customer outside that population who pays on
 * some day of the period, first-time or returning; a joiner "left" when it no longer pays on the last day. The policy
 * decides the rest: {@link SamePeriodJoiners#INCLUDE} adds the joiners who left to the churned;
 * {@link ChurnDenominator#START_PLUS_NEW} adds the joiners (those who stayed, and those who left under
 * {@code INCLUDE}) to the denominator; {@link ChurnRecognition#AT_CANCELLATION} cuts a subscription off at its
 * cancellation date for all of this.
 * <pre>{@code
 * LogoChurn march = RecurringRevenue.of(subscriptions).logoChurn(Period.month(2026, 3));
 * march.rate();                 // 10/100: churned / customers at the start
 * march.churnedCustomers();     // the 10 customers
 * }</pre>
 *
 * <p>Results {@link #combine} exactly when their inputs hold disjoint customers; the {@link #collector} is exact on
 * any split.
 *
 * @param period  the period, not null
 * @param policy  the policy, not null
 * @param customersAtStart  customers paying on the day before the period (under the policy's recognition)
 * @param churned  customers at the start who no longer pay on the last day, sorted, not null
 * @param joinersStayed  joiners still paying on the last day
 * @param joinersLeft  joiners who no longer pay on the last day, sorted, not null
 * @since 0.1.0
 */
public record LogoChurn(Period period, ChurnPolicy policy, long customersAtStart, List<String> churned,
                        long joinersStayed, List<String> joinersLeft) implements Mergeable<LogoChurn> {

    /**
     * Validates the result.
     *
     * @param period  the period, not null
     * @param policy  the policy, not null
     * @param customersAtStart  customers paying on the day before the period (under the policy's recognition)
     * @param churned  customers at the start who no longer pay on the last day, sorted, not null
     * @param joinersStayed  joiners still paying on the last day
     * @param joinersLeft  joiners who no longer pay on the last day, sorted, not null
     * @throws IllegalArgumentException if a count is negative, or more churned than at the start
     */
    public LogoChurn {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(policy, "policy");
        churned = SortedIds.copyOf(churned, "churned");
        joinersLeft = SortedIds.copyOf(joinersLeft, "joinersLeft");
        if (joinersStayed < 0 || customersAtStart < churned.size()) {
            throw new IllegalArgumentException("customersAtStart (" + customersAtStart + ") must be >= churned ("
                    + churned.size() + ") and joinersStayed (" + joinersStayed + ") >= 0");
        }
    }

    /**
     * Obtains the churn of no subscription: the identity of {@link #combine}.
     *
     * @param period  the period, not null
     * @param policy  the policy, not null
     * @return the empty result, never null
     */
    public static LogoChurn empty(Period period, ChurnPolicy policy) {
        return new LogoChurn(period, policy, 0, List.of(), 0, List.of());
    }

    /**
     * Returns a collector of the logo churn of a period under a policy.
     *
     * @param period  the period, not null
     * @param policy  the policy, not null
     * @return the collector, never null
     */
    public static Collector<Subscription, ?, LogoChurn> collector(Period period, ChurnPolicy policy) {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(policy, "policy");
        return Collector.of(() -> new Accumulator(period, policy), Accumulator::add, Accumulator::addAll,
                Accumulator::build, Collector.Characteristics.UNORDERED);
    }

    /**
     * Computes the logo churn of a period from the rows of a subscription table; equal to
     * {@code RecurringRevenue.of(subscriptions).logoChurn(period, policy)} for the same subscriptions.
     *
     * @param subscriptions  the subscriptions as a table, not null
     * @param period  the period, not null
     * @param policy  the policy, not null
     * @return the logo churn, never null
     */
    public static LogoChurn of(SubscriptionTable subscriptions, Period period, ChurnPolicy policy) {
        return TableEvaluation.churn(subscriptions, List.of(period), Objects.requireNonNull(policy, "policy")).get(0);
    }

    /**
     * Computes the logo churn of each period of a range from the rows of a subscription table in one pass over the
     * rows; each point equals {@code logoChurn(period, policy)} of the same subscriptions.
     *
     * @param subscriptions  the subscriptions as a table, not null
     * @param range  the range, not null
     * @param granularity  how to cut it, such as {@link Granularity#MONTH}, not null
     * @param policy  the policy, not null
     * @return the logo churn per period, in time order, never null
     */
    public static TimeSeries<LogoChurn> series(SubscriptionTable subscriptions, Period range, Granularity granularity,
                                               ChurnPolicy policy) {
        List<Period> periods = range.split(granularity);
        return TableEvaluation.series(periods,
                TableEvaluation.churn(subscriptions, periods, Objects.requireNonNull(policy, "policy")));
    }

    /**
     * Returns the rate under the policy: churned / the policy's denominator, undefined when that is zero.
     *
     * @return the ratio of customer counts, never null
     */
    public Ratio rate() {
        boolean include = policy.joiners() == SamePeriodJoiners.INCLUDE;
        long left = include ? joinersLeft.size() : 0;
        long denominator = customersAtStart;
        if (policy.denominator() == ChurnDenominator.START_PLUS_NEW) {
            denominator = Math.addExact(denominator, Math.addExact(joinersStayed, left));
        }
        return Ratio.of(Math.addExact(churned.size(), left), denominator);
    }

    /**
     * Returns the customers in the numerator: the churned, and under {@code INCLUDE} the joiners who left.
     *
     * @return the customers, sorted, never null
     */
    public List<String> churnedCustomers() {
        return policy.joiners() == SamePeriodJoiners.INCLUDE
                ? SortedIds.mergeDisjoint(churned, joinersLeft, "churnedCustomers") : churned;
    }

    /**
     * Returns the churn of two inputs with disjoint customers.
     *
     * @param other  the other result, same period and policy, not null
     * @return the merged result, never null
     * @throws IllegalArgumentException if the periods or policies differ, or a customer is listed in both
     */
    @Override
    public LogoChurn combine(LogoChurn other) {
        if (!period.equals(other.period) || !policy.equals(other.policy)) {
            throw new IllegalArgumentException("logo churn of " + period + " " + policy + " and " + other.period
                    + " " + other.policy + " do not combine");
        }
        return new LogoChurn(period, policy, Math.addExact(customersAtStart, other.customersAtStart),
                SortedIds.mergeDisjoint(churned, other.churned, "churned"),
                Math.addExact(joinersStayed, other.joinersStayed),
                SortedIds.mergeDisjoint(joinersLeft, other.joinersLeft, "joinersLeft"));
    }

    /** In service at the start state (the day before the period). */
    static final int AT_START = 1;
    /** In service at the end state (the period's last day). */
    static final int AT_END = 2;
    /** In service on some day of the period. */
    static final int DURING = 4;

    /**
     * Counts customers by their flags (METRICS.md 7): active at the start and not at the end is churned; joined in
     * the period and gone by its end is a joiner who left. Customers must be added in id order. Shared by the
     * accumulator and the column-table evaluation. Not thread-safe.
     */
    static final class Tally {

        private long atStart;
        private long stayed;
        private final List<String> churned = new ArrayList<>();
        private final List<String> left = new ArrayList<>();

        void add(int flags, String customer) {
            boolean end = (flags & AT_END) != 0;
            if ((flags & AT_START) != 0) {
                atStart++;
                if (!end) {
                    churned.add(customer);
                }
            } else if ((flags & DURING) != 0) {
                if (end) {
                    stayed++;
                } else {
                    left.add(customer);
                }
            }
        }

        LogoChurn result(Period period, ChurnPolicy policy) {
            return new LogoChurn(period, policy, atStart, churned, stayed, left);
        }
    }

    private static final class Accumulator {

        private final Period period;
        private final ChurnPolicy policy;
        private final LocalDate startState;
        private final LocalDate endState;
        private final Map<String, Integer> customers = new HashMap<>();

        Accumulator(Period period, ChurnPolicy policy) {
            this.period = period;
            this.policy = policy;
            this.startState = period.start().minusDays(1);
            this.endState = period.lastDay();
        }

        void add(Subscription s) {
            if (!s.isPaying()) {
                return;
            }
            LocalDate start = s.startDate();
            LocalDate stop = s.endDate().orElse(LocalDate.MAX);
            if (policy.recognition() == ChurnRecognition.AT_CANCELLATION && s.cancellationDate().isPresent()
                    && s.cancellationDate().get().isBefore(stop)) {
                stop = s.cancellationDate().get();
            }
            int flags = 0;
            if (!start.isAfter(startState) && stop.isAfter(startState)) {
                flags |= AT_START;
            }
            if (!start.isAfter(endState) && stop.isAfter(endState)) {
                flags |= AT_END;
            }
            if (!start.isAfter(endState) && stop.isAfter(period.start()) && start.isBefore(stop)) {
                flags |= DURING;
            }
            if (flags != 0) {
                customers.merge(s.customerId(), flags, (a, b) -> a | b); // small Integers are cached
            }
        }

        Accumulator addAll(Accumulator other) {
            other.customers.forEach((k, v) -> customers.merge(k, v, (a, b) -> a | b));
            return this;
        }

        LogoChurn build() {
            Tally tally = new Tally();
            for (Map.Entry<String, Integer> e : new TreeMap<>(customers).entrySet()) {
                tally.add(e.getValue(), e.getKey());
            }
            return tally.result(period, policy);
        }
    }
}
