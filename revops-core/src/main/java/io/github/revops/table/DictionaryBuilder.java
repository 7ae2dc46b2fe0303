package io.github.revops.table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Gives each distinct string a code while a table is built; {@link #sort()} then renumbers the codes so that code
 * order is the strings' natural order, and results grouped by code come out in key order without a sort.
 */
final class DictionaryBuilder {

    private final Map<String, Integer> codes = new HashMap<>();
    private final List<String> values = new ArrayList<>();

    /** Returns the code of a value, adding it on first sight. */
    int code(String value) {
        Integer code = codes.get(value);
        if (code == null) {
            code = values.size();
            codes.put(value, code);
            values.add(value);
        }
        return code;
    }

    /** Returns the number of distinct values. */
    int size() {
        return values.size();
    }

    /** The values in sorted order and, for each code given so far, its new (sorted) code. */
    Sorted sort() {
        String[] sorted = values.toArray(new String[0]);
        Arrays.sort(sorted);
        int[] remap = new int[sorted.length];
        for (int i = 0; i < sorted.length; i++) {
            remap[codes.get(sorted[i])] = i;
        }
        return new Sorted(sorted, remap);
    }

    /** Sorted values and the map from a first-sight code to the sorted code. */
    record Sorted(String[] values, int[] remap) {

        /** Rewrites codes in place: first-sight codes to sorted codes; negative codes (absent) are kept. */
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
