package io.github.revops.table;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link DictionaryBuilder}: a code per distinct string in order of first sight, the number of distinct strings,
 * and the sorted renumbering, past the first arrays' room (8 values, 16 slots).
 */
class DictionaryBuilderTest {

    @Test
    void givesEachDistinctStringItsFirstSightCodeAndCountsThem() {
        DictionaryBuilder dictionary = new DictionaryBuilder();
        assertThat(dictionary.size()).isZero();
        assertThat(List.of(dictionary.code("pear"), dictionary.code("apple"), dictionary.code("pear"),
                dictionary.code("fig"), dictionary.code("apple"))).containsExactly(0, 1, 0, 2, 1);
        assertThat(dictionary.size()).isEqualTo(3);
        DictionaryBuilder.Sorted sorted = dictionary.sort();
        assertThat(sorted.values()).containsExactly("apple", "fig", "pear");
        // first-sight code 0 (pear) is sorted code 2, 1 (apple) is 0, 2 (fig) is 1
        assertThat(sorted.remap()).containsExactly(2, 0, 1);
        assertThat(sorted.apply(new int[] {0, CodeColumn.ABSENT, 2, 1, 7}, 4)).containsExactly(2, -1, 1, 0);
    }

    @Test
    void keepsEveryCodeWhileItsArraysGrow() {
        DictionaryBuilder dictionary = new DictionaryBuilder();
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            texts.add("v" + (i * 7919 % 1_000));                 // 1,000 distinct texts in a scrambled order
        }
        for (int i = 0; i < texts.size(); i++) {
            assertThat(dictionary.code(texts.get(i))).isEqualTo(i);
            assertThat(dictionary.size()).isEqualTo(i + 1);
        }
        for (int i = 0; i < texts.size(); i++) {
            assertThat(dictionary.code(new String(texts.get(i)))).isEqualTo(i);   // an equal copy, not the same
        }
        assertThat(dictionary.size()).isEqualTo(1_000);
        String[] values = dictionary.sort().values();
        assertThat(values).hasSize(1_000).isSorted().startsWith("v0", "v1", "v10", "v100");
    }
}
