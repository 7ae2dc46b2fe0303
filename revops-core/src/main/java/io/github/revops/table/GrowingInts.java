package io.github.revops.table;

import java.util.Arrays;

/** An append-only int column while a table is built. */
final class GrowingInts {

    private int[] values = new int[16];
    private int size;

    /** Makes room for {@code more} values beyond the current size, so that adding them copies nothing. */
    void reserve(int more) {
        if (values.length - size < more) {
            values = Arrays.copyOf(values, Math.addExact(size, more));
        }
    }

    void add(int value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, values.length * 2);
        }
        values[size++] = value;
    }

    /** Pads the column with a value up to a size (for columns that appear after the first rows). */
    void fillTo(int target, int value) {
        while (size < target) {
            add(value);
        }
    }

    int size() {
        return size;
    }

    int get(int index) {
        return values[index];
    }

    void set(int index, int value) {
        values[index] = value;
    }

    /** The backing array; only the first {@link #size()} entries are meaningful. */
    int[] array() {
        return values;
    }

    int[] toArray() {
        return Arrays.copyOf(values, size);
    }
}
