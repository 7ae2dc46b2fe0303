package io.github.revops.json.contract;

import io.github.revops.json.JsonType;

/** A JSON library with the revops module registered, as the contract tests drive it. */
public interface JsonEngine {

    /**
     * Writes a value as JSON text.
     *
     * @param value  the value
     * @return the compact JSON text
     */
    String write(Object value);

    /**
     * Writes a value as an application configured like Spring Boot would: modules found by the service loader (the
     * library's other modules too), empty beans allowed, dates as text.
     *
     * @param value  the value
     * @return the compact JSON text
     */
    String writeLikeSpring(Object value);

    /**
     * Reads a value, failing on properties the shape does not have (the library's default).
     *
     * @param json  the JSON text
     * @param type  the type, with its type arguments
     * @return the value
     */
    Object read(String json, JsonType type);

    /**
     * Reads a value as an application configured like Spring Boot would: unknown properties ignored.
     *
     * @param json  the JSON text
     * @param type  the type, with its type arguments
     * @return the value
     */
    Object readIgnoringUnknown(String json, JsonType type);
}
