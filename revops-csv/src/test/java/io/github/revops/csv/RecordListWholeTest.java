package io.github.revops.csv;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

/** The record reader's whole keeps runs of its parts and copies them once, in order (docs/decisions/0057). */
class RecordListWholeTest {

    private static ColumnTarget.Whole<List<String>, String, List<String>> whole() {
        return new RecordListTarget<DealField, String>(row -> "unused").newWhole();
    }

    @Test
    void partsRowsRefusedRowsAndLooseRecordsComeOutInOrder() {
        List<String> first = List.of("a0", "a1", "a2", "a3");
        List<String> second = List.of("b0", "b1");
        ColumnTarget.Whole<List<String>, String, List<String>> whole = whole();
        whole.append(first, 0);
        whole.append(first, 1);
        whole.append(first, 3);   // a2 refused by the merge (a repeated id)
        whole.append("x");        // read by Commons CSV after the byte parser gave up
        whole.append("y");
        whole.append(second, 1);
        whole.append("z");
        List<String> records = whole.build("f.csv");
        assertThat(records).containsExactly("a0", "a1", "a3", "x", "y", "b1", "z");
        records.add("more");   // the result is the caller's list, as before
        assertThat(records).hasSize(8);
        assertThat(whole().build("empty.csv")).isEmpty();
    }

    @Test
    void theWholeListsWhatAnArrayListOfTheSameAppendsLists() {
        qt().withExamples(300).forAll(longs().all()).checkAssert(seed -> {
            SplittableRandom random = new SplittableRandom(seed);
            ColumnTarget.Whole<List<String>, String, List<String>> whole = whole();
            List<String> expected = new ArrayList<>();
            int parts = random.nextInt(6);
            for (int p = 0; p < parts; p++) {
                List<String> part = new ArrayList<>();
                int rows = random.nextInt(200);
                for (int i = 0; i < rows; i++) {
                    part.add(p + ":" + i);
                }
                for (int i = 0; i < rows; i++) {
                    if (random.nextInt(10) > 0) {   // a row the merge keeps
                        whole.append(part, i);
                        expected.add(part.get(i));
                    }
                    if (random.nextInt(50) == 0) {   // records of the Commons CSV path between
                        for (int k = random.nextInt(3); k >= 0; k--) {
                            whole.append("loose " + p + ":" + i + ":" + k);
                            expected.add("loose " + p + ":" + i + ":" + k);
                        }
                    }
                }
            }
            assertThat(whole.build("f.csv")).isEqualTo(expected);
        });
    }
}
