package io.github.revops.table;

import io.github.revops.internal.HashSpread;

import java.util.Arrays;

/**
 * Gives each distinct string a code while a table is built; {@link #sort()} then renumbers the codes so that code
 * order is the strings' natural order, and results grouped by code come out in key order without a sort.
 *
 * <p>The codes live in an open-addressing hash table of primitive slots (the string's hash and its code), so a
 * lookup allocates nothing, boxes nothing and stores no reference (a reference store costs a garbage collector
 * barrier; remembering the last value looked up made a lookup several times slower).
 */
final class DictionaryBuilder implements TextDictionary {

    private static final int FIRST_CAPACITY = 16;

    /** Per slot: the value's hash in the high half, its code + 1 in the low half; 0 for an empty slot. */
    private long[] slots = new long[FIRST_CAPACITY];
    /** The values by first-sight code. */
    private String[] values = new String[FIRST_CAPACITY / 2];
    private int size;

    /** Returns the code of a value, adding it on first sight. */
    @Override
    public int code(String value) {
        int hash = value.hashCode();
        int mask = slots.length - 1;
        int i = HashSpread.spread(hash) & mask;
        while (true) {
            long slot = slots[i];
            if (slot == 0) {
                return add(value, hash, i);
            }
            int code = (int) slot - 1;
            if ((int) (slot >>> 32) == hash && same(values[code], value)) {
                return code;
            }
            i = (i + 1) & mask;
        }
    }

    /** Returns the number of distinct values. */
    int size() {
        return size;
    }

    /** The values in sorted order and, for each code given so far, its new (sorted) code. */
    Sorted sort() {
        String[] sorted = Arrays.copyOf(values, size);
        Arrays.sort(sorted);
        int[] remap = new int[size];
        for (int i = 0; i < size; i++) {
            remap[code(sorted[i])] = i;
        }
        return new Sorted(sorted, remap);
    }

    /**
     * Builds the column of a table: the sorted dictionary and the first {@code size} first-sight codes of
     * {@code codes}, renumbered.
     *
     * @param codes  the first-sight code of each row, {@link CodeColumn#ABSENT} for a row without a value
     * @param size  the number of rows
     * @return the column, never null
     */
    @Override
    public CodeColumn column(GrowingInts codes, int size) {
        Sorted sorted = sort();
        return new CodeColumn(sorted.values(), sorted.apply(codes.array(), size), 0, size);
    }

    private int add(String value, int hash, int slot) {
        int code = size++;
        if (code == values.length) {
            values = Arrays.copyOf(values, 2 * values.length);
        }
        values[code] = value;
        slots[slot] = (long) hash << 32 | (code + 1L);
        if (2 * size > slots.length) {
            rehash();
        }
        return code;
    }

    private void rehash() {
        long[] bigger = new long[2 * slots.length];
        int mask = bigger.length - 1;
        for (long slot : slots) {
            if (slot != 0) {
                int i = HashSpread.spread((int) (slot >>> 32)) & mask;
                while (bigger[i] != 0) {
                    i = (i + 1) & mask;
                }
                bigger[i] = slot;
            }
        }
        slots = bigger;
    }

    private static boolean same(String known, String value) {
        return known == value || known.equals(value);
    }


    /** Sorted values and the map from a first-sight code to the sorted code. */
    record Sorted(String[] values, int[] remap) {

        /** Copies the first {@code size} codes as sorted codes; negative codes (absent) are kept. */
        int[] apply(int[] column, int size) {
            int[] out = Arrays.copyOf(column, size);
            for (int i = 0; i < size; i++) {
                if (out[i] >= 0) {
                    out[i] = remap[out[i]];
                }
            }
            return out;
        }
    }
}
