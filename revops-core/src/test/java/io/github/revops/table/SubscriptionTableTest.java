package io.github.revops.table;

import io.github.revops.domain.BillingInterval;
import io.github.revops.domain.InvalidRecordException;
import io.github.revops.domain.Subscription;
import io.github.revops.math.Rational;
import io.github.revops.money.CurrencyMismatchException;
import io.github.revops.money.Money;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SubscriptionTableTest {

    private static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);

    @Test
    void monthlyValuesAreExactOverTheCommonDenominator() {
        SubscriptionTable table = SubscriptionTable.builder(Money.currency("USD"))
                .customer("ACME").amountMinor(120_000).interval(BillingInterval.YEAR).start(JAN_1).add()
                .customer("ACME").amountMinor(1_000).interval(BillingInterval.WEEK).start(JAN_1.plusMonths(1)).add()
                .build();
        // lcm(12 for YEAR's 1/12, 3 for WEEK's 13/3) = 12; 1000 cents a week = 52000/12 = 13000/3 cents a month
        assertThat(table.monthlyDenominator()).isEqualTo(12);
        assertThat(table.monthlyNumerator(0)).isEqualTo(120_000);
        assertThat(table.monthlyNumerator(1)).isEqualTo(52_000);
        assertThat(table.monthlyValue(1).minorUnits()).isEqualTo(Rational.of(13_000, 3));
        assertThat(table.monthlyValue(0).toMoney(java.math.RoundingMode.UNNECESSARY))
                .isEqualTo(Money.parse("USD 100.00"));
    }

    @Test
    void rowsAreGroupedByCustomerInIdOrderAndKeepEveryField() {
        List<Subscription> subscriptions = RandomRecords.subscriptions(3, 300);
        SubscriptionTable table = SubscriptionTable.of(subscriptions);
        assertThat(table.size()).isEqualTo(subscriptions.size());
        List<Subscription> expected = subscriptions.stream()
                .sorted(Comparator.comparing(Subscription::customerId).thenComparing(Subscription::startDate)
                        .thenComparing(s -> s.endDate().map(LocalDate::toEpochDay).orElse(Long.MAX_VALUE)))
                .collect(Collectors.toList());
        assertThat(table.customer().values()).isSorted().doesNotHaveDuplicates();
        for (int r = 0; r < table.size(); r++) {
            Subscription s = expected.get(r);
            assertThat(table.customer().value(r)).contains(s.customerId());
            assertThat(LocalDate.ofEpochDay(table.startDay(r))).isEqualTo(s.startDate());
            assertThat(table.endDay(r)).isEqualTo(s.endDate().map(d -> (int) d.toEpochDay())
                    .orElse(SubscriptionTable.OPEN_END));
            assertThat(table.cancellationDay(r)).isEqualTo(s.cancellationDate().map(d -> (int) d.toEpochDay())
                    .orElse(SubscriptionTable.NOT_CANCELLED));
            assertThat(table.isTrial(r)).isEqualTo(s.trial());
            assertThat(table.isPaying(r)).isEqualTo(s.isPaying());
            // rows with the same customer, start and end may swap; their monthly values are checked as a multiset
        }
        assertThat(rowsValues(table)).containsExactlyInAnyOrderElementsOf(
                expected.stream().map(s -> s.customerId() + "@" + s.startDate() + "=" + s.monthlyValue()).toList());
        // 5 of the 8 intervals' denominators: lcm(1, 3, 12, 3, 12, 6, 5) = 60
        assertThat(table.monthlyDenominator()).isEqualTo(60);
    }

    private static List<String> rowsValues(SubscriptionTable t) {
        List<String> out = new java.util.ArrayList<>();
        for (int r = 0; r < t.size(); r++) {
            out.add(t.customer().value(r).orElseThrow() + "@" + LocalDate.ofEpochDay(t.startDay(r)) + "="
                    + t.monthlyValue(r));
        }
        return out;
    }

    @Test
    void splitsNeverCutACustomerAndSlicesThatWouldAreRejected() {
        SubscriptionTable table = SubscriptionTable.of(RandomRecords.subscriptions(5, 200));
        for (int parts = 1; parts <= 9; parts++) {
            List<SubscriptionTable> slices = table.split(parts);
            assertThat(slices.stream().mapToInt(SubscriptionTable::size).sum()).isEqualTo(table.size());
            for (int i = 1; i < slices.size(); i++) {
                SubscriptionTable before = slices.get(i - 1);
                assertThat(before.customer().code(before.size() - 1)).isLessThan(slices.get(i).customer().code(0));
            }
        }
        int cut = 1;
        while (table.customer().code(cut) != table.customer().code(cut - 1)) {
            cut++;
        }
        int inside = cut;
        assertThatThrownBy(() -> table.slice(0, inside)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cuts the rows of customer");
    }

    @Test
    void badRowsAreRejectedAsTheRecordWouldBe() {
        SubscriptionTable.Builder b = SubscriptionTable.builder(Money.currency("USD"));
        assertThatThrownBy(() -> b.customer("A").amountMinor(100).start(JAN_1).end(JAN_1).add())
                .isInstanceOfSatisfying(InvalidRecordException.class, e -> {
                    assertThat(e.field()).isEqualTo("endDate");
                    assertThat(e.id()).isEqualTo("row 0");
                });
        assertThatThrownBy(() -> b.customer("A").amountMinor(100).start(JAN_1).cancelled(JAN_1).add())
                .isInstanceOfSatisfying(InvalidRecordException.class,
                        e -> assertThat(e.field()).isEqualTo("cancellationDate"));
        assertThatThrownBy(() -> b.customer("A").amountMinor(-5).start(JAN_1).add())
                .isInstanceOfSatisfying(InvalidRecordException.class, e -> assertThat(e.field()).isEqualTo("amount"));
        assertThatThrownBy(() -> b.amount(Money.parse("EUR 1.00"))).isInstanceOf(CurrencyMismatchException.class);
        Subscription eur = Subscription.of("S-2", "B", Money.parse("EUR 1.00"), BillingInterval.MONTH, JAN_1);
        Subscription usd = Subscription.of("S-1", "A", Money.parse("USD 1.00"), BillingInterval.MONTH, JAN_1);
        assertThatThrownBy(() -> SubscriptionTable.of(List.of(usd, eur))).isInstanceOf(CurrencyMismatchException.class);
        assertThatThrownBy(() -> SubscriptionTable.of(List.of(usd, usd))).isInstanceOf(InvalidRecordException.class);
    }
}
