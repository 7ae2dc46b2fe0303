package io.github.revops.benchmarks;

import io.github.revops.domain.BillingInterval;
import io.github.revops.domain.Deal;
import io.github.revops.domain.DealStatus;
import io.github.revops.domain.DealType;
import io.github.revops.domain.Subscription;
import io.github.revops.money.Money;
import io.github.revops.table.DealTable;
import io.github.revops.table.SubscriptionTable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;

/** Turns the synthetic columns into each representation a benchmark times. */
final class Fixture {

    static final Currency USD = Money.currency("USD");
    private static final DealType[] TYPES = DealType.values();
    private static final DealStatus[] STATUSES = {DealStatus.OPEN, DealStatus.WON, DealStatus.LOST};

    private Fixture() {
    }

    static String[] customerIds(SyntheticData data) {
        return names(data.customerCount, SyntheticData::customerId);
    }

    /** One string per code, made once, so rows share them as a CRM export's parser would. */
    private static String[] names(int count, IntFunction<String> name) {
        String[] names = new String[count];
        for (int i = 0; i < count; i++) {
            names[i] = name.apply(i);
        }
        return names;
    }

    /** The deals as a revops column table, appended row by row through the builder. */
    static DealTable dealTable(SyntheticData data) {
        String[] customers = customerIds(data);
        String[] owners = names(data.ownerCount, SyntheticData::ownerName);
        String[] sources = names(data.sourceCount, SyntheticData::sourceName);
        DealTable.Builder b = DealTable.builder(USD);
        for (int i = 0; i < data.dealCount; i++) {
            b.customer(customers[data.dealCustomer[i]]).owner(owners[data.owner[i]]).source(sources[data.source[i]])
                    .type(TYPES[data.type[i]]).amountMinor(data.amount[i]).createdDay(data.created[i])
                    .closed(STATUSES[data.status[i]],
                            data.closed[i] == SyntheticData.OPEN ? DealTable.NO_CLOSE : data.closed[i])
                    .add();
        }
        return b.build();
    }

    /** The deals as domain records (ids "D0", "D1", ...). */
    static List<Deal> deals(SyntheticData data) {
        return deals(data, false);
    }

    /**
     * The deals as domain records (ids "D0", "D1", ...), with a segment attribute "product" on every deal when asked
     * (one of seven products, as in the Maven CRM sample data).
     */
    static List<Deal> deals(SyntheticData data, boolean product) {
        String[] products = names(7, p -> "product-" + p);
        String[] customers = customerIds(data);
        String[] owners = names(data.ownerCount, SyntheticData::ownerName);
        String[] sources = names(data.sourceCount, SyntheticData::sourceName);
        List<Deal> deals = new ArrayList<>(data.dealCount);
        for (int i = 0; i < data.dealCount; i++) {
            Deal.Builder b = Deal.builder("D" + i).customer(customers[data.dealCustomer[i]])
                    .owner(owners[data.owner[i]]).source(sources[data.source[i]])
                    .type(TYPES[data.type[i]]).amount(Money.ofMinor(USD, data.amount[i]))
                    .created(LocalDate.ofEpochDay(data.created[i]));
            if (data.status[i] != SyntheticData.STATUS_OPEN) {
                b.status(STATUSES[data.status[i]], LocalDate.ofEpochDay(data.closed[i]));
            }
            if (product) {
                b.segment("product", products[(data.source[i] + data.type[i]) % products.length]);
            }
            deals.add(b.build());
        }
        return deals;
    }

    /** The subscription segments as a revops column table. */
    static SubscriptionTable subscriptionTable(SyntheticData data) {
        String[] customers = customerIds(data);
        SubscriptionTable.Builder b = SubscriptionTable.builder(USD);
        for (int i = 0; i < data.subscriptionCount; i++) {
            b.customer(customers[data.subCustomer[i]]).amountMinor(data.mrr[i]).startDay(data.start[i])
                    .endDay(data.end[i] == SyntheticData.NO_END ? SubscriptionTable.OPEN_END : data.end[i]).add();
        }
        return b.build();
    }

    /** The subscription segments as domain records (ids "S0", "S1", ...), monthly billing. */
    static List<Subscription> subscriptions(SyntheticData data) {
        String[] customers = customerIds(data);
        List<Subscription> subscriptions = new ArrayList<>(data.subscriptionCount);
        for (int i = 0; i < data.subscriptionCount; i++) {
            Optional<LocalDate> end = data.end[i] == SyntheticData.NO_END ? Optional.empty()
                    : Optional.of(LocalDate.ofEpochDay(data.end[i]));
            subscriptions.add(new Subscription("S" + i, customers[data.subCustomer[i]],
                    Money.ofMinor(USD, data.mrr[i]), BillingInterval.MONTH, LocalDate.ofEpochDay(data.start[i]), end,
                    false, Optional.empty()));
        }
        return subscriptions;
    }
}
