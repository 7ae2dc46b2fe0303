package io.github.revops.table;

import io.github.revops.internal.StringCodes;

/**
 * The dictionary of the subscription table's customer ids: {@link StringCodes}, which recognises ids that arrive in
 * increasing order without hashing them (exports sorted by customer), and the previous row's id recognised without
 * a lookup, since a customer's segments usually come together. Not thread-safe.
 */
final class SortedIdCodes implements TextDictionary {

    private final StringCodes codes = new StringCodes(16);
    private String last;
    private int lastCode;

    @Override
    public int code(String value) {
        if (value != last && !value.equals(last)) {
            lastCode = codes.code(value);
            last = value;
        }
        return lastCode;
    }

    @Override
    public CodeColumn column(GrowingInts firstSight, int size) {
        int[] rank = codes.sortedRanks();
        String[] values = new String[rank.length];
        for (int c = 0; c < rank.length; c++) {
            values[rank[c]] = codes.value(c);
        }
        int[] sorted = new int[size];
        int[] column = firstSight.array();
        for (int r = 0; r < size; r++) {
            sorted[r] = rank[column[r]];
        }
        return new CodeColumn(values, sorted, 0, size);
    }
}
