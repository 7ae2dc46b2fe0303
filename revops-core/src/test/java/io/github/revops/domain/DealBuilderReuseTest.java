package io.github.revops.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static io.github.revops.domain.TestDeals.deal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The builder hands its segment array and an unmodifiable stage history to the deal it builds without copying
 * them (docs/decisions/0057); a builder used again after {@code build()} must still leave that deal unchanged.
 */
class DealBuilderReuseTest {

    private static final LocalDate MARCH_12 = LocalDate.of(2024, 3, 12);
    private static final LocalDate MARCH_20 = LocalDate.of(2024, 3, 20);

    @Test
    void aSegmentSetAfterBuildLeavesTheBuiltDealAsItWas() {
        Deal.Builder builder = deal("D-1").segment("region", "EMEA");
        Deal first = builder.build();
        Deal second = builder.segment("region", "APAC").segment("industry", "Retail").build();
        assertThat(first.segments()).isEqualTo(Map.of("region", "EMEA"));
        assertThat(second.segments()).isEqualTo(Map.of("industry", "Retail", "region", "APAC"));
        assertThat(builder.build().segments()).containsExactly(Map.entry("industry", "Retail"),
                Map.entry("region", "APAC"));
    }

    @Test
    void segmentsSetAfterBuildAreSortedAndReplacedAsBefore() {
        // two names, built (the deal sorts the array it is handed), then a value replaced and a name added
        Deal.Builder builder = deal("D-1").segment("z", "1").segment("a", "2");
        Deal first = builder.build();
        Deal second = builder.segment("z", "3").segment("m", "4").build();
        assertThat(first.segments()).containsExactly(Map.entry("a", "2"), Map.entry("z", "1"));
        assertThat(second.segments()).containsExactly(Map.entry("a", "2"), Map.entry("m", "4"), Map.entry("z", "3"));
    }

    @Test
    void segmentsReplacedAfterBuildLeaveTheBuiltDealAsItWas() {
        Deal.Builder builder = deal("D-1").segment("region", "EMEA");
        Deal first = builder.build();
        Deal second = builder.segments(Map.of("tier", "Gold")).build();
        assertThat(first.segments()).isEqualTo(Map.of("region", "EMEA"));
        assertThat(second.segments()).isEqualTo(Map.of("tier", "Gold"));
        assertThat(deal("D-2").segments(Map.of()).build().segments()).isEmpty();
    }

    @Test
    void anUnmodifiableHistoryIsKeptAndAStageAddedAfterItCopiesIt() {
        List<StageEntry> given = List.of(StageEntry.of("Qualify", MARCH_12));
        Deal.Builder builder = deal("D-1").stageHistory(given);
        Deal first = builder.build();
        Deal second = builder.stage("Proposal", MARCH_20).build();
        // the deal keeps the entries given, without a list of its own for one or two (docs/decisions/0105)
        assertThat(first.stageHistory()).isEqualTo(given);
        assertThat(first.stageHistory().get(0)).isSameAs(given.get(0));
        assertThat(given).containsExactly(StageEntry.of("Qualify", MARCH_12));
        assertThat(second.stageHistory()).containsExactly(StageEntry.of("Qualify", MARCH_12),
                StageEntry.of("Proposal", MARCH_20));
    }

    @Test
    void aModifiableHistoryIsCopiedWhenGiven() {
        List<StageEntry> given = new ArrayList<>(List.of(StageEntry.of("Qualify", MARCH_12)));
        Deal.Builder builder = deal("D-1").stageHistory(given);
        given.add(StageEntry.of("Proposal", MARCH_20));
        Deal deal = builder.build();
        assertThat(deal.stageHistory()).containsExactly(StageEntry.of("Qualify", MARCH_12));
        assertThatThrownBy(() -> deal.stageHistory().add(StageEntry.of("Won", MARCH_20)))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void stagesAddedAfterBuildLeaveTheBuiltDealAsItWas() {
        Deal.Builder builder = deal("D-1").stage("Qualify", MARCH_12);
        Deal first = builder.build();
        Deal second = builder.stage("Proposal", MARCH_20).build();
        assertThat(first.stageHistory()).containsExactly(StageEntry.of("Qualify", MARCH_12));
        assertThat(second.stageHistory()).hasSize(2);
    }

    @Test
    void aHistoryHoldingNullIsRefusedByBuildAsBefore() {
        Deal.Builder builder = deal("D-1").stageHistory(Arrays.asList(StageEntry.of("Qualify", MARCH_12), null));
        assertThatThrownBy(builder::build).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> deal("D-1").stageHistory(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("history");
    }
}
