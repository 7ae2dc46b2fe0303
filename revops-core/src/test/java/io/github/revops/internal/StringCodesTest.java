package io.github.revops.internal;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

class StringCodesTest {

    @Test
    void codesFollowFirstSightAndRanksFollowTextOrder() {
        StringCodes codes = new StringCodes(0);
        assertThat(codes.code("Globex")).isZero();
        assertThat(codes.code("ACME")).isEqualTo(1);
        assertThat(codes.code("Globex")).isZero();
        assertThat(codes.code("Initech")).isEqualTo(2);
        assertThat(codes.size()).isEqualTo(3);
        assertThat(codes.value(1)).isEqualTo("ACME");
        assertThat(codes.sortedRanks()).containsExactly(1, 0, 2);
    }

    @Test
    void idsInIncreasingOrderKeepTheirCodesAsRanksAndRepeatsFindTheirCode() {
        StringCodes codes = new StringCodes(4);
        for (String id : List.of("C-1", "C-1", "C-2", "C-3", "C-3")) {
            codes.code(id);
        }
        assertThat(codes.sortedRanks()).containsExactly(0, 1, 2);
        // an earlier id after the order broke is found, not given a new code
        assertThat(codes.code("C-2")).isEqualTo(1);
        assertThat(codes.code("C-0")).isEqualTo(3);
        assertThat(codes.code("C-1")).isZero();
        assertThat(codes.sortedRanks()).containsExactly(1, 2, 3, 0);
    }

    @Test
    void anyOrderOfManyIdsWithConsecutiveHashCodesAgreesWithAMap() {
        // ids such as "C00000123" have consecutive hash codes; the table must neither lose nor duplicate any
        qt().withExamples(40).forAll(longs().all(), integers().between(1, 20_000)).checkAssert((seed, n) -> {
            SplittableRandom random = new SplittableRandom(seed);
            StringCodes codes = new StringCodes(random.nextInt(3) == 0 ? n : 1);
            Map<String, Integer> expected = new HashMap<>();
            List<String> firstSight = new ArrayList<>();
            boolean sorted = random.nextBoolean();
            for (int i = 0; i < 2 * n; i++) {
                int k = sorted ? i / 2 : random.nextInt(n);
                String id = String.format("C%08d", k);
                int code = codes.code(new String(id.toCharArray()));
                Integer known = expected.putIfAbsent(id, code);
                if (known == null) {
                    assertThat(code).isEqualTo(firstSight.size());
                    firstSight.add(id);
                } else {
                    assertThat(code).isEqualTo(known);
                }
            }
            assertThat(codes.size()).isEqualTo(firstSight.size());
            int[] ranks = codes.sortedRanks();
            List<String> inOrder = new ArrayList<>(new TreeSet<>(firstSight));
            for (int c = 0; c < firstSight.size(); c++) {
                assertThat(inOrder.get(ranks[c])).isEqualTo(firstSight.get(c));
                assertThat(codes.value(c)).isEqualTo(firstSight.get(c));
            }
        });
    }
}
