package io.github.revops.table;

import java.util.Arrays;

/** An append-only long column while a table is built. */
final class GrowingLongs {

    private long[] values = new long[16];
    private int size;

    void add(long value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, values.length * 2);
        }
        values[size++] = value;
    }

    long get(int index) {
        return values[index];
    }

    long[] toArray() {
        return Arrays.copyOf(values, size);
    }
}
