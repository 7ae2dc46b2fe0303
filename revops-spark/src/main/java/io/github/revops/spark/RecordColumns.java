package io.github.revops.spark;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;

import java.io.Serializable;

/**
 * What every column mapping does: check its columns against a frame's schema, then make a record of each row, failing
 * on or collecting the invalid rows.
 *
 * @param <T>  the record type
 */
abstract class RecordColumns<T> implements Serializable {

    private static final long serialVersionUID = 1L;

    RecordColumns() {
    }

    /**
     * Maps a frame's rows to records; the first invalid row fails the job, with the core's message, when an action
     * runs ({@link InvalidRowPolicy#FAIL}).
     *
     * @param frame  the rows, not null
     * @return the records, never null
     * @throws IllegalArgumentException if a mapped column is missing or of a type that cannot hold its field
     */
    public Dataset<T> map(Dataset<Row> frame) {
        return map(frame, InvalidRowPolicy.FAIL).records();
    }

    /**
     * Maps a frame's rows to records, failing on or collecting the invalid rows as the policy says.
     *
     * @param frame  the rows, not null
     * @param policy  what to do with an invalid row, not null
     * @return the records and the rejected rows, never null
     * @throws IllegalArgumentException if a mapped column is missing or of a type that cannot hold its field
     */
    public MappedRecords<T> map(Dataset<Row> frame, InvalidRowPolicy policy) {
        return RowMapping.map(frame, reader(frame.schema()), encoder(), policy);
    }

    /**
     * Resolves the columns in a schema and returns the row reader.
     *
     * @param schema  the frame's schema
     * @return the reader
     * @throws IllegalArgumentException if a mapped column is missing or of a type that cannot hold its field
     */
    abstract RowReader<T> reader(StructType schema);

    /**
     * Returns the record encoder.
     *
     * @return the encoder
     */
    abstract Encoder<T> encoder();

    /**
     * Checks that a required field has a column.
     *
     * @param record  the record name
     * @param column  the column, or null
     * @param field  the field
     * @return the column
     * @throws IllegalStateException if there is no column
     */
    static String required(String record, String column, String field) {
        if (column == null) {
            throw new IllegalStateException(record + " mapping needs a column for " + field);
        }
        return column;
    }
}
