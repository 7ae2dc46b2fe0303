package io.github.revops.domain;

import io.github.revops.internal.DealFields;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.github.revops.domain.TestDeals.deal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

/**
 * A deal keeps a stage history of up to two entries without a list, and deals with equal few segment attributes
 * share one array (docs/decisions/0105): what the accessors, equals, hashCode and toString give stays that of the
 * history and attributes given.
 */
class DealCompactPartsTest {

    private static final LocalDate MARCH_10 = LocalDate.of(2024, 3, 10);

    private static List<StageEntry> entries(int n) {
        List<StageEntry> history = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            history.add(StageEntry.of("S" + k, MARCH_10.plusDays(k)));
        }
        return history;
    }

    @Test
    void aHistoryOfAnyLengthReadsBackAsGiven() {
        // 0 to 4 entries, given as an ArrayList (copied) and as List.copyOf (kept): the same list comes back
        for (int n = 0; n <= 4; n++) {
            List<StageEntry> given = entries(n);
            Deal fromArrayList = deal("D-1").stageHistory(new ArrayList<>(given)).build();
            Deal fromList = deal("D-1").stageHistory(List.copyOf(given)).build();
            assertThat(fromArrayList.stageHistory()).isEqualTo(given).isEqualTo(fromList.stageHistory());
            assertThat(fromArrayList).isEqualTo(fromList).hasSameHashCodeAs(fromList);
            assertThat(fromArrayList.toString()).contains("stageHistory=" + given + ",");
            assertThatThrownBy(() -> fromArrayList.stageHistory().add(StageEntry.of("X", MARCH_10)))
                    .isInstanceOf(UnsupportedOperationException.class);
        }
    }

    @Test
    void theHashCodeIsTheTwelveComponentsOnesWhateverTheHistorysLength() {
        // law: hashCode is Objects.hash of the components with the segments' map hash, as a record's would be
        for (int n = 0; n <= 3; n++) {
            Deal d = deal("D-1").stageHistory(entries(n)).build();
            int expected = 31 * java.util.Objects.hash(d.id(), d.customerId(), d.owner(), d.source(), d.type(),
                    d.amount(), d.createdDate(), d.status(), d.closeDate(), entries(n), d.forecastCategory())
                    + Map.of().hashCode();
            assertThat(d.hashCode()).isEqualTo(expected);
        }
    }

    @Test
    void historiesDifferingInOneEntryOrInLengthAreNotEqual() {
        Deal two = deal("D-1").stageHistory(entries(2)).build();
        List<StageEntry> otherSecond = List.of(entries(2).get(0), StageEntry.of("S1", MARCH_10.plusDays(5)));
        assertThat(deal("D-1").stageHistory(otherSecond).build()).isNotEqualTo(two);
        assertThat(deal("D-1").stageHistory(entries(1)).build()).isNotEqualTo(two);
        assertThat(deal("D-1").stageHistory(entries(3)).build()).isNotEqualTo(two)
                .isNotEqualTo(deal("D-1").stageHistory(entries(4)).build());
        assertThat(deal("D-1").stageHistory(entries(3)).build())
                .isEqualTo(deal("D-1").stageHistory(entries(3)).build());
    }

    @Test
    void theConstructorAndToBuilderKeepAShortHistory() {
        Deal built = deal("D-1").stageHistory(entries(2)).build();
        Deal constructed = new Deal("D-1", built.customerId(), built.owner(), built.source(), built.type(),
                built.amount(), built.createdDate(), built.status(), built.closeDate(), entries(2), Optional.empty(),
                Map.of());
        assertThat(constructed).isEqualTo(built);
        assertThat(built.toBuilder().build()).isEqualTo(built);
        assertThat(built.toBuilder().stage("S2", MARCH_10.plusDays(2)).build().stageHistory()).isEqualTo(entries(3));
    }

    @Test
    void aHistoryOutOfDateOrderIsStillRefused() {
        List<StageEntry> backwards = List.of(StageEntry.of("A", MARCH_10.plusDays(1)), StageEntry.of("B", MARCH_10));
        assertThatThrownBy(() -> deal("D-9").stageHistory(backwards).build())
                .isInstanceOf(InvalidRecordException.class)
                .hasMessageContaining("stageHistory").hasMessageContaining("entry 1 (B) is before entry 0");
    }

    @Test
    void dealsWithEqualSegmentsShareOneArrayAndReadTheirOwnValues() {
        Deal first = deal("D-1").segment("product", new String("GTX Pro")).build();
        Deal second = deal("D-2").segment(new String("product"), new String("GTX Pro")).build();
        Deal other = deal("D-3").segment("product", "MG Special").build();
        assertThat(DealFields.segmentPairs(second)).isSameAs(DealFields.segmentPairs(first));
        assertThat(second.segments()).isEqualTo(Map.of("product", "GTX Pro"));
        assertThat(other.segments()).isEqualTo(Map.of("product", "MG Special"));
        assertThat(first.segments()).isEqualTo(Map.of("product", "GTX Pro"));
    }

    @Test
    void upToFourEqualPairsAreSharedAndMoreAreKeptAsGiven() {
        Deal four = deal("D-1").segment("a", "1").segment("b", "2").segment("c", "3").segment("d", "4").build();
        Deal fourAgain = deal("D-2").segment("d", "4").segment("c", "3").segment("b", "2").segment("a", "1").build();
        assertThat(DealFields.segmentPairs(fourAgain)).isSameAs(DealFields.segmentPairs(four))
                .containsExactly("a", "1", "b", "2", "c", "3", "d", "4");
        Deal five = deal("D-3").segment("a", "1").segment("b", "2").segment("c", "3").segment("d", "4")
                .segment("e", "5").build();
        Deal fiveAgain = deal("D-4").segment("a", "1").segment("b", "2").segment("c", "3").segment("d", "4")
                .segment("e", "5").build();
        assertThat(DealFields.segmentPairs(fiveAgain)).isNotSameAs(DealFields.segmentPairs(five))
                .isEqualTo(DealFields.segmentPairs(five));
        assertThat(DealFields.segmentPairs(deal("D-5").build())).isEmpty();
    }

    @Test
    void aBuilderChangedAfterItsArrayWasSharedLeavesEveryDealAsItWas() {
        Deal.Builder builder = deal("D-1").segment("region", "EMEA");
        Deal first = builder.build();
        Deal twin = deal("D-2").segment("region", "EMEA").build();
        Deal changed = builder.segment("region", "APAC").build();
        assertThat(first.segments()).isEqualTo(Map.of("region", "EMEA"));
        assertThat(twin.segments()).isEqualTo(Map.of("region", "EMEA"));
        assertThat(changed.segments()).isEqualTo(Map.of("region", "APAC"));
    }

    @Test
    void sharedArraysNeverGiveADealAnotherDealsSegments() {
        // many values of two attributes through one table of slots: evictions, never a wrong array
        qt().withExamples(300).forAll(integers().between(0, 99_999), integers().between(0, 99_999))
                .checkAssert((a, b) -> {
                    Deal d = deal("D").segment("a", "v" + a).segment("b", "w" + b).build();
                    assertThat(d.segments()).isEqualTo(Map.of("a", "v" + a, "b", "w" + b));
                    assertThat(DealFields.segmentPairs(d)).containsExactly("a", "v" + a, "b", "w" + b);
                });
    }
}
