package io.github.revops.recurring;

import java.util.AbstractList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * Sorted, duplicate-free id lists: the customers behind a movement, the contracts up for renewal. A list made here
 * is a {@link Checked} list, known to be strictly increasing, so copying it again or merging two of them never
 * compares what is already known to be in order: merging the results of customer-ordered parts (a split column
 * table) is a concatenation.
 */
final class SortedIds {

    private SortedIds() {
    }

    /** Copies ids into an unmodifiable list, checking that they are strictly increasing. */
    static List<String> copyOf(Collection<String> ids, String name) {
        if (ids instanceof Checked) {
            return (Checked) ids;
        }
        String[] copy = ids.toArray(new String[0]);
        for (int i = 0; i < copy.length; i++) {
            Objects.requireNonNull(copy[i], name);
            if (i > 0 && copy[i - 1].compareTo(copy[i]) >= 0) {
                throw new IllegalArgumentException(name + " (" + List.of(copy) + ") must be sorted and without"
                        + " duplicates");
            }
        }
        return new Checked(copy);
    }

    /**
     * Wraps ids that the caller produced in strictly increasing order (the codes of a column table's dictionary,
     * which is sorted, visited in code order) without comparing or copying them; the caller gives the array up.
     */
    static List<String> inOrder(String[] ids) {
        return new Checked(ids);
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
        if (a.get(a.size() - 1).compareTo(b.get(0)) < 0) {
            return concat(a, b);
        }
        if (b.get(b.size() - 1).compareTo(a.get(0)) < 0) {
            return concat(b, a);
        }
        String[] merged = new String[a.size() + b.size()];
        int i = 0;
        int j = 0;
        int k = 0;
        while (i < a.size() || j < b.size()) {
            if (j == b.size()) {
                merged[k++] = a.get(i++);
            } else if (i == a.size()) {
                merged[k++] = b.get(j++);
            } else {
                int c = a.get(i).compareTo(b.get(j));
                if (c == 0) {
                    throw new IllegalArgumentException(name + ": '" + a.get(i) + "' is in both results; combine"
                            + " results of disjoint customers only (partition by customer), or merge accumulators");
                }
                merged[k++] = c < 0 ? a.get(i++) : b.get(j++);
            }
        }
        return new Checked(merged);
    }

    private static List<String> concat(List<String> first, List<String> second) {
        String[] ids = new String[first.size() + second.size()];
        for (int i = 0; i < first.size(); i++) {
            ids[i] = first.get(i);
        }
        for (int i = 0; i < second.size(); i++) {
            ids[first.size() + i] = second.get(i);
        }
        return new Checked(ids);
    }

    /** An unmodifiable list of ids known to be strictly increasing. */
    private static final class Checked extends AbstractList<String> implements RandomAccess {

        private final String[] ids;

        Checked(String[] ids) {
            this.ids = ids;
        }

        @Override
        public String get(int index) {
            return ids[index];
        }

        @Override
        public int size() {
            return ids.length;
        }
    }
}
