package io.github.revops.json;

import io.github.revops.result.Mergeable;

import java.util.Objects;

/**
 * How one type is written and read: the shape of that type, in one place for both directions.
 *
 * @param <T>  the type
 */
interface Codec<T> {

    /**
     * Returns what a value of this shape looks like, for "expected ..." in messages: {@code "a date such as
     * \"2026-01-31\""}, {@code "a Money object"}.
     */
    String expected();

    /** Writes a value, not null. */
    void write(T value, JsonSink out);

    /** Reads a value from a node that is present (it may be JSON null). */
    T read(Node node);

    /**
     * Returns the value of a property left out of its object: by default the property is required and this throws;
     * a list, a map or an optional value reads as empty.
     */
    default T absent(Node at) {
        throw at.fail("is required (" + expected() + ")");
    }

    /**
     * Returns the identity of {@link Mergeable#combine} shaped like a sample (the same currency, period or stage): a
     * breakdown needs it to total its groups. Only the codecs of {@code Mergeable} results have it.
     *
     * @throws IllegalStateException for a type that does not combine
     */
    default T identity(T sample) {
        Objects.requireNonNull(sample, "sample");
        throw new IllegalStateException(expected() + " does not combine");
    }
}
