package io.github.revops.csv;

import java.util.ArrayList;
import java.util.List;

/**
 * Rows into a list of records, for the record reader's {@link CsvReader#readAll(java.nio.file.Path)} on the byte
 * parser (docs/decisions/0129): each chunk maps its rows with the record reader's own mapper in a worker thread, and
 * the whole appends the kept records in file order. The records, the errors and the set-aside rows are the mapper's,
 * so they equal the Commons CSV path's. Immutable and thread-safe; parts and wholes are not.
 *
 * @param <F>  the record's field enum
 * @param <T>  the record type
 */
final class RecordListTarget<F extends Enum<F> & CsvField, T> implements ColumnTarget<F, T, List<T>, List<T>> {

    private final RowMapper<F, T> mapper;

    RecordListTarget(RowMapper<F, T> mapper) {
        this.mapper = mapper;
    }

    @Override
    public Part<F, List<T>> newPart() {
        List<T> records = new ArrayList<>();
        RowMapper<F, T> chunkMapper = mapper.forOneChunk();
        return new Part<>() {
            @Override
            public boolean add(Row<F> row) {
                return records.add(chunkMapper.map(row));
            }

            @Override
            public List<T> build() {
                return records;
            }
        };
    }

    @Override
    public boolean keepsRecords() {
        return true;
    }

    @Override
    public Whole<List<T>, T, List<T>> newWhole() {
        List<T> records = new ArrayList<>();
        return new Whole<>() {
            @Override
            public void append(List<T> part, int index) {
                records.add(part.get(index));
            }

            @Override
            public void append(T record) {
                records.add(record);
            }

            @Override
            public List<T> build(String source) {
                return records;
            }
        };
    }
}
