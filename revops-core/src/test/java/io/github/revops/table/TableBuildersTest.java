package io.github.revops.table;

import io.github.revops.domain.BillingInterval;
import io.github.revops.domain.Deal;
import io.github.revops.domain.DealStatus;
import io.github.revops.domain.InvalidRecordException;
import io.github.revops.domain.Subscription;
import io.github.revops.money.Money;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The table builders' row contract, read back through the public accessors: each row starts empty (after an
 * accepted row and after a rejected one), every field of every row is kept, rows are rejected with the record's
 * message, and a subscription table orders its rows by customer and dates whatever order they come in.
 */
class TableBuildersTest {

    private static final LocalDate MARCH_1 = LocalDate.of(2024, 3, 1);
    private static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);

    private static DealTable.Builder deals() {
        return DealTable.builder(Money.currency("USD"));
    }

    private static SubscriptionTable.Builder subscriptions() {
        return SubscriptionTable.builder(Money.currency("USD"));
    }

    private static void assertRejected(Runnable add, String field, String value, String message) {
        assertThatThrownBy(add::run).isInstanceOfSatisfying(InvalidRecordException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.value()).isEqualTo(value);
            assertThat(e.getMessage()).isEqualTo(message);
        });
    }

    @Test
    void dealBuilderKeepsEveryFieldOfEveryRowAndStartsEachRowEmpty() {
        DealTable table = deals()
                .customer("K1").owner("Ana").source("Web").amount(Money.parse("USD 12.34")).created(MARCH_1)
                .won(MARCH_1.plusDays(3)).segment("region", "EU").add()
                .customer("K2").owner("Bo").source("Event").amountMinor(7).created(MARCH_1.plusDays(1)).open().add()
                .customer("K3").owner("Cy").source("Ads").amountMinor(0).created(MARCH_1.plusDays(2))
                .lost(MARCH_1.plusDays(2)).segment("tier", "T1").add()
                .build();
        assertThat(table.size()).isEqualTo(3);
        assertThat(table.segmentNames()).containsExactly("region", "tier");
        String[][] text = {{"K1", "Ana", "Web"}, {"K2", "Bo", "Event"}, {"K3", "Cy", "Ads"}};
        for (int r = 0; r < 3; r++) {
            assertThat(List.of(table.customer().value(r).orElseThrow(), table.owner().value(r).orElseThrow(),
                    table.source().value(r).orElseThrow())).containsExactly(text[r]);
        }
        assertThat(table.amountMinor(0)).isEqualTo(1234);
        assertThat(table.amount(1)).isEqualTo(Money.parse("USD 0.07"));
        assertThat(new DealStatus[] {table.status(0), table.status(1), table.status(2)})
                .containsExactly(DealStatus.WON, DealStatus.OPEN, DealStatus.LOST);
        assertThat(table.closeDay(0) - table.createdDay(0)).isEqualTo(3);
        assertThat(table.closeDay(1)).isEqualTo(DealTable.NO_CLOSE);
        assertThat(table.closeDay(2)).isEqualTo(table.createdDay(2)).isEqualTo((int) MARCH_1.plusDays(2).toEpochDay());
        // the second row set no segment: the first row's does not carry over
        assertThat(table.segment("region").orElseThrow().value(1)).isEmpty();
        assertThat(table.segment("tier").orElseThrow().value(0)).isEmpty();
        assertThat(table.segment("tier").orElseThrow().value(2)).contains("T1");
        // after an accepted row, the next one starts with no customer, owner, source, amount or dates
        assertRejected(() -> deals().customer("K").owner("A").source("S").amountMinor(1).created(MARCH_1).add()
                        .owner("A").source("S").amountMinor(1).created(MARCH_1).add(),
                "customerId", "null", "deal 'row 1': customerId (null) is required");
    }

    @Test
    void aRejectedDealRowIsDiscardedAndTheNextStartsEmpty() {
        DealTable.Builder b = deals();
        assertRejected(() -> b.customer("K").owner("A").source(" ").amountMinor(1).created(MARCH_1).add(),
                "source", "' '", "deal 'row 0': source (' ') must not be blank");
        assertRejected(() -> b.owner("A").source("S").amountMinor(1).created(MARCH_1).add(),
                "customerId", "null", "deal 'row 0': customerId (null) is required");
        assertRejected(() -> b.customer(" ").owner("A").source("S").amountMinor(1).created(MARCH_1).add(),
                "customerId", "' '", "deal 'row 0': customerId (' ') must not be blank");
        assertRejected(() -> b.customer("K").owner("A").amountMinor(1).created(MARCH_1).add(),
                "source", "null", "deal 'row 0': source (null) is required");
        assertRejected(() -> b.customer("K").owner("A").source("S").created(MARCH_1).add(),
                "amount", "null", "deal 'row 0': amount (null) is required");
        assertRejected(() -> b.customer("K").owner("A").source("S").amountMinor(-1).created(MARCH_1).add(),
                "amount", "-1", "deal 'row 0': amount (-1) must not be negative");
        assertRejected(() -> b.customer("K").owner("A").source("S").amountMinor(1).add(),
                "createdDate", "null", "deal 'row 0': createdDate (null) is required");
        assertRejected(() -> b.customer("K").owner("A").source("S").amountMinor(1).created(MARCH_1)
                        .closed(DealStatus.OPEN, (int) MARCH_1.toEpochDay()).add(),
                "closeDate", "2024-03-01", "deal 'row 0': closeDate (2024-03-01) must be empty for an OPEN deal");
        assertRejected(() -> b.customer("K").owner("A").source("S").amountMinor(1).created(MARCH_1)
                        .closed(DealStatus.LOST, DealTable.NO_CLOSE).add(),
                "closeDate", "null", "deal 'row 0': closeDate (null) is required for a LOST deal");
        // a zero amount and a same-day close are allowed, as for the record
        b.customer("K").owner("A").source("S").amountMinor(0).created(MARCH_1).won(MARCH_1).add();
        assertThat(b.build().size()).isEqualTo(1);
    }

    @Test
    void dealTableOfKeepsSegmentsInSlicesAndReportsADuplicateIdBeforeACurrencyMismatch() {
        Deal.Builder usd = Deal.builder("D-1").customer("A").owner("Ana").source("Web")
                .amount(Money.parse("USD 1.00")).created(MARCH_1);
        Deal a = usd.segment("region", "EU").build();
        Deal b = Deal.builder("D-2").customer("B").owner("Bo").source("Web").amount(Money.parse("USD 2.00"))
                .created(MARCH_1).segment("region", "US").build();
        DealTable table = DealTable.builder(Money.currency("USD")).add(a).add(b).build();
        DealTable slice = table.slice(1, 2);
        assertThat(slice.segmentNames()).containsExactly("region");
        assertThat(slice.segment("region").orElseThrow().value(0)).contains("US");
        assertThat(slice.customer().value(0)).contains("B");

        Deal eur = Deal.builder("D-3").customer("C").owner("Cy").source("Web").amount(Money.parse("EUR 3.00"))
                .created(MARCH_1).build();
        // as SubscriptionTable.of, which checks the ids first
        assertThatThrownBy(() -> DealTable.of(List.of(a, a, eur))).isInstanceOf(InvalidRecordException.class)
                .hasMessageContaining("'D-1'");
    }

    @Test
    void dealDaysMustFitTheTablesIntRangeAboveNoClose() {
        LocalDate lastDay = LocalDate.ofEpochDay(Integer.MAX_VALUE);
        LocalDate noCloseDay = LocalDate.ofEpochDay(DealTable.NO_CLOSE);
        Deal.Builder base = Deal.builder("D-1").customer("A").owner("Ana").source("Web")
                .amount(Money.parse("USD 1.00"));
        DealTable table = DealTable.of(List.of(base.created(lastDay).won(lastDay).build(),
                Deal.builder("D-2").customer("A").owner("Ana").source("Web").amount(Money.parse("USD 1.00"))
                        .created(noCloseDay.plusDays(1)).open().build()));
        assertThat(table.createdDay(0)).isEqualTo(Integer.MAX_VALUE);
        assertThat(table.closeDay(0)).isEqualTo(Integer.MAX_VALUE);
        assertThat(table.createdDay(1)).isEqualTo(DealTable.NO_CLOSE + 1);
        assertThatThrownBy(() -> DealTable.of(List.of(base.created(lastDay).won(lastDay.plusDays(1)).build())))
                .isInstanceOf(ArithmeticException.class).hasMessageContaining("epoch day 2147483648");
        assertThatThrownBy(() -> DealTable.of(List.of(base.created(noCloseDay).open().build())))
                .isInstanceOf(ArithmeticException.class).hasMessageContaining("epoch day -2147483648");
    }

    @Test
    void distinctTextsWithTheSameHashKeepTheirOwnCodes() {
        // "Aa" and "BB" share String.hashCode 2112; "AaAa", "AaBB", "BBAa", "BBBB" share another
        List<String> owners = List.of("Aa", "BB", "AaAa", "AaBB", "BBAa", "BBBB", "Aa", "BBBB");
        DealTable.Builder b = deals();
        for (String owner : owners) {
            b.customer("K").owner(owner).source("S").amountMinor(1).created(MARCH_1).add();
        }
        DealTable table = b.build();
        assertThat(table.owner().values()).containsExactly("Aa", "AaAa", "AaBB", "BB", "BBAa", "BBBB");
        for (int r = 0; r < owners.size(); r++) {
            assertThat(table.owner().value(r)).contains(owners.get(r));
        }
        assertThat(table.owner().codeOf("Aa")).isZero();
        assertThat(table.owner().codeOf("BBBB")).isEqualTo(5);
        assertThat(table.owner().codeOf("A")).isEqualTo(CodeColumn.ABSENT);
    }

    @Test
    void subscriptionBuilderStartsEachRowEmptyAfterAnAcceptedOrRejectedRow() {
        SubscriptionTable table = subscriptions()
                .customer("A").amount(Money.parse("USD 30.00")).interval(BillingInterval.QUARTER).start(JAN_1)
                .end(JAN_1.plusMonths(3)).cancelled(JAN_1.plusMonths(2)).trial(true).add()
                .customer("B").amountMinor(500).start(JAN_1).add()
                .build();
        assertThat(table.endDay(0)).isEqualTo((int) JAN_1.plusMonths(3).toEpochDay());
        assertThat(table.cancellationDay(0)).isEqualTo((int) JAN_1.plusMonths(2).toEpochDay());
        assertThat(table.isTrial(0)).isTrue();
        assertThat(table.isPaying(0)).isFalse();
        // row 1 set none of end, cancellation, trial or interval: open-ended, not cancelled, paying, monthly
        assertThat(table.endDay(1)).isEqualTo(SubscriptionTable.OPEN_END);
        assertThat(table.cancellationDay(1)).isEqualTo(SubscriptionTable.NOT_CANCELLED);
        assertThat(table.isTrial(1)).isFalse();
        assertThat(table.isPaying(1)).isTrue();
        // lcm(3 for QUARTER, 1 for MONTH) = 3: USD 30.00 a quarter is 1000 cents a month, 3000/3
        assertThat(table.monthlyDenominator()).isEqualTo(3);
        assertThat(table.monthlyNumerator(0)).isEqualTo(3000);
        assertThat(table.monthlyNumerator(1)).isEqualTo(1500);

        SubscriptionTable.Builder b = subscriptions();
        assertRejected(() -> b.customer("A").amountMinor(1).start(JAN_1).end(JAN_1.plusDays(10))
                        .cancelled(JAN_1.plusDays(11)).add(),
                "cancellationDate", "2026-01-12",
                "subscription 'row 0': cancellationDate (2026-01-12) must not be after endDate (2026-01-11)");
        assertRejected(() -> b.amountMinor(1).start(JAN_1).add(),
                "customerId", "null", "subscription 'row 0': customerId (null) is required");
        assertRejected(() -> b.customer(" ").amountMinor(1).start(JAN_1).add(),
                "customerId", "' '", "subscription 'row 0': customerId (' ') must not be blank");
        assertRejected(() -> b.customer("A").amountMinor(1).start(JAN_1).cancelled(JAN_1).add(),
                "cancellationDate", "2026-01-01",
                "subscription 'row 0': cancellationDate (2026-01-01) requires an endDate (service runs to the end"
                        + " date)");
        assertRejected(() -> b.customer("A").amountMinor(1).add(),
                "startDate", "null", "subscription 'row 0': startDate (null) is required");
        // a cancellation on the end date is allowed; the row before it was discarded, so this is row 0
        SubscriptionTable one = b.customer("A").amountMinor(1).start(JAN_1).end(JAN_1.plusDays(10))
                .cancelled(JAN_1.plusDays(10)).add().build();
        assertThat(one.size()).isEqualTo(1);
        assertThat(one.cancellationDay(0)).isEqualTo(one.endDay(0));
    }

    @Test
    void onlyCancelledRowsKeepTheirCancellationDays() {
        SubscriptionTable table = subscriptions()
                .add(new Subscription("S-1", "A", Money.parse("USD 1.00"), BillingInterval.MONTH, JAN_1,
                        Optional.of(JAN_1.plusMonths(1)), false, Optional.of(JAN_1.plusDays(5))))
                .add(new Subscription("S-2", "B", Money.parse("USD 1.00"), BillingInterval.MONTH, JAN_1,
                        Optional.of(JAN_1.plusMonths(2)), false, Optional.of(JAN_1.plusDays(6))))
                .build();
        assertThat(table.cancellationDay(0)).isEqualTo((int) JAN_1.plusDays(5).toEpochDay());
        assertThat(table.cancellationDay(1)).isEqualTo((int) JAN_1.plusDays(6).toEpochDay());
    }

    @Test
    void rowsInAnyOrderAreSortedByCustomerThenStartThenEnd() {
        LocalDate feb = JAN_1.plusMonths(1);
        LocalDate mar = JAN_1.plusMonths(2);
        // the expected order, written out: customer A (Jan-Feb, Jan-Mar, Feb-), then B (Jan-, Mar-)
        String[] expected = {"A " + JAN_1 + " " + feb, "A " + JAN_1 + " " + mar, "A " + feb + " open",
            "B " + JAN_1 + " open", "B " + mar + " open"};
        // already in order: kept as given
        assertThat(rows(subscriptions()
                .customer("A").amountMinor(1).start(JAN_1).end(feb).add()
                .customer("A").amountMinor(1).start(JAN_1).end(mar).add()
                .customer("A").amountMinor(1).start(feb).add()
                .customer("B").amountMinor(1).start(JAN_1).add()
                .customer("B").amountMinor(1).start(mar).add().build())).containsExactly(expected);
        // reversed
        assertThat(rows(subscriptions()
                .customer("B").amountMinor(1).start(mar).add()
                .customer("B").amountMinor(1).start(JAN_1).add()
                .customer("A").amountMinor(1).start(feb).add()
                .customer("A").amountMinor(1).start(JAN_1).end(mar).add()
                .customer("A").amountMinor(1).start(JAN_1).end(feb).add().build())).containsExactly(expected);
        // customers in order, one customer's dates reversed
        assertThat(rows(subscriptions()
                .customer("A").amountMinor(1).start(feb).add()
                .customer("A").amountMinor(1).start(JAN_1).end(feb).add().build()))
                .containsExactly(expected[0], expected[2]);
        // two customers given in reverse order, one row each
        assertThat(rows(subscriptions()
                .customer("B").amountMinor(1).start(JAN_1).add()
                .customer("A").amountMinor(1).start(feb).add().build()))
                .containsExactly(expected[2], expected[3]);
        // the same end, starts reversed, in a table of one customer
        assertThat(rows(subscriptions()
                .customer("A").amountMinor(1).start(feb).end(mar).add()
                .customer("A").amountMinor(1).start(JAN_1).end(mar).add().build()))
                .containsExactly("A " + JAN_1 + " " + mar, "A " + feb + " " + mar);
    }

    private static List<String> rows(SubscriptionTable t) {
        List<String> out = new ArrayList<>();
        for (int r = 0; r < t.size(); r++) {
            out.add(t.customer().value(r).orElseThrow() + " " + LocalDate.ofEpochDay(t.startDay(r)) + " "
                    + (t.endDay(r) == SubscriptionTable.OPEN_END ? "open" : LocalDate.ofEpochDay(t.endDay(r))));
        }
        return out;
    }

    @Test
    void splitsIntoOnePartAndIntoEvenPartsAtTheirExactRows() {
        List<Deal> list = RandomRecords.deals(13, 10);
        DealTable table = DealTable.of(list);
        assertThat(table.split(1)).singleElement().extracting(DealTable::size).isEqualTo(10);
        // 10 rows in 3 parts: cuts at 10 * 1 / 3 = 3 and 10 * 2 / 3 = 6
        List<DealTable> parts = table.split(3);
        assertThat(parts).extracting(DealTable::size).containsExactly(3, 3, 4);
        assertThat(parts.get(1).amountMinor(0)).isEqualTo(list.get(3).amount().minorUnits());
        assertThat(parts.get(2).amountMinor(0)).isEqualTo(list.get(6).amount().minorUnits());
        assertThat(Parallel.parts()).isEqualTo(Runtime.getRuntime().availableProcessors()).isPositive();
    }
}
