package io.github.revops.recurring;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Sorted id lists: a copy checks strict order, a merge of disjoint lists is their sorted union whichever way they
 * interleave, and an id in both lists is refused by name, including where the two lists only touch at their ends.
 */
class SortedIdsMergeTest {

    @Test
    void aCopyKeepsStrictlyIncreasingIdsAndRefusesTheRest() {
        List<String> copy = SortedIds.copyOf(new ArrayList<>(List.of("A-1", "A-2", "B-1")), "churned");
        assertThat(copy).containsExactly("A-1", "A-2", "B-1");
        assertThat(copy).hasSize(3);
        assertThat(copy.get(2)).isEqualTo("B-1");
        assertThatThrownBy(() -> copy.add("C-1")).isInstanceOf(UnsupportedOperationException.class);
        // a list made here is not checked or copied again
        assertThat(SortedIds.copyOf(copy, "churned")).isSameAs(copy);

        assertThatThrownBy(() -> SortedIds.copyOf(List.of("A-1", "B-1", "B-1"), "renewed"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("renewed ([A-1, B-1, B-1]) must be sorted and without duplicates");
        assertThatThrownBy(() -> SortedIds.copyOf(List.of("B-1", "A-1"), "renewed"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("renewed ([B-1, A-1]) must be sorted and without duplicates");
        assertThatThrownBy(() -> SortedIds.copyOf(Arrays.asList("A-1", null), "customers"))
                .isInstanceOf(NullPointerException.class).hasMessage("customers");
        assertThat(SortedIds.copyOf(List.of(), "customers")).isEmpty();
    }

    @Test
    void disjointListsMergeIntoTheirSortedUnionWhicheverWayTheyInterleave() {
        List<String> ace = SortedIds.copyOf(List.of("A", "C", "E"), "a");
        List<String> bd = SortedIds.copyOf(List.of("B", "D"), "b");
        List<String> fg = SortedIds.copyOf(List.of("F", "G"), "c");
        List<String> none = SortedIds.copyOf(List.of(), "none");

        assertThat(SortedIds.mergeDisjoint(ace, bd, "x")).containsExactly("A", "B", "C", "D", "E");
        assertThat(SortedIds.mergeDisjoint(bd, ace, "x")).containsExactly("A", "B", "C", "D", "E");
        // one list wholly before the other: a concatenation, in either argument order
        assertThat(SortedIds.mergeDisjoint(ace, fg, "x")).containsExactly("A", "C", "E", "F", "G");
        assertThat(SortedIds.mergeDisjoint(fg, ace, "x")).containsExactly("A", "C", "E", "F", "G");
        // the second list's tail runs out first, then the first's
        assertThat(SortedIds.mergeDisjoint(SortedIds.copyOf(List.of("A", "D"), "a"),
                SortedIds.copyOf(List.of("B", "C", "E", "F"), "b"), "x")).containsExactly("A", "B", "C", "D", "E", "F");
        // the empty list is the identity, on either side
        assertThat(SortedIds.mergeDisjoint(ace, none, "x")).isSameAs(ace);
        assertThat(SortedIds.mergeDisjoint(none, bd, "x")).isSameAs(bd);

        // a merged list is a checked one: copying it again returns it as it is
        List<String> merged = SortedIds.mergeDisjoint(ace, bd, "x");
        assertThat(SortedIds.copyOf(merged, "x")).isSameAs(merged);
        assertThat(merged.size()).isEqualTo(5);
    }

    @Test
    void anIdInBothListsIsRefusedEvenWhereTheListsOnlyTouch() {
        String message = "churned: 'C' is in both results; combine results of disjoint customers only (partition by"
                + " customer), or merge accumulators";
        List<String> ac = SortedIds.copyOf(List.of("A", "C"), "a");
        List<String> ce = SortedIds.copyOf(List.of("C", "E"), "b");
        // the last of one list is the first of the other: not a concatenation
        assertThatThrownBy(() -> SortedIds.mergeDisjoint(ac, ce, "churned"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(message);
        assertThatThrownBy(() -> SortedIds.mergeDisjoint(ce, ac, "churned"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(message);
        // and in the middle
        assertThatThrownBy(() -> SortedIds.mergeDisjoint(SortedIds.copyOf(List.of("A", "C", "E"), "a"),
                SortedIds.copyOf(List.of("B", "C", "D"), "b"), "churned"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    }

    @Test
    void customerIdsAppendedPastTheirFirstArrayComeBackInOrder() {
        CustomerIds ids = new CustomerIds();
        assertThat(ids.ids()).isEmpty();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String id = String.format("C-%03d", i);
            ids.add(id);
            expected.add(id);
        }
        List<String> list = ids.ids();
        assertThat(list).containsExactlyElementsOf(expected);
        assertThat(SortedIds.copyOf(list, "x")).isSameAs(list);
    }
}
