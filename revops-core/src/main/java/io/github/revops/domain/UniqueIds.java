package io.github.revops.domain;

import io.github.revops.internal.IdCheck;

import java.util.Objects;
import java.util.function.Function;

/**
 * Checks that the records of one computation have unique ids, as docs/metrics.md#conventions requires.
 * <pre>{@code
 * UniqueIds.check(deals, Deal::id, "deal");   // throws InvalidRecordException naming the duplicate
 * }</pre>
 *
 * <p>The check keeps one {@code int} per record (its id's hash) instead of a hash set entry, and compares only ids
 * with equal hashes. Ids built to share one hash are compared in sorted order, so the check stays O(n log n) on any
 * input.
 *
 * @since 0.1.0
 */
public final class UniqueIds {

    private UniqueIds() {
    }

    /**
     * Throws when two records share an id.
     *
     * @param <T>  the record type
     * @param records  the records, not null
     * @param id  the id of a record, not null
     * @param kind  the kind of record for the message ("deal", "subscription", ...), not null
     * @throws InvalidRecordException naming the first id, in iteration order, that an earlier record already had
     * @throws NullPointerException if a record's id is null
     */
    public static <T> void check(Iterable<? extends T> records, Function<? super T, String> id, String kind) {
        Objects.requireNonNull(records, "records");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        IdCheck.check(records, record -> Objects.requireNonNull(id.apply(record), "id").hashCode(), id, kind);
    }
}
