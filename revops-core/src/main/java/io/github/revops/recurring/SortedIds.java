package io.github.revops.recurring;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Sorted, duplicate-free id lists: the customers behind a movement, the contracts up for renewal. */
final class SortedIds {

    private SortedIds() {
    }

    /** Copies ids into an unmodifiable list, checking that they are strictly increasing. */
    static List<String> copyOf(Collection<String> ids, String name) {
        List<String> copy = List.copyOf(ids);
        for (int i = 1; i < copy.size(); i++) {
            if (copy.get(i - 1).compareTo(copy.get(i)) >= 0) {
                throw new IllegalArgumentException(name + " (" + copy + ") must be sorted and without duplicates");
            }
        }
        return copy;
    }

    /**
     * Merges two sorted lists of ids that must not share an id: results combine only across disjoint customers.
     */
    static List<String> mergeDisjoint(List<String> a, List<String> b, String name) {
        if (b.isEmpty()) {
            return a;
        }
        if (a.isEmpty()) {
            return b;
        }
        List<String> merged = new ArrayList<>(a.size() + b.size());
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (j == b.size()) {
                merged.add(a.get(i++));
            } else if (i == a.size()) {
                merged.add(b.get(j++));
            } else {
                int c = a.get(i).compareTo(b.get(j));
                if (c == 0) {
                    throw new IllegalArgumentException(name + ": '" + a.get(i) + "' is in both results; combine"
                            + " results of disjoint customers only (partition by customer), or merge accumulators");
                }
                merged.add(c < 0 ? a.get(i++) : b.get(j++));
            }
        }
        return List.copyOf(merged);
    }
}
