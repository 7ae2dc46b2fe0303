package io.github.revops.internal;

import io.github.revops.domain.InvalidRecordException;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Worked examples of the id check's order: ids sharing a hash form a run; when several runs hold a repeat, the one
 * named is the earliest repeat in record order, whichever run sorts first; within a run of up to eight ids (compared
 * pair by pair) and of more (sorted), the repeat named is the earliest position whose id occurs before it.
 */
class IdCheckRunOrderTest {

    @Test
    void theEarliestRepeatIsNamedWhicheverHashRunSortsFirst() {
        // Y repeats at position 3, X at position 8; each pair has its own hash, tried both ways round so that either
        // run is sorted first
        List<String> ids = List.of("a", "Y", "b", "Y", "c", "X", "d", "e", "X", "f");
        for (int[] hashes : new int[][] {{1, 2}, {2, 1}, {-7, 1_000_003}, {1_000_003, -7}}) {
            Map<String, Integer> hash = Map.of("X", hashes[0], "Y", hashes[1]);
            Function<String, Integer> hashOf = id -> hash.getOrDefault(id, id.hashCode() * 1_000);
            IdCheckPartitionsTest.assertAllReadersAgree(ids, hashOf, ids.size(), Optional.of("Y"));
        }
        // X's run also holds an id equal to nothing, and Y's repeat is later than X's
        List<String> later = List.of("X", "Y", "X", "Z", "Y");
        Map<String, Integer> hash = Map.of("X", 5, "Y", 9, "Z", 5);
        IdCheckPartitionsTest.assertAllReadersAgree(later, hash::get, 0, Optional.of("X"));
        IdCheckPartitionsTest.assertAllReadersAgree(later, id -> 9 - hash.get(id), 0, Optional.of("X"));
    }

