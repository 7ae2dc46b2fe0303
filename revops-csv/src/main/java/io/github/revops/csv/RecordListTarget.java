package io.github.revops.csv;

import java.util.ArrayList;
import java.util.Arrays;
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
        return new RunsWhole<>();
    }

    /**
     * The records in file order, kept as runs of the parts' lists (a part's records between the rows the merge
     * refused) and copied once into a list of the exact size at the end, rather than into a list that grows by
     * copying itself (docs/decisions/0057).
     */
    private static final class RunsWhole<T> implements Whole<List<T>, T, List<T>> {

        /** Each run's list: a part's, or one of the records the Commons CSV path appended one at a time. */
        private final List<List<T>> lists = new ArrayList<>();
        /** The list the records appended one at a time go to, the last run's list while they come. */
        private List<T> loose;
        /** Each run's first and end index in its list. */
        private int[] runs = new int[64];
        private int size;

        @Override
        public void append(List<T> part, int index) {
            int last = lists.size() - 1;
            if (last >= 0 && lists.get(last) == part && runs[2 * last + 1] == index) {
                runs[2 * last + 1] = index + 1;
            } else {
                add(part, index);
            }
            size++;
        }

        @Override
        public void append(T record) {
            int last = lists.size() - 1;
            if (last < 0 || lists.get(last) != loose) {
                loose = new ArrayList<>();
                add(loose, 0);   // the run [0, 1): the record added next
            }
            loose.add(record);
            runs[2 * lists.size() - 1] = loose.size();
            size++;
        }

        private void add(List<T> list, int from) {
            int run = lists.size();
            if (2 * run + 2 > runs.length) {
                runs = Arrays.copyOf(runs, 2 * runs.length);
            }
            lists.add(list);
            runs[2 * run] = from;
            runs[2 * run + 1] = from + 1;
        }

        @Override
        public List<T> build(String source) {
            List<T> records = new ArrayList<>(size);
            for (int run = 0; run < lists.size(); run++) {
                records.addAll(lists.get(run).subList(runs[2 * run], runs[2 * run + 1]));
            }
            return records;
        }
    }
}
