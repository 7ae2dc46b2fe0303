package io.github.revops.domain;

import io.github.revops.money.Money;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Field checks of the domain records; each failure names the record, id, field and value. */
final class Validation {

    private final String record;
    private final String id;

    private Validation(String record, String id) {
        this.record = record;
        this.id = id;
    }

    static Validation of(String record, String id) {
        if (id == null || id.isBlank()) {
            throw new InvalidRecordException(record, "?", "id", id == null ? null : "'" + id + "'",
                    "must not be blank");
        }
        return new Validation(record, id);
    }

    InvalidRecordException invalid(String field, Object value, String problem) {
        return new InvalidRecordException(record, id, field, value, problem);
    }

    <T> T present(String field, T value) {
        if (value == null) {
            throw invalid(field, null, "is required");
        }
        return value;
    }

    String text(String field, String value) {
        present(field, value);
        if (value.isBlank()) {
            throw invalid(field, "'" + value + "'", "must not be blank");
        }
        return value;
    }

    Money nonNegative(String field, Money value) {
        present(field, value);
        if (value.isNegative()) {
            throw invalid(field, value, "must not be negative");
        }
        return value;
    }

    <T> Optional<T> optional(String field, Optional<T> value) {
        return present(field, value);
    }

    /** An unmodifiable copy in name order; every empty input gives the same empty map. */
    Map<String, String> attributes(String field, Map<String, String> value) {
        present(field, value);
        if (value.isEmpty()) {
            return Map.of();
        }
        Map<String, String> copy = new TreeMap<>();
        value.forEach((k, v) -> {
            if (k == null || v == null) {
                throw invalid(field, k + "=" + v, "must not hold a null key or value");
            }
            copy.put(k, v);
        });
        return java.util.Collections.unmodifiableMap(copy);
    }

    /**
     * The attributes of a map in a deal's compact form (name/value pairs sorted by name, {@link DealSegments}); a
     * null name or value throws, the first in the map's iteration order named, as {@link #attributes} does.
     */
    String[] attributePairs(String field, Map<String, String> value) {
        present(field, value);
        if (value.isEmpty()) {
            return DealSegments.NONE;
        }
        String[] pairs = new String[2 * value.size()];
        int count = 0;
        for (Map.Entry<String, String> entry : value.entrySet()) {
            if (2 * count == pairs.length) {
                pairs = Arrays.copyOf(pairs, 2 * pairs.length + 2);
            }
            pairs[2 * count] = entry.getKey();
            pairs[2 * count + 1] = entry.getValue();
            count++;
        }
        return attributePairs(field, pairs, count);
    }

    /**
     * The attributes of the first {@code count} name/value pairs of an array in set order (a later equal name
     * replaces the earlier one's value) in a deal's compact form; the array may be reordered and kept.
     */
    String[] attributePairs(String field, String[] pairs, int count) {
        for (int i = 0; i < count; i++) {
            String k = pairs[2 * i];
            String v = pairs[2 * i + 1];
            if (k == null || v == null) {
                throw invalid(field, k + "=" + v, "must not hold a null key or value");
            }
        }
        return DealSegments.sorted(pairs, count);
    }

    void notBefore(String field, LocalDate date, String otherField, LocalDate other) {
        if (date.isBefore(other)) {
            throw invalid(field, date, "must not be before " + otherField + " (" + other + ")");
        }
    }

    void after(String field, LocalDate date, String otherField, LocalDate other) {
        if (!date.isAfter(other)) {
            throw invalid(field, date, "must be after " + otherField + " (" + other + ")");
        }
    }
}
