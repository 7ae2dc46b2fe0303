package io.github.revops.domain;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;

/**
 * Checks that the records of one computation have unique ids, as METRICS.md 0 requires.
 * <pre>{@code
 * UniqueIds.check(deals, Deal::id, "deal");   // throws InvalidRecordException naming the duplicate
 * }</pre>
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
     * @throws InvalidRecordException naming the first duplicate id found
     */
    public static <T> void check(Iterable<? extends T> records, Function<? super T, String> id, String kind) {
        Set<String> seen = new HashSet<>();
        for (T record : records) {
            String key = id.apply(record);
            if (!seen.add(key)) {
                throw new InvalidRecordException(kind, key, "id", key, "is not unique");
            }
        }
    }
}
