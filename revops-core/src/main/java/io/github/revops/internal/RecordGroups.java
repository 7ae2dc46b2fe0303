package io.github.revops.internal;

import io.github.revops.result.Breakdown;
import io.github.revops.result.Mergeable;

import java.util.Collection;
import java.util.Comparator;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.stream.Collector;
import java.util.stream.Collectors;

/**
 * The input checks and the grouping that the collection entry points of every record type share: a collection
 * without null records or duplicate ids (docs/metrics.md#conventions), and a metric per key, the groups being every
 * key found among the records, keys in natural order.
 *
 * <p>Internal: this package is not exported by the module and may change in any release.
 *
 * @param <T>  the record type
 */
public final class RecordGroups<T> {

    private final String name;
    private final String kind;
    private final Function<? super T, String> id;
    private final ToIntFunction<? super T> idHash;

    private RecordGroups(String name, String kind, Function<? super T, String> id, ToIntFunction<? super T> idHash) {
        this.name = Objects.requireNonNull(name, "name");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.id = Objects.requireNonNull(id, "id");
        this.idHash = Objects.requireNonNull(idHash, "idHash");
    }

    /**
     * Obtains the checks of a record type.
     *
     * @param <T>  the record type
     * @param name  the name of a collection parameter in messages ("deals"), not null
     * @param kind  the kind of record in messages ("deal"), not null
     * @param id  the id of a record, not null
     * @return the checks, never null
     */
    public static <T> RecordGroups<T> of(String name, String kind, Function<? super T, String> id) {
        Objects.requireNonNull(id, "id");
        return new RecordGroups<>(name, kind, id, record -> Objects.requireNonNull(id.apply(record), "id").hashCode());
    }

    /**
     * Obtains the checks of a record type that keeps its id's hash, so that the id check need not read the ids.
     *
     * @param <T>  the record type
     * @param name  the name of a collection parameter in messages ("deals"), not null
     * @param kind  the kind of record in messages ("deal"), not null
     * @param id  the id of a record, not null
     * @param idHash  the {@link String#hashCode()} of a record's id, as the record keeps it, not null
     * @return the checks, never null
     */
    public static <T> RecordGroups<T> of(String name, String kind, Function<? super T, String> id,
                                         ToIntFunction<? super T> idHash) {
        return new RecordGroups<>(name, kind, id, idHash);
    }

    /**
     * Returns the records, or throws when the collection is null, holds a null record, or two records share an id.
     *
     * @param <C>  the collection type
     * @param records  the records
     * @return the records, never null
     * @throws NullPointerException if the collection or a record is null
     * @throws io.github.revops.domain.InvalidRecordException if two records share an id
     */
    public <C extends Collection<? extends T>> C checked(C records) {
        IdCheck.check(withoutNulls(records), idHash, id, kind);
        return records;
    }

    /**
     * Returns the records, or throws when the collection is null or holds a null record; for a computation that
     * takes the ids in its own pass over the records (with an {@link IdCheck}).
     *
     * @param <C>  the collection type
     * @param records  the records
     * @return the records, never null
     * @throws NullPointerException if the collection or a record is null
     */
    public <C extends Collection<? extends T>> C withoutNulls(C records) {
        Objects.requireNonNull(records, name);
        for (T record : records) {
            Objects.requireNonNull(record, () -> name + " must not contain null");
        }
        return records;
    }

    /**
     * Computes a metric per group of checked records: the groups are every key found among the records (whether or
     * not they count in the metric's period) and, for an enum key, every constant of the enum ({@link Breakdown}
     * adds them); keys in natural order.
     *
     * @param <K>  the key type
     * @param <R>  the result type
     * @param records  the records, checked by {@link #checked}
     * @param key  the group of a record, never null for a record, not null
     * @param metric  the metric's collector, not null
     * @param empty  the metric's result of no record, not null
     * @return the breakdown, never null
     * @throws NullPointerException if a record's key is null (the message names the record)
     */
    public <K extends Comparable<? super K>, R extends Mergeable<R>> Breakdown<K, R> breakdown(
            Collection<T> records, Function<? super T, ? extends K> key, Collector<T, ?, R> metric, R empty) {
        Objects.requireNonNull(key, "key");
        Function<T, K> checkedKey = record -> Objects.requireNonNull(key.apply(record),
                () -> "the group key of " + kind + " '" + id.apply(record) + "' is null");
        SortedMap<K, R> groups = checked(records).stream()
                .collect(Collectors.groupingBy(checkedKey, TreeMap::new, metric));
        return Breakdown.of(groups, Comparator.naturalOrder(), empty);
    }
}
