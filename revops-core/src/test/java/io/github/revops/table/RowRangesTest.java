package io.github.revops.table;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntPredicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

/**
 * {@link RowRanges}: the ranges cover {@code [0, size)} exactly, in order, none empty, at most {@code parts} of them,
 * and every cut falls on a boundary row, whatever the boundary rule (including one that does not hold at
 * {@code size}, which the tables' rules always do).
 */
class RowRangesTest {

    @Test
    void rangesCoverEveryRowOnceAndCutOnlyAtBoundaries() {
        qt().withExamples(400).forAll(longs().all(), integers().between(0, 60), integers().between(1, 12))
                .checkAssert((seed, size, parts) -> {
                    boolean[] marks = randomMarks(seed, size);
                    IntPredicate boundary = row -> marks[row];
                    List<int[]> ranges = RowRanges.aligned(size, parts, boundary);
                    assertThat(ranges.size()).isLessThanOrEqualTo(parts);
                    int at = 0;
                    for (int[] range : ranges) {
                        assertThat(range[0]).isEqualTo(at);
                        assertThat(range[1]).isGreaterThan(range[0]).isLessThanOrEqualTo(size);
                        if (at > 0) {
                            assertThat(marks[at]).as("cut at row %d", at).isTrue();
                        }
                        at = range[1];
                    }
                    assertThat(at).isEqualTo(size);
                });
    }

    @Test
    void aRangeRunsOnToTheNextBoundaryOrTheEnd() {
        // 10 rows in 2 parts: the cut at 5 moves on to the boundary at 7
        assertThat(RowRanges.aligned(10, 2, row -> row == 7)).containsExactly(new int[] {0, 7}, new int[] {7, 10});
        // no boundary after row 0: one range, ending at the last row, not past it
        assertThat(RowRanges.aligned(10, 4, row -> row == 0)).containsExactly(new int[] {0, 10});
        // 8 rows in 4 parts, cuts at 2, 4 and 6: 2 moves on to 5, 4 is inside that range and skipped, 6 moves to 8
        assertThat(RowRanges.aligned(8, 4, row -> row == 5)).containsExactly(new int[] {0, 5}, new int[] {5, 8});
        // non-boundary rows move each cut on by one: 2 to 3, 6 to 7
        assertThat(RowRanges.aligned(8, 4, row -> row % 4 != 2)).containsExactly(
                new int[] {0, 3}, new int[] {3, 4}, new int[] {4, 7}, new int[] {7, 8});
        assertThat(RowRanges.even(10, 3)).containsExactly(new int[] {0, 3}, new int[] {3, 6}, new int[] {6, 10});
        // fewer rows than parts: one row each
        assertThat(RowRanges.even(2, 5)).containsExactly(new int[] {0, 1}, new int[] {1, 2});
        assertThat(RowRanges.even(0, 3)).isEmpty();
    }

    @Test
    void lessThanOnePartIsRefused() {
        assertThatThrownBy(() -> RowRanges.even(5, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("parts (0) must be >= 1");
    }

    /** Each row a boundary with probability one in three, row 0 sometimes not. */
    private static boolean[] randomMarks(long seed, int size) {
        SplittableRandom random = new SplittableRandom(seed);
        boolean[] marks = new boolean[size + 1];
        for (int r = 0; r <= size; r++) {
            marks[r] = random.nextInt(3) == 0;
        }
        return marks;
    }
}
