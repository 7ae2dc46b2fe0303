package io.github.revops.internal;

import java.util.Arrays;

/**
 * Gives each distinct string a small int code, in order of first sight, with an open-addressing hash table on the
 * strings' cached hash codes: nothing is boxed and nothing is allocated per lookup. {@link #sortedRanks()} then gives
 * each code its rank in the strings' natural order, so that groups by code can be visited in key order.
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

    /**
     * Creates an empty dictionary.
     *
     * @param expected  about how many distinct strings will come, not negative (a hint)
     */
    public StringCodes(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected) * 2 - 1) * 2;
        slots = new String[capacity];
        slotCodes = new int[capacity];
        values = new String[Math.max(16, expected)];
    }

    /**
     * Returns the code of a string, giving it the next code on first sight.
     *
     * @param value  the string, not null
     * @return its code, 0 to {@code size() - 1}
     */
    public int code(String value) {
        int mask = slots.length - 1;
        int h = value.hashCode();
        int i = (h ^ (h >>> 16)) & mask;
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
        Integer[] byValue = new Integer[size];
        boolean inOrder = true;
        for (int c = 0; c < size; c++) {
            byValue[c] = c;
            inOrder &= c == 0 || values[c - 1].compareTo(values[c]) < 0;
        }
        int[] rank = new int[size];
        if (inOrder) {
            Arrays.setAll(rank, c -> c);
            return rank;
        }
        Arrays.sort(byValue, (a, b) -> values[a].compareTo(values[b]));
        for (int r = 0; r < size; r++) {
            rank[byValue[r]] = r;
        }
        return rank;
    }

    private int insert(String value, int slot) {
        int code = size++;
        slots[slot] = value;
        slotCodes[slot] = code;
        if (code == values.length) {
            values = Arrays.copyOf(values, code * 2);
        }
        values[code] = value;
        if (size * 2 > slots.length) {
            rehash();
        }
        return code;
    }

    private void rehash() {
        String[] old = slots;
        int[] oldCodes = slotCodes;
        slots = new String[old.length * 2];
        slotCodes = new int[old.length * 2];
        int mask = slots.length - 1;
        for (int j = 0; j < old.length; j++) {
            if (old[j] != null) {
                int h = old[j].hashCode();
                int i = (h ^ (h >>> 16)) & mask;
                while (slots[i] != null) {
                    i = (i + 1) & mask;
                }
                slots[i] = old[j];
                slotCodes[i] = oldCodes[j];
            }
        }
    }
}
