package io.github.revops.table;

import io.github.revops.domain.InvalidRecordException;
import io.github.revops.money.Money;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Worked examples of {@link SubscriptionTable.Builder}'s customer codes: the errors and the last setter winning. */
class SubscriptionTableCodesTest {

    private static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);

    @Test
    void aCodeTheBuilderDidNotGiveFailsTheRowNamingTheFieldAndTheCodeAndTheRowIsDiscarded() {
        SubscriptionTable.Builder b = SubscriptionTable.builder(Money.currency("USD"));
        int acme = b.customerCode("ACME");
        b.customerCode("Globex");
        assertThatThrownBy(() -> b.customer(7).amountMinor(100).start(JAN_1).add())
                .isInstanceOfSatisfying(InvalidRecordException.class, e -> {
                    assertThat(e.field()).isEqualTo("customerId");
                    assertThat(e.getMessage()).isEqualTo("subscription 'row 0': customerId (code 7) is not a code"
                            + " this builder registered (2 registered)");
                });
        SubscriptionTable table = b.customer(acme).amountMinor(100).start(JAN_1).add().build();
        assertThat(table.size()).isEqualTo(1);
        assertThat(table.customer().values()).containsExactly("ACME");   // Globex: registered, never used
    }

    @Test
    void aBlankRegisteredIdFailsEachRowThatUsesItAndNullIsRefusedWhenRegistering() {
        SubscriptionTable.Builder b = SubscriptionTable.builder(Money.currency("EUR"));
        int blank = b.customerCode(" ");
        for (int row = 0; row < 2; row++) {
            assertThatThrownBy(() -> b.customer(blank).amountMinor(100).start(JAN_1).add())
                    .isInstanceOf(InvalidRecordException.class)
                    .hasMessage("subscription 'row 0': customerId (' ') must not be blank");
        }
        assertThatNullPointerException().isThrownBy(() -> b.customerCode(null)).withMessage("customerId");
        assertThat(b.build().size()).isZero();
    }

    @Test
    void theLastSetterOfTheCustomerWinsWhicheverKindItIs() {
        SubscriptionTable.Builder b = SubscriptionTable.builder(Money.currency("USD"));
        int zed = b.customerCode("Zed");
        b.customer("Ann").customer(zed).amountMinor(300).start(JAN_1).add();
        b.customer(zed).customer("Bob").amountMinor(200).start(JAN_1).add();
        SubscriptionTable table = b.build();
        assertThat(table.customer().values()).containsExactly("Bob", "Zed");
        assertThat(table.customer().value(0)).contains("Bob");
        assertThat(table.monthlyNumerator(0)).isEqualTo(200);
        assertThat(table.customer().value(1)).contains("Zed");
        assertThat(table.monthlyNumerator(1)).isEqualTo(300);
    }
}
