package io.github.revops.table;

import io.github.revops.domain.Deal;
import io.github.revops.domain.DealStatus;
import io.github.revops.domain.DealType;
import io.github.revops.domain.InvalidRecordException;
import io.github.revops.money.Money;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link DealTable.Builder}'s row: {@code add(Deal)} starts the next row empty, as {@code add()} does (fields set
 * before it are not carried into the row after), and a segment set twice on one row keeps its last value.
 */
class DealTableBuilderRowTest {

    private static final LocalDate MARCH_1 = LocalDate.of(2024, 3, 1);

    private static final Deal RECORD = Deal.builder("D-1").customer("R").owner("Rita").source("Event")
            .type(DealType.EXPANSION).amount(Money.parse("USD 4.00")).created(MARCH_1).won(MARCH_1.plusDays(9))
            .build();

    @Test
    void addingARecordDiscardsTheFieldsSetForARowBeforeIt() {
        DealTable.Builder b = DealTable.builder(Money.currency("USD"));
        b.customer("X").owner("Xi").source("Web").type(DealType.RENEWAL).amountMinor(5).created(MARCH_1)
                .lost(MARCH_1).segment("region", "EU").add(RECORD);
        // the half-set row went with the record: the next row has no customer
        assertThatThrownBy(b::add).isInstanceOfSatisfying(InvalidRecordException.class, e -> {
            assertThat(e.field()).isEqualTo("customerId");
            assertThat(e.getMessage()).isEqualTo("deal 'row 1': customerId (null) is required");
        });
        // nor a type, status, close day or segment: the defaults, an open new-business deal without segments
        DealTable table = b.customer("Y").owner("Yu").source("Ads").amountMinor(7).created(MARCH_1).add().build();
        assertThat(table.size()).isEqualTo(2);
        assertThat(table.customer().value(0)).contains("R");
        assertThat(table.type(0)).isEqualTo(DealType.EXPANSION);
        assertThat(table.closeDay(0) - table.createdDay(0)).isEqualTo(9);
        assertThat(table.type(1)).isEqualTo(DealType.NEW_BUSINESS);
        assertThat(table.status(1)).isEqualTo(DealStatus.OPEN);
        assertThat(table.closeDay(1)).isEqualTo(DealTable.NO_CLOSE);
        assertThat(table.segmentNames()).isEmpty();
    }

    @Test
    void aSegmentSetTwiceOnARowKeepsItsLastValue() {
        DealTable table = DealTable.builder(Money.currency("USD"))
                .customer("K").owner("Ana").source("Web").amountMinor(1).created(MARCH_1)
                .segment("region", "EU").segment("tier", "T1").segment("region", "US").add()
                .build();
        assertThat(table.segmentNames()).containsExactly("region", "tier");
        assertThat(table.segment("region").orElseThrow().values()).containsExactly("US");
        assertThat(table.segment("region").orElseThrow().value(0)).contains("US");
        assertThat(table.segment("tier").orElseThrow().value(0)).contains("T1");
    }
}
