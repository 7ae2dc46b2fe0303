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

    @Test
    void isAValueOfItsTwelveComponents() {
        Deal d = deal("D-1").segment("region", "EMEA").stage("Qualify", LocalDate.of(2024, 3, 10))
                .forecastCategory(ForecastCategory.COMMIT).build();
        Deal same = new Deal("D-1", d.customerId(), d.owner(), d.source(), d.type(), Money.parse("USD 1000.00"),
                d.createdDate(), DealStatus.WON, d.closeDate(), List.of(StageEntry.of("Qualify",
                LocalDate.of(2024, 3, 10))), Optional.of(ForecastCategory.COMMIT), Map.of("region", "EMEA"));
        assertThat(same).isEqualTo(d).hasSameHashCodeAs(d);
        assertThat(d).hasToString("Deal[id=D-1, customerId=" + d.customerId() + ", owner=" + d.owner() + ", source="
                + d.source() + ", type=NEW_BUSINESS, amount=USD 1000.00, createdDate=2024-03-10, status=WON,"
                + " closeDate=Optional[2024-04-09], stageHistory=[StageEntry[stage=Qualify, entered=2024-03-10]],"
                + " forecastCategory=Optional[COMMIT], segments={region=EMEA}]");
        List<Deal> changed = List.of(d.toBuilder().customer("other").build(), d.toBuilder().owner("other").build(),
                d.toBuilder().source("other").build(), d.toBuilder().type(DealType.RENEWAL).build(),
                d.toBuilder().amount(Money.parse("USD 1000.01")).build(),
                d.toBuilder().amount(Money.parse("EUR 1000.00")).build(),
                d.toBuilder().created(LocalDate.of(2024, 3, 9)).build(),
                d.toBuilder().lost(LocalDate.of(2024, 4, 9)).build(),
                d.toBuilder().won(LocalDate.of(2024, 4, 10)).build(), d.toBuilder().open().build(),
                d.toBuilder().stageHistory(List.of()).build(), d.toBuilder().forecastCategory(null).build(),
                d.toBuilder().forecastCategory(ForecastCategory.BEST_CASE).build(),
                d.toBuilder().segments(Map.of()).build(), new Deal("D-2", d.customerId(), d.owner(), d.source(),
                        d.type(), d.amount(), d.createdDate(), d.status(), d.closeDate(), d.stageHistory(),
                        d.forecastCategory(), d.segments()));
        assertThat(changed).allSatisfy(other -> assertThat(other).isNotEqualTo(d));
        assertThat(d).isNotEqualTo(null).isNotEqualTo("D-1");
    }

    @Test
    void keepsDatesAtTheEndsOfTheCalendar() {
        Deal d = deal("D-1").created(LocalDate.MIN).won(LocalDate.MAX).build();
        assertThat(d.createdDate()).isEqualTo(LocalDate.MIN);
        assertThat(d.closeDate()).contains(LocalDate.MAX);
        assertThatThrownBy(d::cycleDays).isInstanceOf(ArithmeticException.class);
        Deal open = deal("D-2").created(LocalDate.MIN).open().build();
        assertThat(open.closeDate()).isEmpty();
        assertThat(open.isOpen()).isTrue();
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
