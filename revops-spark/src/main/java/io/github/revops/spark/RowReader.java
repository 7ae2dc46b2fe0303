package io.github.revops.spark;

import java.io.Serializable;

import org.apache.spark.sql.Row;

/**
 * Makes one record from one row, at column positions resolved once against the frame's schema.
 *
 * @param <T>  the record type
 */
@FunctionalInterface
interface RowReader<T> extends Serializable {

    /**
     * Reads a row.
     *
     * @param row  the row
     * @return the validated record
     * @throws io.github.revops.domain.InvalidRecordException if the row does not make a valid record
     */
    T read(Row row);
}
