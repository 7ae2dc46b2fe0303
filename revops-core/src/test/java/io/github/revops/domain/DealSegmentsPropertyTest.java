package io.github.revops.domain;

import io.github.revops.internal.DealFields;
import io.github.revops.money.Money;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Consumer;

import static io.github.revops.domain.TestDeals.deal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

/**
 * A deal keeps its segment attributes as sorted name/value arrays (docs/decisions/0118); {@link Deal#segments()}
 * must still behave exactly as the unmodifiable {@code TreeMap} it returned before: the same iteration order,
 * {@code equals} and {@code hashCode} with any map, {@code get} and {@code containsKey} for absent names, the same
 * text, and a repeated name replacing the value as a map's {@code put} does.
 */
class DealSegmentsPropertyTest {

    /** Names whose natural order differs from their order of insertion and of hashing; "" is a legal name. */
    private static final String[] NAMES = {"region", "Region", "tier", "a", "aa", "B", "b", "", "z", "é", "industry",
        "product", "x1", "x10", "x2", "segment"};

    @Test
    void segmentsSetOneByOneBehaveAsATreeMap() {
        qt().withExamples(300).forAll(longs().all(), integers().between(0, 40)).checkAssert((seed, count) -> {
            List<String[]> sets = randomSets(seed, count);
            Deal.Builder b = deal("D-1");
            Map<String, String> reference = new TreeMap<>();
            for (String[] set : sets) {
                b.segment(set[0], set[1]);
                reference.put(set[0], set[1]);
            }
            assertBehavesAs(b.build(), reference);
        });
    }

    @Test
    void segmentsFromAnyMapBehaveAsATreeMapThroughTheConstructorAndTheBuilder() {
        qt().withExamples(300).forAll(longs().all(), integers().between(0, 40)).checkAssert((seed, count) -> {
            Map<String, String> given = new LinkedHashMap<>();
            for (String[] set : randomSets(seed, count)) {
                given.put(set[0], set[1]);
            }
            Map<String, String> reference = new TreeMap<>(given);
            Deal built = deal("D-1").segments(given).build();
            assertBehavesAs(built, reference);
            Deal constructed = new Deal("D-1", built.customerId(), built.owner(), built.source(), built.type(),
                    built.amount(), built.createdDate(), built.status(), built.closeDate(), built.stageHistory(),
                    built.forecastCategory(), new HashMap<>(given));
            assertBehavesAs(constructed, reference);
            assertThat(constructed).isEqualTo(built).hasSameHashCodeAs(built);
            assertThat(built.toBuilder().build()).isEqualTo(built).hasSameHashCodeAs(built);
        });
    }

    @Test
    void dealsWithTheSameSegmentsSetInAnotherOrderAreEqualAndHashAsARecordOfATreeMapWould() {
        qt().withExamples(200).forAll(longs().all(), integers().between(0, 20)).checkAssert((seed, count) -> {
            Map<String, String> attributes = new HashMap<>();
            for (String[] set : randomSets(seed, count)) {
                attributes.put(set[0], set[1]);
            }
            List<String> order = new ArrayList<>(attributes.keySet());
            Deal.Builder forward = deal("D-1");
            order.forEach(name -> forward.segment(name, attributes.get(name)));
            Collections.reverse(order);
            Deal.Builder backward = deal("D-1");
            order.forEach(name -> backward.segment(name, attributes.get(name)));
            Deal a = forward.build();
            Deal b = backward.build();
            assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
            assertThat(a.hashCode()).isEqualTo(Objects.hash(a.id(), a.customerId(), a.owner(), a.source(), a.type(),
                    a.amount(), a.createdDate(), a.status(), a.closeDate(), a.stageHistory(), a.forecastCategory(),
                    new TreeMap<>(attributes)));
            if (!attributes.isEmpty()) {
                String name = attributes.keySet().iterator().next();
                Deal changed = a.toBuilder().segment(name, attributes.get(name) + "!").build();
                assertThat(changed).isNotEqualTo(a);
                assertThat(changed.segments()).isNotEqualTo(a.segments());
            }
        });
    }

