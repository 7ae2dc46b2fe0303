package io.github.revops.internal;

import io.github.revops.domain.InvalidRecordException;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

/**
 * The id check with its ids spread over many partitions (room for up to millions of ids, so that most partitions hold
 * none, one or a few ids and the probe table is reused from partition to partition), read back from a list, from a
 * list without random access and from an iterable: it names the same first repeated id, in record order, as a hash set.
 */
class IdCheckPartitionsTest {

    /** Room for no id, for the ids, and for 64, 1,024 (the most) partitions. */
    private static final int[] ROOM = {0, -1, 1 << 18, 1 << 22};

    @Test
    void manyPartitionsNameTheSameDuplicateAsAHashSet() {
        qt().withExamples(50).forAll(longs().all(), integers().between(0, 4_000), integers().between(1, 5_000),
                        integers().between(0, 40))
                .checkAssert((seed, size, distinct, hashes) -> {
                    SplittableRandom random = new SplittableRandom(seed);
                    List<String> ids = new ArrayList<>();
                    for (int i = 0; i < size; i++) {
                        ids.add("C-" + random.nextInt(distinct));
                    }
                    Set<String> seen = new HashSet<>();
                    Optional<String> expected = ids.stream().filter(id -> !seen.add(id)).findFirst();
                    int room = ROOM[random.nextInt(ROOM.length)];
                    // hashes == 0: each id's own hash; otherwise one of a few hashes unrelated to the text
                    Function<String, Integer> hash = hashes == 0 ? String::hashCode
                            : id -> Math.floorMod(id.hashCode() * 17 + 3, hashes);
                    assertAllReadersAgree(ids, hash, room < 0 ? size : room, expected);
                });
    }

    @Test
    void aRepeatOfTheFirstOrOfTheLastIdIsFound() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            ids.add("P" + i);
        }
        for (int room : new int[] {0, 20_000, 1 << 22}) {
            assertAllReadersAgree(ids, String::hashCode, room, Optional.empty());
            List<String> lastRepeatsFirst = new ArrayList<>(ids);
            lastRepeatsFirst.add("P0");
            assertAllReadersAgree(lastRepeatsFirst, String::hashCode, room, Optional.of("P0"));
            List<String> lastRepeatsLast = new ArrayList<>(ids);
            lastRepeatsLast.add("P19999");
            assertAllReadersAgree(lastRepeatsLast, String::hashCode, room, Optional.of("P19999"));
            List<String> firstTwo = new ArrayList<>(ids);
            firstTwo.set(1, "P0");
            assertAllReadersAgree(firstTwo, String::hashCode, room, Optional.of("P0"));
            // every id shares its hash with one other, and only the last two are equal
            assertAllReadersAgree(lastRepeatsLast, id -> id.hashCode() / 2, room, Optional.of("P19999"));
        }
    }

    /** Checks the ids by list, by linked list, by a bare iterable, by index and by the static check. */
    static void assertAllReadersAgree(List<String> ids, Function<String, Integer> hash, int room,
                                      Optional<String> expected) {
        List<String> linked = new LinkedList<>(ids);
        Iterable<String> bare = ids::iterator;
        IdCheck filled = filled(ids, hash, room);   // checking changes nothing in the check: one serves four reads
        List<Runnable> checks = List.of(
                () -> filled.check(ids, Function.identity(), "customer"),
                () -> filled.check(linked, Function.identity(), "customer"),
                () -> filled.check(bare, Function.identity(), "customer"),
                () -> filled.check(ids::get, "customer"),
                () -> IdCheck.check(linked, hash::apply, Function.identity(), "customer"),
                () -> IdCheck.check(bare, hash::apply, Function.identity(), "customer"));
        for (Runnable check : checks) {
            if (expected.isPresent()) {
                assertThatThrownBy(check::run).isInstanceOf(InvalidRecordException.class)
                        .hasMessage("customer '" + expected.get() + "': id (" + expected.get() + ") is not unique");
            } else {
                check.run();
            }
        }
    }

    private static IdCheck filled(List<String> ids, Function<String, Integer> hash, int room) {
        IdCheck check = new IdCheck(room);
        for (String id : ids) {
            check.add(hash.apply(id));
        }
        return check;
    }
}
