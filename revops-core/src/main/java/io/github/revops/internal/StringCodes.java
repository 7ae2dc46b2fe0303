package io.github.revops.internal;

import java.util.Arrays;

/**
 * Gives each distinct string a small int code, in order of first sight, with an open-addressing hash table on the
 * strings' cached hash codes: nothing is boxed and nothing is allocated per lookup. {@link #sortedRanks()} then gives
 * each code its rank in the strings' natural order, so that groups by code can be visited in key order.
 *
 * <p>While the strings arrive in increasing order, repeats of the last one aside (ids of an export sorted by
 * customer), a new string is recognised by one comparison with the last and no hash table is kept; the first string
 * out of order builds the table from the strings so far.
 * <pre>{@code
 * StringCodes codes = new StringCodes(16);
 * codes.code("Globex");    // 0
 * codes.code("ACME");      // 1
 * codes.code("Globex");    // 0
 * codes.sortedRanks();     // [1, 0]: "ACME" sorts first
 * }</pre>
 * Not thread-safe.
 *
 * <p>Internal: this package is not exported by the module and may change in any release.
 */
public final class StringCodes {

    private String[] slots;
    private int[] slotCodes;
    private String[] values;
    private int size;
    /** Whether the strings so far came in increasing order, so that the hash table is not built yet. */
    private boolean ordered = true;

    /**
     * Creates an empty dictionary.
     *
     * @param expected  about how many distinct strings will come, not negative (a hint)
     */
    public StringCodes(int expected) {
        values = new String[Math.max(16, expected)];
    }

    /**
     * Returns the code of a string, giving it the next code on first sight.
     *
     * @param value  the string, not null
     * @return its code, 0 to {@code size() - 1}
     */
    public int code(String value) {
        if (ordered) {
            if (size == 0 || values[size - 1].compareTo(value) < 0) {
                return append(value);
            }
            if (values[size - 1].equals(value)) {
                return size - 1;
            }
            ordered = false;
            index();
        }
        int mask = slots.length - 1;
        int i = slot(value, mask);
        while (true) {
            String s = slots[i];
            if (s == null) {
                return insert(value, i);
            }
            if (s == value || s.equals(value)) {
                return slotCodes[i];
            }
            i = (i + 1) & mask;
        }
    }

    /**
     * Returns the number of distinct strings.
     *
     * @return the number of codes given
     */
    public int size() {
        return size;
    }

    /**
     * Returns the string of a code.
     *
     * @param code  the code, 0 to {@code size() - 1}
     * @return the string, never null
     */
    public String value(int code) {
        return values[code];
    }

    /**
     * Returns each code's rank in the natural order of the strings.
     *
     * @return the rank of each code, indexed by code
     */
    public int[] sortedRanks() {
        int[] rank = new int[size];
        if (ordered) {
            Arrays.setAll(rank, c -> c);
            return rank;
        }
        String[] sorted = Arrays.copyOf(values, size);
        Arrays.sort(sorted);
        for (int r = 0; r < size; r++) {
            rank[code(sorted[r])] = r;
        }
        return rank;
    }

    /**
     * The first slot to probe: the hash code scrambled by a multiplication (Fibonacci hashing), because ids such as
     * "C00000123" have consecutive hash codes, which would pile up in one run of slots under linear probing.
     */
    private static int slot(String value, int mask) {
        return (value.hashCode() * 0x9E3779B9) >>> Integer.numberOfLeadingZeros(mask);
    }

    private int insert(String value, int slot) {
        slots[slot] = value;
        slotCodes[slot] = size;
        int code = append(value);
        if (size * 2 > slots.length) {
            index();
        }
        return code;
    }

    private int append(String value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size] = value;
        return size++;
    }

    /** Builds the hash table of the strings so far, at most half full. */
    private void index() {
        int capacity = Integer.highestOneBit(Math.max(16, size) * 4 - 1);
        slots = new String[capacity];
        slotCodes = new int[capacity];
        int mask = capacity - 1;
        for (int code = 0; code < size; code++) {
            int i = slot(values[code], mask);
            while (slots[i] != null) {
                i = (i + 1) & mask;
            }
            slots[i] = values[code];
            slotCodes[i] = code;
        }
    }
}
