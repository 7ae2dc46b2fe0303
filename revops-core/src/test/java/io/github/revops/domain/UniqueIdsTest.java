package io.github.revops.domain;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

/** The id check names the first id, in iteration order, that an earlier record had, as a hash set would find it. */
class UniqueIdsTest {

    @Test
    void namesTheSameDuplicateAsAHashSetOnRandomIds() {
        qt().withExamples(300).forAll(longs().all(), integers().between(0, 300), integers().between(1, 400))
                .checkAssert((seed, size, distinct) -> {
                    SplittableRandom random = new SplittableRandom(seed);
                    List<String> ids = new ArrayList<>();
                    for (int i = 0; i < size; i++) {
                        ids.add("D-" + random.nextInt(distinct));
                    }
                    Optional<String> expected = firstRepeat(ids);
                    if (expected.isPresent()) {
                        assertThatThrownBy(() -> UniqueIds.check(ids, Function.identity(), "deal"))
                                .isInstanceOfSatisfying(InvalidRecordException.class,
                                        e -> assertThat(e.id()).isEqualTo(expected.get()));
                    } else {
                        UniqueIds.check(ids, Function.identity(), "deal");
                    }
                });
    }

    @Test
    void idsThatShareOneHashAreComparedInSortedOrder() {
        // "Aa" and "BB" have the same String hash, so all 2^16 words of 16 such blocks share one hash: a check that
        // compared every pair would make 2 billion comparisons
        List<String> ids = collidingWords(16);
        assertThat(ids.get(0).hashCode()).isEqualTo(ids.get(ids.size() - 1).hashCode());
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> UniqueIds.check(ids, Function.identity(), "deal"));
        ids.add(ids.get(40_000));
        ids.add(ids.get(7));
        assertTimeoutPreemptively(Duration.ofSeconds(30), () ->
                assertThatThrownBy(() -> UniqueIds.check(ids, Function.identity(), "deal"))
                        .isInstanceOf(InvalidRecordException.class)
                        .hasMessage("deal '" + ids.get(40_000) + "': id (" + ids.get(40_000) + ") is not unique"));
    }

    @Test
    void aNullIdIsRejected() {
        List<String> ids = new ArrayList<>(List.of("a", "b"));
        ids.add(null);
        assertThatThrownBy(() -> UniqueIds.check(ids, Function.identity(), "deal"))
                .isInstanceOf(NullPointerException.class).hasMessage("id");
    }

    /** The first id that an earlier position already held, by a hash set. */
    private static Optional<String> firstRepeat(List<String> ids) {
        Set<String> seen = new HashSet<>();
        for (String id : ids) {
            if (!seen.add(id)) {
                return Optional.of(id);
            }
        }
        return Optional.empty();
    }

    private static List<String> collidingWords(int blocks) {
        List<String> words = new ArrayList<>(List.of(""));
        for (int b = 0; b < blocks; b++) {
            List<String> longer = new ArrayList<>(2 * words.size());
            for (String w : words) {
                longer.add(w + "Aa");
                longer.add(w + "BB");
            }
            words = longer;
        }
        return words;
    }
}
