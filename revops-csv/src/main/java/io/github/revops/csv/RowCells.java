package io.github.revops.csv;

import java.util.Arrays;

/** The values of the record the byte parser read last, in an array reused from record to record. */
final class RowCells implements Cells {

    private String[] values = new String[16];
    private int size;

    void clear() {
        size = 0;
    }

    void add(String value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = value;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public String get(int index) {
        return values[java.util.Objects.checkIndex(index, size)];
    }
}
