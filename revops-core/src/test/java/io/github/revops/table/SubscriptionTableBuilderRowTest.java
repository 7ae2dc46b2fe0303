package io.github.revops.table;

import io.github.revops.domain.BillingInterval;
import io.github.revops.domain.InvalidRecordException;
import io.github.revops.domain.Subscription;
import io.github.revops.money.Money;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link SubscriptionTable.Builder}'s row: {@code add(Subscription)} starts the next row empty, as {@code add()}
 * does; fields set before it are not carried into the row after.
 */
class SubscriptionTableBuilderRowTest {

    private static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);

    @Test
    void addingARecordDiscardsTheFieldsSetForARowBeforeIt() {
        Subscription record = new Subscription("S-1", "A", Money.parse("USD 12.00"), BillingInterval.MONTH, JAN_1,
                Optional.empty(), false, Optional.empty());
        SubscriptionTable.Builder b = SubscriptionTable.builder(Money.currency("USD"));
        b.customer("X").amountMinor(5).interval(BillingInterval.YEAR).start(JAN_1).end(JAN_1.plusDays(30))
                .trial(true).cancelled(JAN_1.plusDays(3)).add(record);
        assertThatThrownBy(b::add).isInstanceOfSatisfying(InvalidRecordException.class, e -> {
            assertThat(e.field()).isEqualTo("customerId");
            assertThat(e.getMessage()).isEqualTo("subscription 'row 1': customerId (null) is required");
        });
        // the next row has the defaults: monthly, open-ended, not a trial, not cancelled
        SubscriptionTable table = b.customer("B").amountMinor(300).start(JAN_1).add().build();
        assertThat(table.size()).isEqualTo(2);
        assertThat(table.customer().value(1)).contains("B");
        assertThat(table.monthlyDenominator()).isEqualTo(1);
        assertThat(table.monthlyNumerator(0)).isEqualTo(1200);
        assertThat(table.monthlyNumerator(1)).isEqualTo(300);
        assertThat(table.endDay(1)).isEqualTo(SubscriptionTable.OPEN_END);
        assertThat(table.isTrial(1)).isFalse();
        assertThat(table.isPaying(1)).isTrue();
        assertThat(table.cancellationDay(1)).isEqualTo(SubscriptionTable.NOT_CANCELLED);
    }
}
