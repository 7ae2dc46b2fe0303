package io.github.revops.domain;

import io.github.revops.internal.DealFields;
import io.github.revops.internal.SubscriptionFields;
import io.github.revops.money.Money;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;

import static io.github.revops.domain.TestDeals.deal;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The primitive view the metric kernels read ({@link DealFields}, {@link SubscriptionFields}) holds the same values
 * as the public accessors, with the documented markers for an open deal and an open-ended, uncancelled subscription.
 */
class PrimitiveFieldsTest {

    @Test
    void dealFieldsReadWhatTheAccessorsReturn() {
        Deal won = deal("D-won").amount(Money.parse("EUR 1234.56")).created(LocalDate.of(2024, 3, 10))
                .won(LocalDate.of(2024, 4, 9)).build();
        assertThat(DealFields.createdDay(won)).isEqualTo(LocalDate.of(2024, 3, 10).toEpochDay()).isEqualTo(19792L);
        assertThat(DealFields.closeDay(won)).isEqualTo(19822L);
        assertThat(DealFields.status(won)).isEqualTo(DealStatus.WON.ordinal());
        assertThat(DealFields.amountMinor(won)).isEqualTo(123456L);
        assertThat(DealFields.currency(won)).isEqualTo(Currency.getInstance("EUR"));
        assertThat(DealFields.idHash(won)).isEqualTo("D-won".hashCode());

        Deal lost = deal("D-lost").lost(LocalDate.of(2024, 4, 9)).build();
        assertThat(DealFields.status(lost)).isEqualTo(DealStatus.LOST.ordinal());
        Deal open = deal("D-open").open().build();
        assertThat(DealFields.status(open)).isEqualTo(DealStatus.OPEN.ordinal());
        assertThat(DealFields.closeDay(open)).isEqualTo(DealFields.NO_CLOSE);
    }

    @Test
    void subscriptionFieldsReadWhatTheAccessorsReturn() {
        Subscription s = new Subscription("S-1", "ACME", Money.parse("USD 100.00"), BillingInterval.MONTH,
                LocalDate.of(2024, 1, 1), Optional.of(LocalDate.of(2024, 7, 1)), false,
                Optional.of(LocalDate.of(2024, 6, 15)));
        assertThat(SubscriptionFields.startDay(s)).isEqualTo(19723L);
        assertThat(SubscriptionFields.endDay(s)).isEqualTo(19905L);
        assertThat(SubscriptionFields.cancellationDay(s)).isEqualTo(19889L);

        Subscription open = Subscription.of("S-2", "ACME", Money.parse("USD 100.00"), BillingInterval.MONTH,
                LocalDate.of(2024, 1, 1));
        assertThat(SubscriptionFields.endDay(open)).isEqualTo(SubscriptionFields.OPEN_END);
        assertThat(SubscriptionFields.cancellationDay(open)).isEqualTo(SubscriptionFields.NOT_CANCELLED);
    }
}
