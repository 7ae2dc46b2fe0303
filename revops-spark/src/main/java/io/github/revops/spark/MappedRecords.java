package io.github.revops.spark;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import java.util.Objects;

/**
 * The records a column mapping made from a DataFrame, and the rows it rejected.
 *
 * <p>Both datasets are lazy views of the same input: each action on them reads the input again, so cache the input
 * (or the records) when reading it twice costs more than holding it.
 *
 * @param <T>  the record type
 * @param records  the valid rows as records
 * @param rejected  the invalid rows: every input column, then {@value #REJECTION} holding the core's message
 *     (always empty under {@link InvalidRowPolicy#FAIL})
 * @since 0.1.0
 */
public record MappedRecords<T>(Dataset<T> records, Dataset<Row> rejected) {

    /** The name of the column that holds why a row was rejected. */
    public static final String REJECTION = "rejection";

    /**
     * Creates the pair.
     *
     * @param records  the valid rows as records, not null
     * @param rejected  the invalid rows with their messages, not null
     */
    public MappedRecords {
        Objects.requireNonNull(records, "records");
        Objects.requireNonNull(rejected, "rejected");
    }
}
