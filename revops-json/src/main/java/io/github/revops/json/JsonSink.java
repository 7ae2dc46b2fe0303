package io.github.revops.json;

import java.math.BigDecimal;

/**
 * Where {@link RevopsJson#write} streams a value: the events of one JSON value, in document order. A JSON library's
 * generator implements it (the Jackson modules do); {@link RevopsJson#toTree} collects the events into a
 * {@link JsonTree}.
 *
 * <p>Calls are well nested: {@link #name} comes before each member's value inside an object, and every begin has
 * its end. Numbers are whole ({@link #number(long)}) or decimals already in their final form
 * ({@link #number(BigDecimal)}, written in plain notation, never with an exponent).
 *
 * @since 0.1.0
 */
public interface JsonSink {

    /** Starts an object. */
    void beginObject();

    /** Ends the object begun last. */
    void endObject();

    /** Starts an array. */
    void beginArray();

    /** Ends the array begun last. */
    void endArray();

    /**
     * Names the next member of the current object.
     *
     * @param name  the member's name, not null
     */
    void name(String name);

    /**
     * Writes a string.
     *
     * @param value  the string, not null
     */
    void string(String value);

    /**
     * Writes a whole number.
     *
     * @param value  the number
     */
    void number(long value);

    /**
     * Writes a decimal number in plain notation ({@link BigDecimal#toPlainString()}).
     *
     * @param value  the number, not null
     */
    void number(BigDecimal value);

    /**
     * Writes true or false.
     *
     * @param value  the value
     */
    void bool(boolean value);

    /** Writes null. */
    void nullValue();
}
