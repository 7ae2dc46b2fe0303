package io.github.revops.spark;

import io.github.revops.domain.InvalidRecordException;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.util.Collections;
import java.util.Iterator;
import java.util.Objects;

/** Applies a {@link RowReader} to a frame under an {@link InvalidRowPolicy}. */
final class RowMapping {

    private RowMapping() {
    }

    /**
     * Maps every row of a frame.
     *
     * @param <T>  the record type
     * @param frame  the rows
     * @param reader  makes a record of a row
     * @param encoder  the record encoder
     * @param policy  what to do with an invalid row
     * @return the records and the rejected rows
     */
    static <T> MappedRecords<T> map(Dataset<Row> frame, RowReader<T> reader, Encoder<T> encoder,
                                    InvalidRowPolicy policy) {
        Objects.requireNonNull(policy, "policy");
        StructType rejectedSchema = frame.schema().add(MappedRecords.REJECTION, DataTypes.StringType, false);
        Encoder<Row> rejectedEncoder = Encoders.row(rejectedSchema);
        if (policy == InvalidRowPolicy.FAIL) {
            Dataset<T> records = frame.map((MapFunction<Row, T>) reader::read, encoder);
            return new MappedRecords<>(records, frame.sparkSession().emptyDataset(rejectedEncoder));
        }
        Dataset<T> records = frame.flatMap((FlatMapFunction<Row, T>) row -> valid(reader, row), encoder);
        Dataset<Row> rejected = frame.flatMap((FlatMapFunction<Row, Row>) row -> rejection(reader, row),
                rejectedEncoder);
        return new MappedRecords<>(records, rejected);
    }

    private static <T> Iterator<T> valid(RowReader<T> reader, Row row) {
        T record;
        try {
            record = reader.read(row);
        } catch (InvalidRecordException e) {
            return Collections.emptyIterator();
        }
        return Collections.singletonList(record).iterator();
    }

    private static <T> Iterator<Row> rejection(RowReader<T> reader, Row row) {
        try {
            reader.read(row);
            return Collections.emptyIterator();
        } catch (InvalidRecordException e) {
            Object[] values = new Object[row.length() + 1];
            for (int i = 0; i < row.length(); i++) {
                values[i] = row.get(i);
            }
            values[row.length()] = e.getMessage();
            return Collections.singletonList(RowFactory.create(values)).iterator();
        }
    }
}
