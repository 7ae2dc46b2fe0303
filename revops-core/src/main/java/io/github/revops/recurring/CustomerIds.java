package io.github.revops.recurring;

import java.util.Arrays;
import java.util.List;

/**
 * The customers of a movement or a churn, appended while a column table is scanned in increasing code order, so in
 * increasing id order (the dictionary is sorted): a growing array of ids, wrapped once at the end as a sorted list
 * without comparing the ids again. Not thread-safe.
 */
final class CustomerIds {

    private String[] ids = new String[16];
    private int size;

    /** Appends a customer's id, greater than the last one appended. */
    void add(String id) {
        if (size == ids.length) {
            ids = Arrays.copyOf(ids, size * 2);
        }
        ids[size++] = id;
    }

    /** The ids, as a sorted list (see {@link SortedIds#inOrder(String[])}). */
    List<String> ids() {
        return SortedIds.inOrder(Arrays.copyOf(ids, size));
    }
}
