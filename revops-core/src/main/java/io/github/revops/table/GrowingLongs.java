package io.github.revops.table;

import java.util.Arrays;

/** An append-only long column while a table is built. */
final class GrowingLongs {

    private long[] values = new long[16];
    private int size;

    /** Makes room for {@code more} values beyond the current size, so that adding them copies nothing. */
    void reserve(int more) {
        if (values.length - size < more) {
            values = Arrays.copyOf(values, Math.addExact(size, more));
        }
    }

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
