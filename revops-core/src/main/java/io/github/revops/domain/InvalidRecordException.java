package io.github.revops.domain;

import io.github.revops.internal.BoundedText;

import java.util.Objects;

/**
 * Thrown when a record (a deal, subscription, spend or forecast submission) is rejected where it enters.
 *
 * <p>The message and the accessors name the kind of record, its id, the field and the bad value, for example
 * {@code "deal 'D-17': closeDate (2024-03-09) must not be before createdDate (2024-03-10)"}. Nothing half-built
 * escapes: the record's constructor throws before the record exists. The message shows at most the first 64
 * characters of a long id or value (then its length); {@link #id()} and {@link #value()} keep them whole.
 *
 * @since 0.1.0
 */
public final class InvalidRecordException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;


    /** The record named in the message. */
    private final String record;
    /** The id named in the message. */
    private final String id;
    /** The field named in the message. */
    private final String field;
    /** The value named in the message. */
    private final String value;

    /**
     * Creates the exception.
     *
     * @param record  the kind of record, such as "deal", not null
     * @param id  the record's id, or "?" when the id itself is missing, not null
     * @param field  the field, not null
     * @param value  the bad value, or null when it is missing (shown and kept as {@code "null"})
     * @param problem  what is wrong, completing "field (value) ...", not null
     */
    public InvalidRecordException(String record, String id, String field, Object value, String problem) {
        super(message(record, id, field, value, problem));
        this.record = record;
        this.id = id;
        this.field = field;
        this.value = String.valueOf(value);
    }

    /** The message, with the id and the value cut to their first characters when long. */
    private static String message(String record, String id, String field, Object value, String problem) {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(problem, "problem");
        return record + " '" + BoundedText.of(id) + "': " + field + " (" + BoundedText.of(String.valueOf(value))
                + ") " + problem;
    }

    /**
     * Returns the kind of record, such as "deal" or "subscription".
     *
     * @return the record kind, never null
     */
    public String record() {
        return record;
    }

    /**
     * Returns the id of the rejected record.
     *
     * @return the id, never null
     */
    public String id() {
        return id;
    }

    /**
     * Returns the name of the field whose value was rejected.
     *
     * @return the field, never null
     */
    public String field() {
        return field;
    }

    /**
     * Returns the rejected value as text, {@code "null"} when the value was missing.
     *
     * @return the value, never null
     */
    public String value() {
        return value;
    }
}
