package io.github.revops.table;

import io.github.revops.domain.Deal;
import io.github.revops.domain.DealStatus;
import io.github.revops.domain.DealType;
import io.github.revops.domain.InvalidRecordException;
import io.github.revops.money.CurrencyMismatchException;
import io.github.revops.money.Money;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DealTableTest {

    private static final LocalDate MARCH_1 = LocalDate.of(2024, 3, 1);

    @Test
    void keepsEveryFieldOfEveryDeal() {
        List<Deal> deals = RandomRecords.deals(7, 500);
        DealTable table = DealTable.of(deals);
        assertThat(table.size()).isEqualTo(500);
        for (int i = 0; i < deals.size(); i++) {
            int r = i;
            Deal d = deals.get(r);
            assertThat(table.customer().value(r)).contains(d.customerId());
            assertThat(table.owner().value(r)).contains(d.owner());
            assertThat(table.source().value(r)).contains(d.source());
            assertThat(table.type(r)).isEqualTo(d.type());
            assertThat(table.status(r)).isEqualTo(d.status());
            assertThat(table.amount(r)).isEqualTo(d.amount());
            assertThat(LocalDate.ofEpochDay(table.createdDay(r))).isEqualTo(d.createdDate());
            assertThat(table.closeDay(r)).isEqualTo(d.closeDate().map(c -> (int) c.toEpochDay())
                    .orElse(DealTable.NO_CLOSE));
            for (String name : List.of("region", "tier")) {
                assertThat(table.segment(name).flatMap(c -> c.value(r))).isEqualTo(d.segment(name));
            }
        }
    }

    @Test
    void dictionaryCodesFollowTheTextOrder() {
        DealTable table = DealTable.builder(Money.currency("EUR"))
                .customer("K").owner("Cy").source("Web").amountMinor(1).created(MARCH_1).add()
                .customer("K").owner("Ana").source("Web").amountMinor(2).created(MARCH_1).add()
                .customer("K").owner("Bo").source("Web").amountMinor(3).created(MARCH_1).add()
                .customer("K").owner("Ana").source("Web").amountMinor(4).created(MARCH_1).add()
                .build();
        assertThat(table.owner().values()).containsExactly("Ana", "Bo", "Cy");
        assertThat(new int[] {table.owner().code(0), table.owner().code(1), table.owner().code(2),
            table.owner().code(3)}).containsExactly(2, 0, 1, 0);
        assertThat(table.owner().codeOf("Bo")).isEqualTo(1);
        assertThat(table.owner().codeOf("Dee")).isEqualTo(CodeColumn.ABSENT);
        assertThat(table.segmentNames()).isEmpty();
    }

    @Test
    void builderRowsEqualTheRecordsTheyDescribe() {
        Deal deal = Deal.builder("D-1").customer("ACME").owner("Ana").source("Inbound").type(DealType.EXPANSION)
                .amount(Money.parse("USD 12000.00")).created(MARCH_1).won(LocalDate.of(2024, 4, 12))
                .segment("region", "EU").build();
        DealTable fromRecord = DealTable.of(List.of(deal));
        DealTable fromBuilder = DealTable.builder(Money.currency("USD"))
                .customer("ACME").owner("Ana").source("Inbound").type(DealType.EXPANSION).amountMinor(1_200_000)
                .created(MARCH_1).won(LocalDate.of(2024, 4, 12)).segment("region", "EU").add().build();
        for (DealTable t : List.of(fromRecord, fromBuilder)) {
            assertThat(t.closeDay(0) - t.createdDay(0)).isEqualTo(deal.cycleDays()).isEqualTo(42);
            assertThat(t.amountMinor(0)).isEqualTo(1_200_000);
            assertThat(t.type(0)).isEqualTo(DealType.EXPANSION);
            assertThat(t.status(0)).isEqualTo(DealStatus.WON);
            assertThat(t.segment("region").orElseThrow().value(0)).contains("EU");
        }
    }

    @Test
    void mixedCurrenciesAreRejected() {
        Deal usd = Deal.builder("D-1").customer("A").owner("Ana").source("Web").amount(Money.parse("USD 1.00"))
                .created(MARCH_1).build();
        Deal eur = Deal.builder("D-2").customer("A").owner("Ana").source("Web").amount(Money.parse("EUR 1.00"))
                .created(MARCH_1).build();
        assertThatThrownBy(() -> DealTable.of(List.of(usd, eur)))
                .isInstanceOf(CurrencyMismatchException.class);
        assertThatThrownBy(() -> DealTable.builder(Money.currency("USD")).amount(Money.parse("EUR 2.00")))
                .isInstanceOf(CurrencyMismatchException.class);
    }

    @Test
    void duplicateIdsAreRejectedAsForCollections() {
        Deal d = Deal.builder("D-1").customer("A").owner("Ana").source("Web").amount(Money.parse("USD 1.00"))
                .created(MARCH_1).build();
        assertThatThrownBy(() -> DealTable.of(List.of(d, d))).isInstanceOf(InvalidRecordException.class)
                .hasMessageContaining("'D-1'");
    }

    @Test
    void badRowsAreRejectedNamingRowFieldAndValue() {
        DealTable.Builder b = DealTable.builder(Money.currency("USD"));
        b.customer("A").owner("Ana").source("Web").amountMinor(5).created(MARCH_1).add();
        assertThatThrownBy(() -> b.customer("A").owner("Ana").source("Web").amountMinor(5).created(MARCH_1)
                .won(MARCH_1.minusDays(1)).add())
                .isInstanceOfSatisfying(InvalidRecordException.class, e -> {
                    assertThat(e.id()).isEqualTo("row 1");
                    assertThat(e.field()).isEqualTo("closeDate");
                    assertThat(e.value()).isEqualTo("2024-02-29");
                });
        assertThatThrownBy(() -> b.customer("A").owner("Ana").source("Web").amountMinor(-1).created(MARCH_1).add())
                .isInstanceOfSatisfying(InvalidRecordException.class, e -> assertThat(e.field()).isEqualTo("amount"));
        assertThatThrownBy(() -> b.customer("A").owner(" ").source("Web").amountMinor(1).created(MARCH_1).add())
                .isInstanceOfSatisfying(InvalidRecordException.class, e -> assertThat(e.field()).isEqualTo("owner"));
        assertThatThrownBy(() -> b.customer("A").owner("Ana").source("Web").amountMinor(1).created(MARCH_1)
                .closed(DealStatus.WON, DealTable.NO_CLOSE).add())
                .isInstanceOfSatisfying(InvalidRecordException.class,
                        e -> assertThat(e.getMessage()).contains("closeDate", "required for a WON deal"));
        assertThat(b.build().size()).isEqualTo(1);
    }

    @Test
    void slicesShareColumnsAndSplitsCoverEveryRowOnce() {
        List<Deal> deals = RandomRecords.deals(11, 101);
        DealTable table = DealTable.of(deals);
        DealTable slice = table.slice(40, 60);
        assertThat(slice.size()).isEqualTo(20);
        assertThat(slice.amountMinor(0)).isEqualTo(deals.get(40).amount().minorUnits());
        assertThat(slice.owner().value(19)).contains(deals.get(59).owner());
        assertThatThrownBy(() -> slice.amountMinor(20)).isInstanceOf(IndexOutOfBoundsException.class);
        List<DealTable> parts = table.split(4);
        assertThat(parts).extracting(DealTable::size).containsExactly(25, 25, 25, 26);
        assertThat(table.split(500)).hasSize(101);
        int row = 0;
        for (DealTable part : parts) {
            for (int r = 0; r < part.size(); r++, row++) {
                assertThat(part.createdDay(r)).isEqualTo(table.createdDay(row));
            }
        }
        assertThatThrownBy(() -> table.split(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
