package io.github.revops.recurring;

import io.github.revops.domain.Subscription;
import io.github.revops.internal.RecordGroups;
import io.github.revops.internal.SubscriptionFields;
import io.github.revops.money.ReportingCurrency;
import io.github.revops.result.Breakdown;
import io.github.revops.result.Mergeable;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collector;

/**
 * The record entry points' plumbing shared by the recurring metrics: input checks, the reporting currency of records
 * given without one, grouping for {@code by}, and collectors over the record path's builder. No metric rule lives
 * here.
 */
final class Subscriptions {

    private static final RecordGroups<Subscription> SUBSCRIPTIONS = RecordGroups.of("subscriptions", "subscription",
            Subscription::id, SubscriptionFields::idHash);

    private Subscriptions() {
    }

    /** Rejects a null collection or subscription, and duplicate ids (docs/metrics.md#conventions). */
    static <C extends Collection<Subscription>> C checked(C subscriptions) {
        return SUBSCRIPTIONS.checked(subscriptions);
    }

    /** Rejects a null collection or subscription; the caller's pass takes the ids ({@link #idsFirst}). */
    static <C extends Collection<Subscription>> C withoutNulls(C subscriptions) {
        return SUBSCRIPTIONS.withoutNulls(subscriptions);
    }

    /**
     * Runs a computation that checks the ids of the subscriptions in its own pass over them: when it fails, a
     * duplicate id is reported first, as a check before the computation would have.
     */
    static <R> R idsFirst(Collection<Subscription> subscriptions, Supplier<R> computation) {
        try {
            return computation.get();
        } catch (RuntimeException e) {
            checked(subscriptions);
            throw e;
        }
    }

    /**
     * The reporting currency of subscriptions given without one: the first subscription's currency, every other
     * amount required to be in it.
     *
     * @throws IllegalArgumentException if there is no subscription
     */
    static ReportingCurrency firstCurrency(Collection<Subscription> subscriptions) {
        if (subscriptions.isEmpty()) {
            throw new IllegalArgumentException("subscriptions ([]) must not be empty: give the reporting currency");
        }
        return ReportingCurrency.of(subscriptions.iterator().next().amount().currency());
    }

    /** Decodes subscriptions for the kernels. */
    static RecordSegments segments(Collection<Subscription> subscriptions, ReportingCurrency reporting) {
        return RecordSegments.of(subscriptions, RecordSegments.builder(reporting, subscriptions.size()));
    }

    /**
     * Computes a metric per group of subscriptions: the groups are every key found among them, keys in natural order,
     * an enum key listing every constant. With {@code wholeCustomers}, for the metrics at customer grain, every
     * subscription of a customer must have the same key, so that the groups combine into the total.
     *
     * @throws IllegalArgumentException if a key is null, or two subscriptions of a customer have different keys
     */
    static <K extends Comparable<? super K>, R extends Mergeable<R>> Breakdown<K, R> by(
            Collection<Subscription> subscriptions, Function<? super Subscription, ? extends K> key,
            boolean wholeCustomers, Function<List<Subscription>, R> metric, R empty) {
        Objects.requireNonNull(key, "key");
        SortedMap<K, List<Subscription>> groups = new TreeMap<>();
        Map<String, K> keyOfCustomer = new HashMap<>();
        for (Subscription s : subscriptions) {
            K k = key.apply(s);
            if (k == null) {
                throw new IllegalArgumentException("the group key of subscription '" + s.id() + "' is null");
            }
            K other = wholeCustomers ? keyOfCustomer.putIfAbsent(s.customerId(), k) : null;
            if (other != null && !other.equals(k)) {
                throw new IllegalArgumentException("customer '" + s.customerId() + "' has subscriptions in groups "
                        + other + " and " + k + ": the key must be a function of the customer");
            }
            groups.computeIfAbsent(k, x -> new ArrayList<>()).add(s);
        }
        SortedMap<K, R> results = new TreeMap<>();
        groups.forEach((k, list) -> results.put(k, metric.apply(list)));
        return Breakdown.of(results, Comparator.naturalOrder(), empty);
    }

    /**
     * A collector that decodes the subscriptions with the record path's builder and finishes with a metric; it
     * merges builders, so it is exact on any split, and it does not check ids.
     */
    static <R> Collector<Subscription, ?, R> collector(Supplier<RecordSegments.Builder> builder,
                                                      Function<RecordSegments, R> metric) {
        return Collector.of(builder, RecordSegments.Builder::add, RecordSegments.Builder::addAll,
                b -> metric.apply(b.build()), Collector.Characteristics.UNORDERED);
    }
}
