package io.github.revops.recurring;

import io.github.revops.domain.Subscription;
import io.github.revops.result.Breakdown;
import io.github.revops.result.Mergeable;
import io.github.revops.result.Ratio;
import io.github.revops.result.TimeSeries;
import io.github.revops.table.CodeColumn;
import io.github.revops.table.SubscriptionTable;
import io.github.revops.time.Granularity;
import io.github.revops.time.Period;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collector;

/**
 * The customer (logo) churn rate of a period under a {@link ChurnPolicy}, with the customers behind it
 * (docs/metrics.md#recurring-revenue-and-retention, "Logo churn").
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
 * LogoChurn march = LogoChurn.of(subscriptions, Period.month(2026, 3));
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
        Objects.requireNonNull(churned, "churned");
        Objects.requireNonNull(joinersLeft, "joinersLeft");
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
     * Computes the logo churn of a period under the default policy ({@link ChurnPolicy#DEFAULT}).
     *
     * @param subscriptions  the subscriptions, ids unique, not null
     * @param period  the period, not null
     * @return the logo churn, never null
     * @throws io.github.revops.domain.InvalidRecordException if two subscriptions share an id
     */
    public static LogoChurn of(Collection<Subscription> subscriptions, Period period) {
        Objects.requireNonNull(subscriptions, "subscriptions");
        Objects.requireNonNull(period, "period");
        return of(subscriptions, period, ChurnPolicy.DEFAULT);
    }

    /**
     * Computes the logo churn of a period under a policy.
     *
     * @param subscriptions  the subscriptions, ids unique, not null
     * @param period  the period, not null
     * @param policy  the policy, not null
     * @return the logo churn, never null
     * @throws io.github.revops.domain.InvalidRecordException if two subscriptions share an id
     */
    public static LogoChurn of(Collection<Subscription> subscriptions, Period period, ChurnPolicy policy) {
        Objects.requireNonNull(subscriptions, "subscriptions");
        Objects.requireNonNull(period, "period");
        return churn(Subscriptions.checked(subscriptions), List.of(period), policy).get(0);
    }

    /**
     * Computes the logo churn of a period per group of customers under the default policy, keys in natural order.
     *
     * @param <K>  the key type
     * @param subscriptions  the subscriptions, ids unique, not null
     * @param period  the period, not null
     * @param key  the group of a subscription, the same for every subscription of a customer, not null
     * @return the logo churn per group, never null
     * @throws IllegalArgumentException if a key is null or a customer is in two groups
     * @throws io.github.revops.domain.InvalidRecordException if two subscriptions share an id
     */
    public static <K extends Comparable<? super K>> Breakdown<K, LogoChurn> by(
            Collection<Subscription> subscriptions, Period period, Function<? super Subscription, ? extends K> key) {
        Objects.requireNonNull(subscriptions, "subscriptions");
        Objects.requireNonNull(period, "period");
        return by(subscriptions, period, ChurnPolicy.DEFAULT, key);
    }

    /**
     * Computes the logo churn of a period per group of customers under a policy, keys in natural order; the total of
     * the breakdown is {@link #of(Collection, Period, ChurnPolicy)} of all of them.
     *
     * @param <K>  the key type
     * @param subscriptions  the subscriptions, ids unique, not null
     * @param period  the period, not null
     * @param policy  the policy, not null
     * @param key  the group of a subscription, the same for every subscription of a customer, not null
     * @return the logo churn per group, never null
     * @throws IllegalArgumentException if a key is null or a customer is in two groups
     * @throws io.github.revops.domain.InvalidRecordException if two subscriptions share an id
     */
    public static <K extends Comparable<? super K>> Breakdown<K, LogoChurn> by(
            Collection<Subscription> subscriptions, Period period, ChurnPolicy policy,
            Function<? super Subscription, ? extends K> key) {
        Objects.requireNonNull(subscriptions, "subscriptions");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(policy, "policy");
        return Subscriptions.by(Subscriptions.checked(subscriptions), key, true,
                group -> churn(group, List.of(period), policy).get(0), empty(period, policy));
    }

    /**
     * Computes the logo churn of each period of a range under the default policy, in one pass over the
     * subscriptions.
     *
     * @param subscriptions  the subscriptions, ids unique, not null
     * @param range  the range, not null
     * @param granularity  how to cut it, such as {@link Granularity#MONTH}, not null
     * @return the logo churn per period, in time order, never null
     * @throws io.github.revops.domain.InvalidRecordException if two subscriptions share an id
     */
    public static TimeSeries<LogoChurn> series(Collection<Subscription> subscriptions, Period range,
                                               Granularity granularity) {
        Objects.requireNonNull(subscriptions, "subscriptions");
        Objects.requireNonNull(range, "range");
        return series(subscriptions, range, granularity, ChurnPolicy.DEFAULT);
    }

    /**
     * Computes the logo churn of each period of a range under a policy, in one pass over the subscriptions; each
     * point equals {@link #of(Collection, Period, ChurnPolicy)} of its period.
     *
     * @param subscriptions  the subscriptions, ids unique, not null
     * @param range  the range, not null
     * @param granularity  how to cut it, such as {@link Granularity#MONTH}, not null
     * @param policy  the policy, not null
     * @return the logo churn per period, in time order, never null
     * @throws io.github.revops.domain.InvalidRecordException if two subscriptions share an id
     */
    public static TimeSeries<LogoChurn> series(Collection<Subscription> subscriptions, Period range,
                                               Granularity granularity, ChurnPolicy policy) {
        Objects.requireNonNull(subscriptions, "subscriptions");
        Objects.requireNonNull(range, "range");
        return seriesOf(Subscriptions.withoutNulls(subscriptions), range, granularity, policy);
    }

    /**
     * Returns a collector of the logo churn of a period under the default policy. It is exact on any split of the
     * subscriptions and does not check ids.
     *
     * @param period  the period, not null
     * @return the collector, never null
     */
    public static Collector<Subscription, ?, LogoChurn> collector(Period period) {
        return collector(period, ChurnPolicy.DEFAULT);
    }

    /**
     * Returns a collector of the logo churn of a period under a policy. It is exact on any split of the
     * subscriptions and does not check ids.
     *
     * @param period  the period, not null
     * @param policy  the policy, not null
     * @return the collector, never null
     */
    public static Collector<Subscription, ?, LogoChurn> collector(Period period, ChurnPolicy policy) {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(policy, "policy");
        return Subscriptions.collector(() -> RecordSegments.withoutAmounts(16),
                rows -> churn(rows, List.of(period), policy).get(0));
    }

    /**
     * Computes the logo churn of a period under the default policy from the rows of a subscription table.
     *
     * @param subscriptions  the subscriptions as a table, not null
     * @param period  the period, not null
     * @return the logo churn, never null
     */
    public static LogoChurn of(SubscriptionTable subscriptions, Period period) {
        Objects.requireNonNull(subscriptions, "subscriptions");
        Objects.requireNonNull(period, "period");
        return of(subscriptions, period, ChurnPolicy.DEFAULT);
    }

    /**
     * Computes the logo churn of a period from the rows of a subscription table; equal to
     * {@code of(subscriptions, period, policy)} for the same subscriptions.
     *
     * @param subscriptions  the subscriptions as a table, not null
     * @param period  the period, not null
     * @param policy  the policy, not null
     * @return the logo churn, never null
     */
    public static LogoChurn of(SubscriptionTable subscriptions, Period period, ChurnPolicy policy) {
        Objects.requireNonNull(subscriptions, "subscriptions");
        Objects.requireNonNull(period, "period");
        return churn(subscriptions, List.of(period), policy).get(0);
    }

    /**
     * Computes the logo churn of a period under the default policy per value of a key column of a subscription table.
     *
     * @param subscriptions  the subscriptions as a table, not null
     * @param period  the period, not null
     * @param key  a code column of the table, holding one value per customer, not null
     * @return the logo churn per key value, in key order, never null
     * @throws IllegalArgumentException if the key is not a column of the table or a customer's rows have different keys
     */
    public static Breakdown<String, LogoChurn> by(SubscriptionTable subscriptions, Period period, CodeColumn key) {
        Objects.requireNonNull(subscriptions, "subscriptions");
        Objects.requireNonNull(period, "period");
        return by(subscriptions, period, ChurnPolicy.DEFAULT, key);
    }

    /**
     * Computes the logo churn of a period under a policy per value of a key column of a subscription table (such as
     * its customer column), which must hold one value per customer.
     *
     * @param subscriptions  the subscriptions as a table, not null
     * @param period  the period, not null
     * @param policy  the policy, not null
     * @param key  a code column of the table, not null
     * @return the logo churn per key value, in key order, never null
     * @throws IllegalArgumentException if the key is not a column of the table or a customer's rows have different keys
     */
    public static Breakdown<String, LogoChurn> by(SubscriptionTable subscriptions, Period period, ChurnPolicy policy,
                                                  CodeColumn key) {
        Objects.requireNonNull(subscriptions, "subscriptions");
        Objects.requireNonNull(period, "period");
        List<Period> periods = List.of(period);
        Objects.requireNonNull(policy, "policy");
        Map<String, LogoChurnKernel> groups = TableSegments.feedBy(subscriptions, key,
                () -> new LogoChurnKernel(periods, policy));
        Map<String, LogoChurn> results = new TreeMap<>();
        groups.forEach((k, kernel) -> results.put(k, kernel.results().get(0)));
        return Breakdown.of(results, Comparator.naturalOrder(), empty(period, policy));
    }

    /**
     * Computes the logo churn of each period of a range under the default policy from the rows of a subscription
     * table, in one pass over the rows.
     *
     * @param subscriptions  the subscriptions as a table, not null
     * @param range  the range, not null
     * @param granularity  how to cut it, such as {@link Granularity#MONTH}, not null
     * @return the logo churn per period, in time order, never null
     */
    public static TimeSeries<LogoChurn> series(SubscriptionTable subscriptions, Period range,
                                               Granularity granularity) {
        Objects.requireNonNull(subscriptions, "subscriptions");
        Objects.requireNonNull(range, "range");
        return series(subscriptions, range, granularity, ChurnPolicy.DEFAULT);
    }

    /**
     * Computes the logo churn of each period of a range under a policy from the rows of a subscription table in one
     * pass over the rows; each point equals {@code of(subscriptions, period, policy)} of the same subscriptions.
     *
     * @param subscriptions  the subscriptions as a table, not null
     * @param range  the range, not null
     * @param granularity  how to cut it, such as {@link Granularity#MONTH}, not null
     * @param policy  the policy, not null
     * @return the logo churn per period, in time order, never null
     */
    public static TimeSeries<LogoChurn> series(SubscriptionTable subscriptions, Period range, Granularity granularity,
                                               ChurnPolicy policy) {
        Objects.requireNonNull(subscriptions, "subscriptions");
        Objects.requireNonNull(range, "range");
        List<Period> periods = range.split(granularity);
        return Series.of(periods, churn(subscriptions, periods, policy));
    }

    /** The churn of checked records in consecutive periods (RecurringRevenue checks them once). */
    static List<LogoChurn> churn(Collection<Subscription> subscriptions, List<Period> periods, ChurnPolicy policy) {
        return churn(subscriptions, periods, policy, false);
    }

    /** The churn of records in consecutive periods, their ids checked here ({@code checkIds}) or by the caller. */
    private static List<LogoChurn> churn(Collection<Subscription> subscriptions, List<Period> periods,
                                         ChurnPolicy policy, boolean checkIds) {
        Objects.requireNonNull(policy, "policy");
        Optional<RecordSegments.Fed<LogoChurnKernel>> fed = RecordSegments.stream(subscriptions, Optional.empty(),
                true, denominator -> new LogoChurnKernel(periods, policy), checkIds);
        if (fed.isPresent()) {
            return fed.get().kernel().results();
        }
        return churn(RecordSegments.of(subscriptions, RecordSegments.withoutAmounts(subscriptions.size())), periods,
                policy);
    }

    /** The series of logo churn of records (not null), their ids checked in the same pass. */
    private static TimeSeries<LogoChurn> seriesOf(Collection<Subscription> subscriptions, Period range,
                                                  Granularity granularity, ChurnPolicy policy) {
        return Subscriptions.idsFirst(subscriptions, () -> {
            List<Period> periods = range.split(granularity);
            return Series.of(periods, churn(subscriptions, periods, policy, true));
        });
    }

    private static List<LogoChurn> churn(RecordSegments rows, List<Period> periods, ChurnPolicy policy) {
        LogoChurnKernel kernel = new LogoChurnKernel(periods, Objects.requireNonNull(policy, "policy"));
        rows.feed(kernel);
        return kernel.results();
    }

    private static List<LogoChurn> churn(SubscriptionTable table, List<Period> periods, ChurnPolicy policy) {
        LogoChurnKernel kernel = new LogoChurnKernel(periods, Objects.requireNonNull(policy, "policy"));
        TableSegments.feed(table, kernel);
        return kernel.results();
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
        Objects.requireNonNull(other, "other");
        if (!period.equals(other.period) || !policy.equals(other.policy)) {
            throw new IllegalArgumentException("logo churn of " + period + " " + policy + " and " + other.period
                    + " " + other.policy + " do not combine");
        }
        return new LogoChurn(period, policy, Math.addExact(customersAtStart, other.customersAtStart),
                SortedIds.mergeDisjoint(churned, other.churned, "churned"),
                Math.addExact(joinersStayed, other.joinersStayed),
                SortedIds.mergeDisjoint(joinersLeft, other.joinersLeft, "joinersLeft"));
    }
}
