package io.github.revops.result;

import java.util.Collections;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collector;
import java.util.stream.Collectors;

/**
 * A metric per group (per owner, source, segment, tenant...), in a stable key order, with the total.
 *
 * <p>The total is the {@link Mergeable#combine} of the groups, so it equals the metric over all the records; a
 * breakdown itself merges with another one group by group.
 *
 * <p>An enum key is a closed set of groups: a breakdown whose keys are constants of an enum lists every constant of
 * that enum, with the empty result for a constant no record had. With no record at all the enum cannot be known from
 * the keys, so the caller names it: {@link #withAllOf(Class)} lists its constants whatever the input.
 * <pre>{@code
 * Breakdown<String, DayHistogram> cycleByOwner = deals.stream().filter(Deal::isWon)
 *         .collect(Breakdown.by(Deal::owner, DayHistogram.collector(Deal::cycleDays), DayHistogram.EMPTY));
 * cycleByOwner.get("Ana");     // Optional[the histogram of Ana's won deals]
 * cycleByOwner.total();        // the histogram of every won deal
 * WinRate.by(List.of(), quarter, Deal::type).withAllOf(DealType.class).groups().keySet();
 *                              // [NEW_BUSINESS, RENEWAL, EXPANSION], each with the empty result
 * }</pre>
 *
 * @param <K>  the group key type
 * @param <R>  the result type
 * @since 0.1.0
 */
public final class Breakdown<K, R extends Mergeable<R>> implements Mergeable<Breakdown<K, R>> {

    private final SortedMap<K, R> groups;
    private final R empty;

    private Breakdown(TreeMap<K, R> groups, R empty) {
        if (!groups.isEmpty() && groups.firstKey() instanceof Enum<?> constant) {
            addConstants(groups, constant.getDeclaringClass(), empty);
        }
        this.groups = Collections.unmodifiableSortedMap(groups);
        this.empty = empty;
    }

    @SuppressWarnings("unchecked") // every key is a K, so a constant of the keys' enum is a K
    private static <K, R> void addConstants(TreeMap<K, R> groups, Class<?> enumType, R empty) {
        for (Object constant : enumType.getEnumConstants()) {
            groups.putIfAbsent((K) constant, empty);
        }
    }

    /**
     * Obtains a breakdown from its groups; when the keys are constants of an enum, every constant of it is listed.
     *
     * @param <K>  the key type
     * @param <R>  the result type
     * @param groups  the result of each group, not null
     * @param order  the order of the keys, not null
     * @param empty  the empty result, the total of no group, not null
     * @return the breakdown, never null
     */
    public static <K, R extends Mergeable<R>> Breakdown<K, R> of(Map<K, R> groups, Comparator<? super K> order,
                                                                 R empty) {
        TreeMap<K, R> sorted = new TreeMap<>(Objects.requireNonNull(order, "order"));
        sorted.putAll(groups);
        return new Breakdown<>(sorted, Objects.requireNonNull(empty, "empty"));
    }

    /**
     * Returns a collector that groups elements by a key and computes a metric per group, keys in natural order; an
     * enum key lists every constant as {@link #of} does.
     *
     * @param <T>  the element type
     * @param <K>  the key type
     * @param <R>  the result type
     * @param key  the group of an element, never null for an element, not null
     * @param metric  the collector of the metric, not null
     * @param empty  the metric's empty result, not null
     * @return the collector, never null
     */
    public static <T, K extends Comparable<? super K>, R extends Mergeable<R>> Collector<T, ?, Breakdown<K, R>> by(
            Function<? super T, ? extends K> key, Collector<? super T, ?, R> metric, R empty) {
        return by(key, Comparator.naturalOrder(), metric, empty);
    }

    /**
     * Returns a collector that groups elements by a key and computes a metric per group, keys in a given order; an
     * enum key lists every constant as {@link #of} does.
     *
     * @param <T>  the element type
     * @param <K>  the key type
     * @param <R>  the result type
     * @param key  the group of an element, not null
     * @param order  the key order, not null
     * @param metric  the collector of the metric, not null
     * @param empty  the metric's empty result, not null
     * @return the collector, never null
     */
    public static <T, K, R extends Mergeable<R>> Collector<T, ?, Breakdown<K, R>> by(
            Function<? super T, ? extends K> key, Comparator<? super K> order, Collector<? super T, ?, R> metric,
            R empty) {
        Objects.requireNonNull(empty, "empty");
        return Collectors.collectingAndThen(
                Collectors.groupingBy(key, () -> new TreeMap<K, R>(order), metric),
                map -> new Breakdown<>(map, empty));
    }

    /**
     * Returns this breakdown with a group for every constant of an enum, the empty result for a constant no record
     * had. This is how a breakdown by an enum key lists every constant when there may be no record at all, from
     * which the enum could be known:
     * {@code WinRate.by(deals, period, Deal::type).withAllOf(DealType.class)} has the three deal types for any
     * list of deals, the empty one included.
     *
     * @param enumType  the enum of the keys, not null
     * @return the breakdown with every constant, never null
     * @throws IllegalArgumentException if the type is not an enum
     */
    public Breakdown<K, R> withAllOf(Class<K> enumType) {
        Objects.requireNonNull(enumType, "enumType");
        if (!enumType.isEnum()) {
            throw new IllegalArgumentException("enumType (" + enumType.getName() + ") must be an enum");
        }
        TreeMap<K, R> all = new TreeMap<>(groups.comparator());
        all.putAll(groups);
        addConstants(all, enumType, empty);
        return new Breakdown<>(all, empty);
    }

    /**
     * Returns the result of each group, in key order.
     *
     * @return the groups, unmodifiable, never null
     */
    public SortedMap<K, R> groups() {
        return groups;
    }

    /**
     * Returns the result of one group.
     *
     * @param key  the key, not null
     * @return the group's result, or empty when the key is not one of the groups
     */
    public Optional<R> get(K key) {
        return Optional.ofNullable(groups.get(key));
    }

    /**
     * Returns the total: the combine of every group, the empty result when there is none.
     *
     * @return the total, never null
     */
    public R total() {
        R total = empty;
        for (R r : groups.values()) {
            total = total.combine(r);
        }
        return total;
    }

    /**
     * Returns the breakdown of the union of both inputs, merging groups with the same key.
     *
     * @param other  the other breakdown, not null
     * @return the merged breakdown, never null
     */
    @Override
    public Breakdown<K, R> combine(Breakdown<K, R> other) {
        TreeMap<K, R> merged = new TreeMap<>(groups.comparator());
        merged.putAll(groups);
        other.groups.forEach((k, v) -> merged.merge(k, v, Mergeable::combine));
        return new Breakdown<>(merged, empty);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Breakdown<?, ?> other && groups.equals(other.groups);
    }

    @Override
    public int hashCode() {
        return groups.hashCode();
    }

    /**
     * Returns each group's result and the total, for people to read: {@code "Breakdown{ana=5/8 (62.50 %), ben=7/12
     * (58.33 %); total 12/20 (60.00 %)}"}. At most 20 groups are listed, then how many more; the total covers them
     * all. Not a parse format (docs/decisions/0130).
     *
     * @return the text form, never null
     */
    @Override
    public String toString() {
        return "Breakdown{" + Listing.join(groups.entrySet(), g -> g.getKey() + "=" + g.getValue(), "groups")
                + "; total " + total() + "}";
    }
}
