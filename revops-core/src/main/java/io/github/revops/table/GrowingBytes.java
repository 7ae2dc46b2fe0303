package io.github.revops.table;

import java.util.Arrays;

/** An append-only byte column while a table is built. */
final class GrowingBytes {

    private byte[] values = new byte[16];
    private int size;

    /** Makes room for {@code more} values beyond the current size, so that adding them copies nothing. */
    void reserve(int more) {
        if (values.length - size < more) {
            values = Arrays.copyOf(values, Math.addExact(size, more));
        }
    }

    void add(byte value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, values.length * 2);
        }
        values[size++] = value;
    }

    byte get(int index) {
        return values[index];
    }

    byte[] toArray() {
        return Arrays.copyOf(values, size);
    }
}