    @Test
    void withinOneRunTheEarliestRepeatIsNamed_pairwiseAndSorted() {
        // one hash for all: runs of 2 to 40 ids; "r" at 0 and at the last position, and "q" repeated just before
        for (int length = 2; length <= 40; length++) {
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < length; i++) {
                ids.add("u" + i);
            }
            ids.set(0, "r");
            ids.set(length - 1, "r");
            IdCheckPartitionsTest.assertAllReadersAgree(ids, id -> 42, length, Optional.of("r"));
            if (length >= 4) {
                ids.set(length - 3, "q");
                ids.set(length - 2, "q");
                IdCheckPartitionsTest.assertAllReadersAgree(ids, id -> 42, length, Optional.of("q"));
            }
        }
        // sorted run of 12: "c" at 0, 5, 11; "a" at 2, 10; "b" at 4, 7; the earliest repeat is "c" at 5, although
        // "a" and "b" sort before it and "b" repeats first among them
        List<String> twelve = Arrays.asList("c", "u1", "a", "u3", "b", "c", "u6", "b", "u8", "u9", "a", "c");
        IdCheckPartitionsTest.assertAllReadersAgree(twelve, id -> 7, 12, Optional.of("c"));
        // the same ids pair by pair: a run of eight, and one of nine that is sorted
        IdCheckPartitionsTest.assertAllReadersAgree(twelve.subList(0, 8), id -> 7, 8, Optional.of("c"));
        IdCheckPartitionsTest.assertAllReadersAgree(twelve.subList(0, 9), id -> 7, 9, Optional.of("c"));
        // a run of nine with its only repeat at the two ends, and one with three equal ids
        List<String> ends = Arrays.asList("z", "u1", "u2", "u3", "u4", "u5", "u6", "u7", "z");
        IdCheckPartitionsTest.assertAllReadersAgree(ends, id -> 7, 9, Optional.of("z"));
        List<String> three = Arrays.asList("u0", "z", "u2", "z", "u4", "u5", "z", "u7", "u8", "u9");
        IdCheckPartitionsTest.assertAllReadersAgree(three, id -> 7, 10, Optional.of("z"));
    }

    @Test
    void onlyTheIdsOfSharedHashesAreReadAgain() {
        // positions 2, 5 and 9 share a hash (all distinct ids), as do 0 and 6; the rest have their own
        List<String> ids = List.of("k0", "k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8", "k9");
        Map<String, Integer> shared = Map.of("k2", 11, "k5", 11, "k9", 11, "k0", 12, "k6", 12);
        for (Iterable<String> records : List.<Iterable<String>>of(ids, new LinkedList<>(ids),
                ids::iterator)) {
            IdCheck check = new IdCheck(10);
            ids.forEach(id -> check.add(shared.getOrDefault(id, id.hashCode())));
            List<String> read = new ArrayList<>();
            check.check(records, id -> {
                read.add(id);
                return id;
            }, "deal");
            assertThat(read).containsExactlyInAnyOrder("k0", "k2", "k5", "k6", "k9");
        }
        AtomicInteger reads = new AtomicInteger();
        IdCheck check = new IdCheck(10);
        ids.forEach(id -> check.add(shared.getOrDefault(id, id.hashCode())));
        check.check(position -> {
            reads.incrementAndGet();
            return ids.get(position);
        }, "deal");
        assertThat(reads).hasValue(5);
        // the repeat is found among the ids read: position 9 now holds k2 again, with the hash k2 shares
        List<String> repeated = new ArrayList<>(ids);
        repeated.set(9, "k2");
        IdCheck again = new IdCheck(10);
        repeated.forEach(id -> again.add(shared.getOrDefault(id, id.hashCode())));
        assertThatThrownBy(() -> again.check(repeated::iterator, Function.identity(), "deal"))
                .isInstanceOf(InvalidRecordException.class).hasMessage("deal 'k2': id (k2) is not unique");
    }
    @Test
    void amongManyIdsOnlyThoseWhoseHashAnotherSharesAreRead() {
        // 20,000 ids with distinct hashes, and five that share two hashes with others: exactly those are read again;
        // the check's mixing of the hashes must keep distinct hashes distinct for this to hold
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            ids.add("id-" + i);
        }
        assertThat(ids.stream().map(String::hashCode).distinct().count()).isEqualTo(20_000L);
        Map<String, Integer> shared = Map.of("id-0", 11, "id-9999", 11, "id-19999", 11, "id-5", 12, "id-77", 12);
        IdCheck check = new IdCheck(ids.size());
        ids.forEach(id -> check.add(shared.getOrDefault(id, id.hashCode())));
        List<Integer> read = new ArrayList<>();
        check.check(position -> {
            read.add(position);
            return ids.get(position);
        }, "deal");
        assertThat(read).containsExactlyInAnyOrder(0, 5, 77, 9_999, 19_999);
    }

    @Test
    void aSequentialListIsReadInOnePassAndARandomAccessIterableThatIsNoListByIteration() {
        // reading a linked list by index would cost a walk per id read: the check must iterate it once
        List<String> ids = List.of("s0", "s1", "s2", "s1", "s4", "s0");
        List<String> unindexed = new LinkedList<>(ids) {
            @Override
            public String get(int index) {
                throw new UnsupportedOperationException("get(" + index + ")");
            }
        };
        IdCheck check = new IdCheck(6);
        ids.forEach(id -> check.add(7));
        assertThatThrownBy(() -> check.check(unindexed, Function.identity(), "deal"))
                .isInstanceOf(InvalidRecordException.class).hasMessage("deal 's1': id (s1) is not unique");
        assertThatThrownBy(() -> IdCheck.check(new RandomAccessIterable(ids), id -> 7, Function.identity(), "deal"))
                .isInstanceOf(InvalidRecordException.class).hasMessage("deal 's1': id (s1) is not unique");
    }

    /** An iterable that says it has random access but is no list: it can only be iterated. */
    private record RandomAccessIterable(List<String> ids) implements Iterable<String>, RandomAccess {
        @Override
        public Iterator<String> iterator() {
            return ids.iterator();
        }
    }
}
