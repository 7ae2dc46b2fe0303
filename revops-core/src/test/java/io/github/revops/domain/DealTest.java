package io.github.revops.domain;

import io.github.revops.money.Money;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.github.revops.domain.TestDeals.deal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DealTest {

    @Test
    void builder_makesAValidDeal() {
        Deal d = deal("D-1").segment("region", "EMEA").stage("Qualify", LocalDate.of(2024, 3, 10))
                .stage("Proposal", LocalDate.of(2024, 3, 20)).forecastCategory(ForecastCategory.COMMIT).build();
        assertThat(d.isWon()).isTrue();
        assertThat(d.cycleDays()).isEqualTo(30);
        assertThat(d.segment("region")).contains("EMEA");
        assertThat(d.segment("industry")).isEmpty();
        assertThat(d.stageHistory()).hasSize(2);
        assertThat(d.forecastCategory()).contains(ForecastCategory.COMMIT);
        assertThat(d.toBuilder().build()).isEqualTo(d);
    }

    @Test
    void sameDayCloseIsZeroDays() {
        assertThat(deal("D-1").created(LocalDate.of(2024, 4, 9)).build().cycleDays()).isZero();
    }

    @Test
    void cycleDays_ofAnOpenDealThrows() {
        Deal open = deal("D-1").open().build();
        assertThatThrownBy(open::cycleDays).isInstanceOf(IllegalStateException.class)
                .hasMessage("deal 'D-1' is open and has no sales cycle");
    }

    @Test
    void rejectsCloseDateBeforeCreatedDate() {
        assertInvalid(() -> deal("bad").created(LocalDate.of(2024, 3, 10)).won(LocalDate.of(2024, 3, 9)).build(),
                "closeDate", "2024-03-09",
                "deal 'bad': closeDate (2024-03-09) must not be before createdDate (2024-03-10)");
    }

    @Test
    void rejectsWonOrLostWithoutCloseDate() {
        assertInvalid(() -> deal("bad").status(DealStatus.WON, null).build(), "closeDate", "null",
                "deal 'bad': closeDate (null) is required for a WON deal");
        assertInvalid(() -> deal("bad").status(DealStatus.LOST, null).build(), "closeDate", "null",
                "deal 'bad': closeDate (null) is required for a LOST deal");
    }

    @Test
    void rejectsOpenWithCloseDate() {
        assertInvalid(() -> deal("bad").status(DealStatus.OPEN, LocalDate.of(2024, 3, 20)).build(), "closeDate",
                "2024-03-20", "deal 'bad': closeDate (2024-03-20) must be empty for an OPEN deal");
    }

    @Test
    void rejectsNegativeAmount() {
        assertInvalid(() -> deal("bad").amount(Money.parse("USD -5.00")).build(), "amount", "USD -5.00",
                "deal 'bad': amount (USD -5.00) must not be negative");
    }

    @Test
    void rejectsStageHistoryOutOfOrder() {
        assertInvalid(() -> deal("bad").stage("Qualify", LocalDate.of(2024, 3, 5))
                        .stage("Proposal", LocalDate.of(2024, 3, 3)).build(), "stageHistory", "2024-03-03",
                "deal 'bad': stageHistory (2024-03-03) is out of date order: entry 1 (Proposal) is before entry 0"
                        + " (2024-03-05)");
    }

    @Test
    void rejectsMissingOrBlankFields() {
        assertInvalid(() -> deal(" ").build(), "id", "' '", "deal '?': id (' ') must not be blank");
        assertInvalid(() -> deal("bad").owner("").build(), "owner", "''", "deal 'bad': owner ('') must not be blank");
        assertInvalid(() -> deal("bad").customer(null).build(), "customerId", "null",
                "deal 'bad': customerId (null) is required");
        assertInvalid(() -> deal("bad").source(" ").build(), "source", "' '",
                "deal 'bad': source (' ') must not be blank");
        assertInvalid(() -> deal("bad").type(null).build(), "type", "null", "deal 'bad': type (null) is required");
        assertInvalid(() -> deal("bad").amount(null).build(), "amount", "null",
                "deal 'bad': amount (null) is required");
        assertInvalid(() -> deal("bad").created(null).build(), "createdDate", "null",
                "deal 'bad': createdDate (null) is required");
        assertInvalid(() -> new Deal("bad", "C", "O", "S", DealType.RENEWAL, Money.parse("USD 1.00"),
                        LocalDate.of(2024, 1, 1), DealStatus.OPEN, null, List.of(), Optional.empty(), Map.of()),
                "closeDate", "null", "deal 'bad': closeDate (null) is required");
    }

    @Test
    void rejectsNullSegmentValues() {
        Map<String, String> segments = new HashMap<>();
        segments.put("region", null);
        assertInvalid(() -> deal("bad").segments(segments).build(), "segments", "region=null",
                "deal 'bad': segments (region=null) must not hold a null key or value");
    }

    @Test
    void isImmutable() {
        Deal d = deal("D-1").segment("region", "EMEA").stage("Qualify", LocalDate.of(2024, 3, 10)).build();
        assertThatThrownBy(() -> d.segments().put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> d.stageHistory().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    static void assertInvalid(Runnable build, String field, String value, String message) {
        assertThatThrownBy(build::run).isInstanceOf(InvalidRecordException.class).hasMessage(message)
                .satisfies(e -> {
                    InvalidRecordException invalid = (InvalidRecordException) e;
                    assertThat(invalid.field()).isEqualTo(field);
                    assertThat(invalid.value()).isEqualTo(value);
                });
    }
}
