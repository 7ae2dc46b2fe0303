package io.github.revops.domain;

import io.github.revops.money.Money;

import java.time.LocalDate;
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
