package io.github.revops.table;

import io.github.revops.domain.DealType;
import io.github.revops.domain.InvalidRecordException;
import io.github.revops.money.Money;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Worked examples of rows given by registered codes ({@link DealTable.Builder#customerCode} and the like). */
class DealTableCodesTest {

    private static final Currency USD = Money.currency("USD");
    private static final LocalDate MARCH_1 = LocalDate.of(2024, 3, 1);

    @Test
    void rowsByCodeHaveTheRegisteredValuesInSortedDictionaries() {
        DealTable.Builder builder = DealTable.builder(USD);
        int zed = builder.customerCode("Zed");
        int acme = builder.customerCode("ACME");
        int ana = builder.ownerCode("Ana");
        int inbound = builder.sourceCode("Inbound");
        int eu = builder.segmentCode("region", "EU");
        builder.customer(zed).owner(ana).source(inbound).segment(eu).amountMinor(100).created(MARCH_1).add();
        builder.customer(acme).owner(ana).source(inbound).amountMinor(250).created(MARCH_1)
                .won(MARCH_1.plusDays(42)).add();
        DealTable table = builder.build();

        assertThat(table.customer().values()).containsExactly("ACME", "Zed");
        assertThat(List.of(table.customer().code(0), table.customer().code(1))).containsExactly(1, 0);
        assertThat(table.owner().values()).containsExactly("Ana");
        assertThat(table.source().value(1)).contains("Inbound");
        assertThat(table.segmentNames()).containsExactly("region");
        assertThat(table.segment("region").orElseThrow().value(0)).contains("EU");
        assertThat(table.segment("region").orElseThrow().code(1)).isEqualTo(CodeColumn.ABSENT);
        assertThat(table.closeDay(1) - table.createdDay(1)).isEqualTo(42);
        assertThat(table.amountMinor(0) + table.amountMinor(1)).isEqualTo(350);
    }

    @Test
    void aRegisteredValueNoRowUsesIsNotInTheTable() {
        DealTable.Builder builder = DealTable.builder(USD);
        int acme = builder.customerCode("ACME");
        builder.customerCode("Unused");
        builder.ownerCode("Nobody");
        builder.segmentCode("tier", "gold");
        int ana = builder.ownerCode("Ana");
        int none = builder.sourceCode("(none)");
        builder.customer(acme).owner(ana).source(none).amountMinor(1).created(MARCH_1).add();
        DealTable table = builder.build();

        assertThat(table.customer().values()).containsExactly("ACME");
        assertThat(table.owner().values()).containsExactly("Ana");
        assertThat(table.segmentNames()).isEmpty();
        assertThat(table.segment("tier")).isEmpty();
    }

    @Test
    void aValueRegisteredTwiceIsOneValueOfTheTable() {
        DealTable.Builder builder = DealTable.builder(USD);
        int first = builder.ownerCode("Ana");
        int second = builder.ownerCode("Ana");
        assertThat(second).isEqualTo(first + 1);
        builder.customer("C1").owner(first).source("web").amountMinor(1).created(MARCH_1).add();
        builder.customer("C2").owner(second).source("web").amountMinor(1).created(MARCH_1).add();
        builder.customer("C3").owner("Ana").source("web").amountMinor(1).created(MARCH_1).add();
        DealTable table = builder.build();

        assertThat(table.owner().values()).containsExactly("Ana");
        assertThat(List.of(table.owner().code(0), table.owner().code(1), table.owner().code(2)))
                .containsExactly(0, 0, 0);
    }

    @Test
    void aCodeTheBuilderDidNotGiveIsRefusedNamingTheFieldAndTheCode() {
        DealTable.Builder builder = DealTable.builder(USD);
        int ana = builder.ownerCode("Ana");
        builder.sourceCode("web");
        assertThatThrownBy(() -> builder.customer(0).owner(ana).source("web").amountMinor(1).created(MARCH_1).add())
                .isInstanceOf(InvalidRecordException.class)
                .hasMessage("deal 'row 0': customerId (code 0) is not a code this builder registered (0 registered)");
        assertThatThrownBy(() -> builder.customer("C").owner(ana + 1).source("web").amountMinor(1).created(MARCH_1)
                .add())
                .hasMessage("deal 'row 0': owner (code 1) is not a code this builder registered (1 registered)");
        assertThatThrownBy(() -> builder.customer("C").owner(ana).source(-1).amountMinor(1).created(MARCH_1).add())
                .hasMessage("deal 'row 0': source (code -1) is not a code this builder registered (1 registered)");
        assertThatThrownBy(() -> builder.customer("C").owner(ana).source("web").segment(1).amountMinor(1)
                .created(MARCH_1).add())
                .hasMessage("deal 'row 0': segment (code 1) is not a code this builder registered (0 registered)");
        assertThat(builder.build().size()).isZero();
    }

    @Test
    void aRefusedRowIsDiscardedAndTheNextRowStartsClean() {
        DealTable.Builder builder = DealTable.builder(USD);
        int eu = builder.segmentCode("region", "EU");
        assertThatThrownBy(() -> builder.customer(5).owner("Ana").source("web").segment(eu).amountMinor(1)
                .created(MARCH_1).add())
                .hasMessageContaining("customerId (code 5)");
        builder.customer("C").owner("Ana").source("web").amountMinor(1).created(MARCH_1).add();
        DealTable table = builder.build();

        assertThat(table.size()).isEqualTo(1);
        assertThat(table.segmentNames()).isEmpty();
    }

    @Test
    void aBlankRegisteredValueIsRefusedForEachRowThatUsesItAsTheStringWouldBe() {
        DealTable.Builder builder = DealTable.builder(USD);
        int blank = builder.sourceCode("  ");
        int web = builder.sourceCode("web");
        for (int attempt = 0; attempt < 2; attempt++) {
            assertThatThrownBy(() -> builder.customer("C").owner("Ana").source(blank).amountMinor(1).created(MARCH_1)
                    .add())
                    .isInstanceOf(InvalidRecordException.class)
                    .hasMessage("deal 'row 0': source ('  ') must not be blank");
        }
        builder.customer("C").owner("Ana").source(web).amountMinor(1).created(MARCH_1).add();
        assertThat(builder.build().source().values()).containsExactly("web");
    }

    @Test
    void theLastSetterOfAFieldWinsWhetherStringOrCode() {
        DealTable.Builder builder = DealTable.builder(USD);
        int acme = builder.customerCode("ACME");
        int eu = builder.segmentCode("region", "EU");
        builder.customer(acme).customer("Other").owner("Ana").source("web").segment(eu).segment("region", "US")
                .amountMinor(1).created(MARCH_1).add();
        builder.customer("Other").customer(acme).owner("Ana").source("web").segment("region", "US").segment(eu)
                .type(DealType.RENEWAL).amountMinor(1).created(MARCH_1).add();
        DealTable table = builder.build();

        assertThat(table.customer().value(0)).contains("Other");
        assertThat(table.customer().value(1)).contains("ACME");
        assertThat(table.segment("region").orElseThrow().value(0)).contains("US");
        assertThat(table.segment("region").orElseThrow().value(1)).contains("EU");
        assertThat(table.type(1)).isEqualTo(DealType.RENEWAL);
    }

    @Test
    void theCodeAfterTheLastRegisteredIsRefused() {
        DealTable.Builder builder = DealTable.builder(USD);
        int eu = builder.segmentCode("region", "EU");
        int web = builder.sourceCode("web");
        assertThatThrownBy(() -> builder.customer("C").owner("Ana").source(web + 1).amountMinor(1).created(MARCH_1)
                .add())
                .hasMessage("deal 'row 0': source (code 1) is not a code this builder registered (1 registered)");
        assertThatThrownBy(() -> builder.customer("C").owner("Ana").source(web).segment(eu + 1).amountMinor(1)
                .created(MARCH_1).add())
                .isInstanceOf(InvalidRecordException.class)
                .hasMessage("deal 'row 0': segment (code 1) is not a code this builder registered (1 registered)");
    }

    @Test
    void aFieldSetByCodeIsForgottenAfterItsRow() {
        DealTable.Builder builder = DealTable.builder(USD);
        int acme = builder.customerCode("ACME");
        int ana = builder.ownerCode("Ana");
        int web = builder.sourceCode("web");
        builder.customer(acme).owner(ana).source(web).amountMinor(1).created(MARCH_1).add();
        assertThatThrownBy(() -> builder.owner(ana).source(web).amountMinor(1).created(MARCH_1).add())
                .hasMessage("deal 'row 1': customerId (null) is required");
        assertThatThrownBy(() -> builder.customer(acme).source(web).amountMinor(1).created(MARCH_1).add())
                .hasMessage("deal 'row 1': owner (null) is required");
        assertThatThrownBy(() -> builder.customer(acme).owner(ana).amountMinor(1).created(MARCH_1).add())
                .hasMessage("deal 'row 1': source (null) is required");
        assertThat(builder.build().size()).isEqualTo(1);
    }

    @Test
    void registeringNothingIsRefusedNamingTheParameter() {
        DealTable.Builder builder = DealTable.builder(USD);
        assertThatNullPointerException().isThrownBy(() -> builder.customerCode(null)).withMessage("customerId");
        assertThatNullPointerException().isThrownBy(() -> builder.ownerCode(null)).withMessage("owner");
        assertThatNullPointerException().isThrownBy(() -> builder.sourceCode(null)).withMessage("source");
        assertThatNullPointerException().isThrownBy(() -> builder.segmentCode(null, "x")).withMessage("name");
        assertThatNullPointerException().isThrownBy(() -> builder.segmentCode("x", null)).withMessage("value");
    }
}
