package io.github.revops.internal;

import io.github.revops.domain.BillingInterval;
import io.github.revops.domain.Deal;
import io.github.revops.domain.DealType;
import io.github.revops.domain.Subscription;
import io.github.revops.money.Money;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Currency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The primitive forms of a deal's and a subscription's fields are the public accessors' values, worked out by hand
 * (epoch days, ordinals, minor units); the accessor of each record type is installed once and only once.
 */
class RecordFieldsTest {

    private static final Currency EUR = Currency.getInstance("EUR");

    @Test
    void dealFields_areTheDealsOwnValues() {
        Deal won = Deal.builder("D-42").customer("C-7").owner("ana").source("web").type(DealType.NEW_BUSINESS)
                .amount(Money.parse("EUR 1234.56")).created(LocalDate.of(2026, 3, 15))
                .won(LocalDate.of(2026, 4, 2)).segment("region", "EMEA").segment("plan", "pro").build();
        assertThat(DealFields.createdDay(won)).isEqualTo(20_527L);   // 2026-03-15: 56 years and 73 days after 1970
        assertThat(DealFields.closeDay(won)).isEqualTo(20_545L);     // 18 days later
        assertThat(DealFields.status(won)).isEqualTo(1);             // OPEN, WON, LOST
        assertThat(DealFields.amountMinor(won)).isEqualTo(123_456L);
        assertThat(DealFields.currency(won)).isEqualTo(EUR);
        assertThat(DealFields.idHash(won)).isEqualTo("D-42".hashCode()).isEqualTo(2_070_695);
        assertThat(DealFields.segmentPairs(won)).containsExactly("plan", "pro", "region", "EMEA");

        Deal open = won.toBuilder().open().build();
        assertThat(DealFields.closeDay(open)).isEqualTo(DealFields.NO_CLOSE).isEqualTo(-1_152_921_504_606_846_976L);
        assertThat(DealFields.status(open)).isZero();
    }

    @Test
    void dealFields_acceptOneAccessorOnly() {
        Deal.builder("D-1");   // the deal class is initialised and has installed its accessor
        assertThatThrownBy(() -> DealFields.install(null)).isInstanceOf(IllegalStateException.class)
                .hasMessage("the deal accessor is installed already");
    }

    @Test
    void subscriptionFields_areTheSubscriptionsOwnValues() {
        Subscription paying = Subscription.of("S-9", "C-3", Money.parse("EUR 99.90"), BillingInterval.MONTH,
                        LocalDate.of(2025, 1, 1))
                .endingOn(LocalDate.of(2025, 7, 1)).cancelledOn(LocalDate.of(2025, 5, 20));
        assertThat(SubscriptionFields.startDay(paying)).isEqualTo(20_089L);          // 2025-01-01
        assertThat(SubscriptionFields.endDay(paying)).isEqualTo(20_089L + 181);      // Jan-Jun 2025: 181 days
        assertThat(SubscriptionFields.cancellationDay(paying)).isEqualTo(20_089L + 139);   // 2025-05-20
        assertThat(SubscriptionFields.idHash(paying)).isEqualTo("S-9".hashCode()).isEqualTo(81_215);
        assertThat(SubscriptionFields.amountMinor(paying)).isEqualTo(9_990L);
        assertThat(SubscriptionFields.currency(paying)).isEqualTo(EUR);
        assertThat(SubscriptionFields.paying(paying)).isTrue();

        Subscription openTrial = Subscription.of("S-10", "C-3", Money.parse("EUR 99.90"), BillingInterval.MONTH,
                LocalDate.of(2025, 1, 1)).asTrial();
        assertThat(SubscriptionFields.endDay(openTrial)).isEqualTo(SubscriptionFields.OPEN_END)
                .isEqualTo(Long.MAX_VALUE);
        assertThat(SubscriptionFields.cancellationDay(openTrial)).isEqualTo(SubscriptionFields.NOT_CANCELLED)
                .isEqualTo(Long.MAX_VALUE);
        assertThat(SubscriptionFields.paying(openTrial)).isFalse();
    }

    @Test
    void subscriptionFields_acceptOneReaderOnly() {
        Subscription.of("S-1", "C-1", Money.parse("EUR 1.00"), BillingInterval.MONTH, LocalDate.of(2025, 1, 1));
        assertThatThrownBy(() -> SubscriptionFields.register(null)).isInstanceOf(IllegalStateException.class)
                .hasMessage("the subscription field reader is already registered");
    }
}
