package io.github.revops.economics;

import io.github.revops.domain.BillingInterval;
import io.github.revops.domain.Deal;
import io.github.revops.domain.DealType;
import io.github.revops.domain.InvalidRecordException;
import io.github.revops.domain.Subscription;
import io.github.revops.money.Money;
import io.github.revops.time.Period;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The new customers of a business as a value: queried per period, compared, printed, and checked on input. */
class AcquisitionsTest {

    private static final Period MARCH = Period.month(2026, 3);

    private static Acquisition acquired(String customer, int month, int day) {
        return new Acquisition(customer, LocalDate.of(2026, month, day), Optional.empty());
    }

    /** Z on 10 January, B on 1 March, A on 2 March, C on 31 March, D on 1 April. */
    private static final Acquisitions FIVE = Acquisitions.of(List.of(acquired("D", 4, 1), acquired("C", 3, 31),
            acquired("A", 3, 2), acquired("B", 3, 1), acquired("Z", 1, 10)));

    @Test
    void countIn_countsOnlyTheAcquisitionsInsideThePeriod() {
        // Z before March and D on the first day after it are outside: B, A and C are March's three.
        assertThat(FIVE.countIn(MARCH)).isEqualTo(3);
        assertThat(FIVE.countIn(Period.month(2026, 4))).isEqualTo(1);
        assertThat(FIVE.countIn(Period.month(2026, 2))).isZero();
        assertThat(FIVE.countIn(Period.year(2026))).isEqualTo(5);
    }

    @Test
    void in_listsAPeriodsCustomersByIdWhateverTheirDates() {
        // B was acquired a day before A; the list is by customer id.
        assertThat(FIVE.in(MARCH)).extracting(Acquisition::customerId).containsExactly("A", "B", "C");
        // all() is by date, then id.
        assertThat(FIVE.all()).extracting(Acquisition::customerId).containsExactly("Z", "B", "A", "C", "D");
    }

    @Test
    void equalAcquisitionsAreEqualWhateverTheOrderGiven() {
        Acquisitions same = Acquisitions.of(List.of(acquired("Z", 1, 10), acquired("A", 3, 2), acquired("B", 3, 1),
                acquired("C", 3, 31), acquired("D", 4, 1)));
        Acquisitions otherDay = Acquisitions.of(List.of(acquired("Z", 1, 11), acquired("A", 3, 2),
                acquired("B", 3, 1), acquired("C", 3, 31), acquired("D", 4, 1)));
        assertThat(same).isEqualTo(FIVE).hasSameHashCodeAs(FIVE);
        assertThat(otherDay).isNotEqualTo(FIVE);
        assertThat(otherDay.hashCode()).isNotEqualTo(FIVE.hashCode());
        assertThat(FIVE).isNotEqualTo(FIVE.all());
    }

    @Test
    void toString_showsTheAcquisitionsByDate() {
        Acquisitions one = Acquisitions.of(List.of(new Acquisition("ACME", LocalDate.of(2026, 3, 5),
                Optional.of("Paid search"))));
        assertThat(one).hasToString(
                "Acquisitions[Acquisition[customerId=ACME, date=2026-03-05, channel=Optional[Paid search]]]");
        assertThat(Acquisitions.of(List.of())).hasToString("Acquisitions[]");
    }

    @Test
    void aBlankChannelIsRejected() {
        assertThatThrownBy(() -> new Acquisition("ACME", LocalDate.of(2026, 3, 5), Optional.of(" ")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("channel");
    }

    @Test
    void subscriptionsOrDealsSharingAnIdAreRejectedWhereverTheyEnter() {
        Subscription first = Subscription.of("s1", "ACME", Money.parse("USD 10.00"), BillingInterval.MONTH,
                LocalDate.of(2026, 3, 1));
        Subscription again = Subscription.of("s1", "GLOBEX", Money.parse("USD 20.00"), BillingInterval.MONTH,
                LocalDate.of(2026, 3, 2));
        assertThatThrownBy(() -> Acquisitions.fromSubscriptions(List.of(first, again)))
                .isInstanceOf(InvalidRecordException.class).hasMessageStartingWith("subscription 's1'");
        assertThatThrownBy(() -> EconomicsInput.of(List.of(), List.of(first, again)))
                .isInstanceOf(InvalidRecordException.class).hasMessageStartingWith("subscription 's1'");

        Deal won = deal("d1", "ACME");
        Deal twin = deal("d1", "GLOBEX");
        assertThatThrownBy(() -> Acquisitions.fromDeals(List.of(won, twin)))
                .isInstanceOf(InvalidRecordException.class).hasMessageStartingWith("deal 'd1'");
        EconomicsInput input = EconomicsInput.of(List.of(), List.of());
        assertThatThrownBy(() -> input.withDeals(List.of(won, twin)))
                .isInstanceOf(InvalidRecordException.class).hasMessageStartingWith("deal 'd1'");
    }

    private static Deal deal(String id, String customer) {
        LocalDate closed = LocalDate.of(2026, 3, 5);
        return Deal.builder(id).customer(customer).owner("ana").source("ads").type(DealType.NEW_BUSINESS)
                .amount(Money.parse("USD 0.00")).created(closed.minusDays(5)).won(closed).build();
    }
}
