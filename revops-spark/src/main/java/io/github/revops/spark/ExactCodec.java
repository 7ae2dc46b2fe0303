package io.github.revops.spark;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.io.Serializable;

/**
 * Writes and reads the exact parts of one revops type (counts, minor units, numerators and denominators, day
 * numbers, ids), so Spark can ship the value between JVMs without Java serialization.
 *
 * <p>{@link #read} rebuilds the value through the core's public factories, so a decoded value is validated as any
 * other (docs/decisions/0006 and 0071).
 *
 * @param <T>  the value type
 */
interface ExactCodec<T> extends Serializable {

    /**
     * Writes a value's exact parts.
     *
     * @param value  the value, not null
     * @param out  where to write
     * @throws IOException if the output fails
     */
    void write(T value, DataOutput out) throws IOException;

    /**
     * Reads a value written by {@link #write}.
     *
     * @param in  where to read
     * @return the value, never null
     * @throws IOException if the input fails or is truncated
     */
    T read(DataInput in) throws IOException;
}
