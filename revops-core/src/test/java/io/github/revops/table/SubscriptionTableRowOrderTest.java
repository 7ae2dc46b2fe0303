package io.github.revops.table;

import io.github.revops.domain.BillingInterval;
import io.github.revops.domain.Subscription;
import io.github.revops.money.Money;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

/**
 * {@link SubscriptionTable.Builder#build()} sorts rows by customer, start and end, and keeps rows of one customer
 * with the same start and end in the order they were added: how the customers' rows are interleaved in the input
 * does not change the table.
 */
class SubscriptionTableRowOrderTest {

    private static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);

    @Test
    void rowsWithTheSameCustomerStartAndEndKeepTheOrderTheyCameIn() {
        LocalDate feb = JAN_1.plusMonths(1);
        SubscriptionTable table = SubscriptionTable.of(List.of(
                subscription("S-1", "B", "USD 9.00", JAN_1, feb),
                subscription("S-2", "A", "USD 1.00", JAN_1, feb),
                subscription("S-3", "A", "USD 2.00", JAN_1, feb),
                subscription("S-4", "A", "USD 3.00", JAN_1, feb)));
        List<String> customerAndCents = new ArrayList<>();
        for (int r = 0; r < table.size(); r++) {
            customerAndCents.add(table.customer().value(r).orElseThrow() + " " + table.monthlyNumerator(r));
        }
        assertThat(table.monthlyDenominator()).isEqualTo(1);
        assertThat(customerAndCents).containsExactly("A 100", "A 200", "A 300", "B 900");
    }

    @Test
    void interleavingTheCustomersRowsDifferentlyGivesTheSameTable() {
        qt().withExamples(80).forAll(longs().all(), integers().between(1, 40)).checkAssert((seed, customers) -> {
            List<Subscription> input = withTwins(seed, RandomRecords.subscriptions(seed, customers));
            // stably sorted by customer, start and end: the order the table has, built without sorting
            List<Subscription> sorted = new ArrayList<>(input);
            sorted.sort(Comparator.comparing(Subscription::customerId).thenComparing(Subscription::startDate)
                    .thenComparing(s -> s.endDate().map(LocalDate::toEpochDay).orElse(Long.MAX_VALUE)));
            List<String> expected = rows(SubscriptionTable.of(sorted));
            assertThat(rows(SubscriptionTable.of(input))).isEqualTo(expected);
            assertThat(rows(SubscriptionTable.of(randomMerge(seed, input)))).isEqualTo(expected);
        });
    }

    /** Adds after some subscriptions a twin with the same customer and dates and another amount. */
    private static List<Subscription> withTwins(long seed, List<Subscription> subscriptions) {
        SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
        List<Subscription> out = new ArrayList<>();
        for (Subscription s : subscriptions) {
            out.add(s);
            if (random.nextInt(3) == 0) {
                out.add(new Subscription("T-" + out.size(), s.customerId(),
                        Money.ofMinor("USD", 1 + random.nextInt(10_000)), s.interval(), s.startDate(), s.endDate(),
                        s.trial(), s.cancellationDate()));
            }
        }
        return out;
    }

    /** The rows in another interleaving of the customers, each customer's rows in their order. */
    private static List<Subscription> randomMerge(long seed, List<Subscription> subscriptions) {
        Map<String, Deque<Subscription>> byCustomer = new LinkedHashMap<>();
        for (Subscription s : subscriptions) {
            byCustomer.computeIfAbsent(s.customerId(), c -> new ArrayDeque<>()).add(s);
        }
        List<Deque<Subscription>> queues = new ArrayList<>(byCustomer.values());
        SplittableRandom random = new SplittableRandom(seed);
        List<Subscription> out = new ArrayList<>();
        while (!queues.isEmpty()) {
            int q = random.nextInt(queues.size());
            out.add(queues.get(q).poll());
            if (queues.get(q).isEmpty()) {
                queues.remove(q);
            }
        }
        return out;
    }

    private static Subscription subscription(String id, String customer, String amount, LocalDate start,
                                             LocalDate end) {
        return new Subscription(id, customer, Money.parse(amount), BillingInterval.MONTH, start, Optional.of(end),
                false, Optional.empty());
    }

    /** Every field of every row, the monthly value as a fraction over the table's denominator. */
    private static List<String> rows(SubscriptionTable t) {
        List<String> out = new ArrayList<>();
        for (int r = 0; r < t.size(); r++) {
            out.add(t.customer().value(r).orElseThrow() + " " + t.monthlyNumerator(r) + "/" + t.monthlyDenominator()
                    + " " + t.startDay(r) + " " + t.endDay(r) + " " + t.cancellationDay(r) + " " + t.isTrial(r)
                    + " " + t.isPaying(r));
        }
        return out;
    }
}