    @Test
    void theKernelsReadTheSortedPairsThatTheMapIterates() {
        qt().withExamples(100).forAll(longs().all(), integers().between(0, 30)).checkAssert((seed, count) -> {
            Deal.Builder b = deal("D-1");
            randomSets(seed, count).forEach(set -> b.segment(set[0], set[1]));
            Deal d = b.build();
            List<String> pairs = new ArrayList<>();
            d.segments().forEach((k, v) -> {
                pairs.add(k);
                pairs.add(v);
            });
            assertThat(DealFields.segmentPairs(d)).containsExactlyElementsOf(pairs);
        });
    }

    @Test
    void theSegmentsAreUnmodifiableEvenWhereAMapWouldHaveNothingToChange() {
        Map<String, String> segments = deal("D-1").segment("region", "EU").segment("tier", "T1").build().segments();
        Map<String, String> reference = Collections.unmodifiableMap(new TreeMap<>(segments));
        List<Consumer<Map<String, String>>> changes = List.of(m -> m.put("x", "y"), m -> m.remove("absent"),
                m -> m.remove("region"), m -> m.remove("absent", "v"), Map::clear, m -> m.putAll(Map.of()),
                m -> m.putIfAbsent("region", "US"), m -> m.replace("absent", "v"),
                m -> m.replace("region", "EU", "US"), m -> m.replaceAll((k, v) -> v),
                m -> m.computeIfAbsent("region", k -> "US"), m -> m.computeIfPresent("absent", (k, v) -> v),
                m -> m.compute("x", (k, v) -> v), m -> m.merge("x", "y", (p, q) -> p),
                m -> m.keySet().remove("absent"), m -> m.keySet().clear(), m -> m.values().remove("EU"),
                m -> m.entrySet().clear(), m -> m.entrySet().removeIf(e -> false),
                m -> m.entrySet().iterator().next().setValue("US"), m -> {
                    var it = m.entrySet().iterator();
                    it.next();
                    it.remove();
                });
        for (Consumer<Map<String, String>> change : changes) {
            assertThatThrownBy(() -> change.accept(reference)).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> change.accept(segments)).isInstanceOf(UnsupportedOperationException.class);
        }
        assertThat(segments).containsExactly(Map.entry("region", "EU"), Map.entry("tier", "T1"));
    }

    @Test
    void aNullOrForeignKeyIsRefusedAsByATreeMapAndANullValueNamesTheFirstBadPairInTheOrderSet() {
        Map<String, String> segments = deal("D-1").segment("region", "EU").build().segments();
        Map<String, String> reference = Collections.unmodifiableMap(new TreeMap<>(Map.of("region", "EU")));
        assertThatThrownBy(() -> segments.get(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> reference.get(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> segments.containsKey(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> segments.get(1)).isInstanceOf(ClassCastException.class);
        assertThatThrownBy(() -> reference.get(1)).isInstanceOf(ClassCastException.class);

        Deal.Builder b = deal("bad").segment("tier", "T1").segment("region", null).segment("a", null);
        assertThatThrownBy(b::build).isInstanceOf(InvalidRecordException.class)
                .hasMessage("deal 'bad': segments (region=null) must not hold a null key or value");
        Deal.Builder replaced = deal("ok").segment("region", null).segment("region", "EU");
        assertThat(replaced.build().segments()).containsExactly(Map.entry("region", "EU"));
        Deal.Builder nullName = deal("bad").segment(null, "v");
        assertThatThrownBy(nullName::build).isInstanceOf(InvalidRecordException.class)
                .hasMessage("deal 'bad': segments (null=v) must not hold a null key or value");
    }

    @Test
    void equalNamesOfAnIdentityMapKeepTheLastValueInIterationOrderAsATreeMapDoes() {
        qt().withExamples(100).forAll(longs().all(), integers().between(1, 30)).checkAssert((seed, count) -> {
            Map<String, String> given = new IdentityHashMap<>();
            for (String[] set : randomSets(seed, count)) {
                given.put(new String(set[0]), set[1]);   // distinct objects: equal names are separate keys
            }
            Map<String, String> reference = new TreeMap<>();
            given.forEach(reference::put);
            Deal d = new Deal("D-1", "C-1", "Ana", "Inbound", DealType.NEW_BUSINESS, Money.ofMinor("USD", 100),
                    LocalDate.of(2024, 1, 1), DealStatus.OPEN, Optional.empty(), List.of(), Optional.empty(), given);
            assertBehavesAs(d, reference);
        });
    }

    @Test
    void anIteratorPastTheLastEntryThrowsAsATreeMapsDoes() {
        Map<String, String> segments = deal("D-1").segment("region", "EU").build().segments();
        var it = segments.entrySet().iterator();
        assertThat(it.next()).isEqualTo(Map.entry("region", "EU"));
        assertThat(it.hasNext()).isFalse();
        assertThatThrownBy(it::next).isInstanceOf(NoSuchElementException.class);
        var reference = new TreeMap<>(segments).entrySet().iterator();
        reference.next();
        assertThatThrownBy(reference::next).isInstanceOf(NoSuchElementException.class);
    }

    /** Every read of the deal's segments answers as the same reads of a {@code TreeMap} do. */
    private static void assertBehavesAs(Deal deal, Map<String, String> reference) {
        Map<String, String> segments = deal.segments();
        assertThat(segments).isEqualTo(reference);
        assertThat(reference).isEqualTo(segments);
        assertThat(new HashMap<>(reference)).isEqualTo(segments);
        assertThat(segments).isEqualTo(new HashMap<>(reference)).isEqualTo(deal.segments());
        assertThat(segments.hashCode()).isEqualTo(reference.hashCode());
        assertThat(segments.toString()).isEqualTo(reference.toString());
        assertThat(segments.size()).isEqualTo(reference.size());
        assertThat(segments.isEmpty()).isEqualTo(reference.isEmpty());
        assertThat(new ArrayList<>(segments.keySet())).isEqualTo(new ArrayList<>(reference.keySet()));
        assertThat(new ArrayList<>(segments.values())).isEqualTo(new ArrayList<>(reference.values()));
        assertThat(new ArrayList<>(segments.entrySet())).isEqualTo(new ArrayList<>(reference.entrySet()));
        assertThat(segments.entrySet()).isEqualTo(reference.entrySet());
        assertThat(segments.keySet()).isEqualTo(reference.keySet()).hasSameHashCodeAs(reference.keySet());
        for (String name : NAMES) {
            assertThat(segments.get(name)).isEqualTo(reference.get(name));
            assertThat(segments.containsKey(name)).isEqualTo(reference.containsKey(name));
            assertThat(segments.getOrDefault(name, "none")).isEqualTo(reference.getOrDefault(name, "none"));
            assertThat(deal.segment(name)).isEqualTo(Optional.ofNullable(reference.get(name)));
            assertThat(segments.containsValue("v-" + name)).isEqualTo(reference.containsValue("v-" + name));
        }
        assertThat(deal.toString()).endsWith(", segments=" + reference + "]");
        if (reference.isEmpty()) {
            assertThat(segments).isSameAs(Map.of());
        }
    }

    /**
     * {@code count} (name, value) settings, names from {@link #NAMES} or 30 more (so some repeat, and some deals have
     * more than the 16 names sorted by insertion), values from a few.
     */
    private static List<String[]> randomSets(long seed, int count) {
        SplittableRandom random = new SplittableRandom(seed);
        List<String[]> sets = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String name = random.nextInt(3) == 0 ? "k" + random.nextInt(30) : NAMES[random.nextInt(NAMES.length)];
            sets.add(new String[] {name,
                "v-" + NAMES[random.nextInt(NAMES.length)] + random.nextInt(3)});
        }
        return sets;
    }
}
