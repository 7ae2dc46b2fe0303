package io.github.revops.internal;

import io.github.revops.domain.InvalidRecordException;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

/**
 * The one id check: with the hashes a record keeps, and with hashes forced to collide (the seam: {@link IdCheck#add(int)}
 * takes any hash), it names the first id, in the order taken, that an earlier id equals, as a hash set would; ids
 * are compared only as strings, never judged equal by their hashes alone.
 */
class IdCheckTest {

    @Test
    void forcedCollisionsNameTheSameDuplicateAsAHashSet() {
        qt().withExamples(300).forAll(longs().all(), integers().between(0, 3_000), integers().between(1, 4_000),
                        integers().between(1, 64))
                .checkAssert((seed, size, distinct, hashes) -> {
                    SplittableRandom random = new SplittableRandom(seed);
                    List<String> ids = new ArrayList<>();
                    for (int i = 0; i < size; i++) {
                        ids.add("D-" + random.nextInt(distinct));
                    }
                    // every id gets one of a few hashes, unrelated to its text: most hashes are shared by different ids
                    IdCheck byIterable = new IdCheck(random.nextInt(2 * size + 1));
                    IdCheck byIndex = new IdCheck(size);
                    for (String id : ids) {
                        int hash = Math.floorMod(id.hashCode() * 31 + 7, hashes);
                        byIterable.add(hash);
                        byIndex.add(hash);
                    }
                    Set<String> seen = new HashSet<>();   // the first id an earlier position held, by a hash set
                    Optional<String> expected = ids.stream().filter(id -> !seen.add(id)).findFirst();
                    if (expected.isPresent()) {
                        String message = "deal '" + expected.get() + "': id (" + expected.get() + ") is not unique";
                        assertThatThrownBy(() -> byIterable.check(ids, Function.identity(), "deal"))
                                .isInstanceOf(InvalidRecordException.class).hasMessage(message);
                        assertThatThrownBy(() -> byIndex.check(ids::get, "deal"))
                                .isInstanceOf(InvalidRecordException.class).hasMessage(message);
                    } else {
                        byIterable.check(ids, Function.identity(), "deal");
                        byIndex.check(ids::get, "deal");
                    }
                });
    }

    @Test
    void oneHashForEveryIdStillComparesTheIds() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 50_000; i++) {
            ids.add("S" + i);
        }
        IdCheck.check(ids, id -> 0, Function.identity(), "subscription");
        ids.add(30_000, "S49999");   // S49999 now occurs at 30,000 and again at 50,000
        ids.add("S7");
        assertThatThrownBy(() -> IdCheck.check(ids, id -> 0, Function.identity(), "subscription"))
                .isInstanceOfSatisfying(InvalidRecordException.class, e -> assertThat(e.id()).isEqualTo("S49999"))
                .hasMessage("subscription 'S49999': id (S49999) is not unique");
    }

    @Test
    void theFirstRepeatIsNamedAcrossPartitions() {
        // 200,000 ids spread over every partition; the later of two repeats in iteration order is not the one named
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 200_000; i++) {
            ids.add("C" + i);
        }
        IdCheck.check(ids, String::hashCode, Function.identity(), "customer");
        ids.set(150_000, "C123456");   // repeats position 123,456 at 150,000
        ids.set(140_000, "C17");       // repeats position 17 at 140,000: the first repeat
        for (int expected : new int[] {0, 16, 1 << 20}) {   // room for none, for few, for more than the ids
            IdCheck check = new IdCheck(expected);
            ids.forEach(check::add);
            assertThatThrownBy(() -> check.check(ids, Function.identity(), "deal"))
                    .hasMessage("deal 'C17': id (C17) is not unique");
        }
    }

    @Test
    void noIdAndOneIdAreUniqueAndASecondEqualIdIsNot() {
        new IdCheck(0).check(List.<String>of(), Function.identity(), "deal");
        IdCheck ids = new IdCheck(0);
        ids.add("D-1");
        ids.check(List.of("D-1"), Function.identity(), "deal");
        ids.add("D-1");
        assertThatThrownBy(() -> ids.check(List.of("D-1", "D-1"), Function.identity(), "deal"))
                .hasMessage("deal 'D-1': id (D-1) is not unique");
    }
}
