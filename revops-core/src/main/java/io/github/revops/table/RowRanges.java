package io.github.revops.table;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/** Cuts {@code [0, size)} into consecutive non-empty ranges for parallel evaluation. */
final class RowRanges {

    private RowRanges() {
    }

    /** Nearly equal ranges, at most {@code parts} of them. */
    static List<int[]> even(int size, int parts) {
        return aligned(size, parts, row -> true);
    }

    /**
     * Nearly equal ranges whose cuts fall only on rows where {@code boundary} holds (a cut at row r means r starts a
     * new range), at most {@code parts} of them.
     */
    static List<int[]> aligned(int size, int parts, IntPredicate boundary) {
        if (parts < 1) {
            throw new IllegalArgumentException("parts (" + parts + ") must be >= 1");
        }
        List<int[]> ranges = new ArrayList<>();
        int from = 0;
        for (int p = 1; p <= parts && from < size; p++) {
            int to = p == parts ? size : (int) ((long) size * p / parts);
            while (to < size && to > from && !boundary.test(to)) {
                to++;
            }
            if (to > from) {
                ranges.add(new int[] {from, to});
                from = to;
            }
        }
        return ranges;
    }
}
