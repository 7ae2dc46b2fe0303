package io.github.revops.recurring;

import io.github.revops.domain.Subscription;
import io.github.revops.math.Rational;
import io.github.revops.money.ExactMoney;
import io.github.revops.money.Money;
import io.github.revops.money.ReportingCurrency;
import io.github.revops.result.Breakdown;
import io.github.revops.result.Mergeable;
import io.github.revops.result.MoneyAverage;
import io.github.revops.result.TimeSeries;
import io.github.revops.table.CodeColumn;
import io.github.revops.table.SubscriptionTable;
import io.github.revops.time.Granularity;
import io.github.revops.time.Period;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collector;

/**
 * MRR and ARR on one date, per customer, with the paying customers and ARPA
 * (docs/metrics.md#recurring-revenue-and-retention, "MRR on a date").
 *
 * <p>A subscription counts on a date when it is paying (not a trial, amount above zero) and
 * {@code startDate <= date < endDate}; its monthly value is exact (a weekly plan is 52/12 of its amount). A customer's
 * MRR is the sum over its subscriptions, kept exact; the customer is paying when it is above zero. ARR is 12 times MRR.
 * Nothing is rounded until {@link #mrr(RoundingMode)} or {@link #arr(RoundingMode)}, which round once.
 * <pre>{@code
 * MrrSnapshot march = MrrSnapshot.of(subscriptions, LocalDate.of(2026, 3, 31));
 * march.mrr();                          // exact, such as USD 12500.00
 * march.arr(RoundingMode.HALF_EVEN);    // USD 150000.00
 * march.arpa();                         // MRR / paying customers, a MoneyAverage
 * }</pre>
 *
 * <p>Snapshots merge exactly on any split of the subscriptions: {@link #combine} adds the MRR of each customer, so
 * a customer whose subscriptions are in both parts is summed correctly.
 *
 * @param date  the date MRR is measured on, not null
 * @param currency  the currency of every amount, not null
 * @param byCustomer  each customer's MRR (zero for a customer that does not pay on the date), not null
 * @since 0.1.0
 */
public record MrrSnapshot(LocalDate date, Currency currency, SortedMap<String, ExactMoney> byCustomer)
        implements Mergeable<MrrSnapshot> {

    /**
     * Validates and copies the snapshot.
     *
     * @param date  the date MRR is measured on, not null
     * @param currency  the currency of every amount, not null
     * @param byCustomer  each customer's MRR (zero for a customer that does not pay on the date), not null
     * @throws IllegalArgumentException if a customer's MRR is negative or in another currency
     */
    public MrrSnapshot {
        Objects.requireNonNull(byCustomer, "byCustomer");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(currency, "currency");
        TreeMap<String, ExactMoney> copy = new TreeMap<>();
        byCustomer.forEach((customer, mrr) -> {
            if (!mrr.currency().equals(currency) || mrr.signum() < 0) {
                throw new IllegalArgumentException("byCustomer[" + customer + "] (" + mrr
                        + ") must be a non-negative amount in " + currency);
            }
            copy.put(customer, mrr);
        });
        byCustomer = Collections.unmodifiableSortedMap(copy);
    }

    /**
     * Obtains the snapshot of no subscription: the identity of {@link #combine}.
     *
     * @param date  the date, not null
     * @param currency  the currency, not null
     * @return the empty snapshot, never null
     */
    public static MrrSnapshot empty(LocalDate date, Currency currency) {
        return new MrrSnapshot(date, currency, Collections.emptySortedMap());
    }

    /**
     * Computes every customer's MRR on a date, subscriptions in one currency.
     *
     * @param subscriptions  the subscriptions, at least one, ids unique, not null
     * @param date  the date, not null
     * @return the snapshot, in the first subscription's currency, never null
     * @throws IllegalArgumentException if there is no subscription (give a {@link ReportingCurrency})
     * @throws io.github.revops.money.CurrencyMismatchException if two subscriptions have different currencies
     * @throws io.github.revops.domain.InvalidRecordException if two subscriptions share an id
     */
    public static MrrSnapshot of(Collection<Subscription> subscriptions, LocalDate date) {
        Objects.requireNonNull(subscriptions, "subscriptions");
        Objects.requireNonNull(date, "date");
        return of(subscriptions, date, Subscriptions.firstCurrency(Subscriptions.checked(subscriptions)));
    }

    /**
     * Computes every customer's MRR on a date in a reporting currency, converted at that date's rates when it has
     * rates.
     *
     * @param subscriptions  the subscriptions, ids unique, not null
     * @param date  the date, not null
     * @param reporting  the reporting currency and its rates, not null
     * @return the snapshot, never null
     * @throws io.github.revops.money.CurrencyMismatchException if a subscription is in another currency and there are
     *         no rates
     * @throws io.github.revops.domain.InvalidRecordException if two subscriptions share an id
     */
    public static MrrSnapshot of(Collection<Subscription> subscriptions, LocalDate date, ReportingCurrency reporting) {
        Objects.requireNonNull(subscriptions, "subscriptions");
        Objects.requireNonNull(reporting, "reporting");
        Objects.requireNonNull(date, "date");
        return snapshots(Subscriptions.checked(subscriptions), List.of(date), reporting).get(0);
    }

    /**
     * Computes the snapshot on a date per group of subscriptions, keys in natural order; snapshots merge on any split,
     * so the key may be any function of a subscription (a plan, a region, a segment of customers).
     *
     * @param <K>  the key type
     * @param subscriptions  the subscriptions, at least one, in one currency, ids unique, not null
     * @param date  the date, not null
     * @param key  the group of a subscription, never null for one, not null
     * @return the snapshot per group, never null
     * @throws IllegalArgumentException if there is no subscription or a key is null
     * @throws io.github.revops.money.CurrencyMismatchException if two subscriptions have different currencies
     * @throws io.github.revops.domain.InvalidRecordException if two subscriptions share an id
     */
    public static <K extends Comparable<? super K>> Breakdown<K, MrrSnapshot> by(
            Collection<Subscription> subscriptions, LocalDate date, Function<? super Subscription, ? extends K> key) {
        Objects.requireNonNull(subscriptions, "subscriptions");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(key, "key");
        return by(subscriptions, date, Subscriptions.firstCurrency(Subscriptions.checked(subscriptions)), key);
    }

    /**
     * Computes the snapshot on a date per group of subscriptions in a reporting currency.
     *
     * @param <K>  the key type
     * @param subscriptions  the subscriptions, ids unique, not null
     * @param date  the date, not null
     * @param reporting  the reporting currency and its rates, not null
     * @param key  the group of a subscription, never null for one, not null
     * @return the snapshot per group, never null
     * @throws IllegalArgumentException if a key is null
     * @throws io.github.revops.domain.InvalidRecordException if two subscriptions share an id
     */
    public static <K extends Comparable<? super K>> Breakdown<K, MrrSnapshot> by(
            Collection<Subscription> subscriptions, LocalDate date, ReportingCurrency reporting,
            Function<? super Subscription, ? extends K> key) {
        Objects.requireNonNull(subscriptions, "subscriptions");
        Objects.requireNonNull(reporting, "reporting");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(date, "date");
        return Subscriptions.by(Subscriptions.checked(subscriptions), key, false,
                group -> snapshots(group, List.of(date), reporting).get(0), empty(date, reporting.currency()));
    }

    /**
     * Computes the snapshot on the last day of each period of a range, subscriptions in one currency, in one pass.
     *
     * @param subscriptions  the subscriptions, at least one, ids unique, not null
     * @param range  the range, not null
     * @param granularity  how to cut it, such as {@link Granularity#MONTH}, not null
     * @return the snapshots in time order, never null
     * @throws IllegalArgumentException if there is no subscription
     * @throws io.github.revops.money.CurrencyMismatchException if two subscriptions have different currencies
     * @throws io.github.revops.domain.InvalidRecordException if two subscriptions share an id
     */
    public static TimeSeries<MrrSnapshot> series(Collection<Subscription> subscriptions, Period range,
                                                 Granularity granularity) {
        Objects.requireNonNull(subscriptions, "subscriptions");
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(granularity, "granularity");
        Collection<Subscription> checked = Subscriptions.checked(subscriptions);   // once, not again in the overload
        return seriesOf(checked, range, granularity, Subscriptions.firstCurrency(checked));
    }

    /**
     * Computes the snapshot on the last day of each period of a range in a reporting currency.
     *
     * @param subscriptions  the subscriptions, ids unique, not null
     * @param range  the range, not null
     * @param granularity  how to cut it, such as {@link Granularity#MONTH}, not null
     * @param reporting  the reporting currency and its rates, not null
     * @return the snapshots in time order, never null
     * @throws io.github.revops.domain.InvalidRecordException if two subscriptions share an id
     */
    public static TimeSeries<MrrSnapshot> series(Collection<Subscription> subscriptions, Period range,
                                                 Granularity granularity, ReportingCurrency reporting) {
        Objects.requireNonNull(subscriptions, "subscriptions");
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(granularity, "granularity");
        Objects.requireNonNull(reporting, "reporting");
        return seriesOf(Subscriptions.checked(subscriptions), range, granularity, reporting);
    }

    /**
     * Returns a collector of every customer's MRR on a date, subscriptions in one currency (the first one's). It
     * does not check ids.
     *
     * @param date  the date, not null
     * @return the collector, never null; it throws {@link IllegalArgumentException} on no subscription and
     *         {@link io.github.revops.money.CurrencyMismatchException} on a second currency
     */
    public static Collector<Subscription, ?, MrrSnapshot> collector(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return Subscriptions.collector(() -> RecordSegments.builder(16),
                rows -> snapshots(rows, List.of(date), ReportingCurrency.of(rows.currency())).get(0));
    }

    /**
     * Returns a collector of every customer's MRR on a date in a reporting currency. It does not check ids.
     *
     * @param date  the date, not null
     * @param reporting  the reporting currency and its rates, not null
     * @return the collector, never null
     * @throws io.github.revops.money.CurrencyMismatchException from the stream, for a subscription in another
     *     currency when there are no rates
     */
    public static Collector<Subscription, ?, MrrSnapshot> collector(LocalDate date, ReportingCurrency reporting) {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(reporting, "reporting");
        return Subscriptions.collector(() -> RecordSegments.builder(reporting, 16),
                rows -> snapshots(rows, List.of(date), reporting).get(0));
    }

    /**
     * Computes the snapshot on a date from the rows of a subscription table: every customer of the table with its
     * MRR (zero when none of its subscriptions counts); equal to {@code of(subscriptions, date)} for the same
     * subscriptions.
     *
     * @param subscriptions  the subscriptions as a table, not null
     * @param date  the date, not null
     * @return the snapshot, in the table's currency, never null
     */
    public static MrrSnapshot of(SubscriptionTable subscriptions, LocalDate date) {
        Objects.requireNonNull(subscriptions, "subscriptions");
        Objects.requireNonNull(date, "date");
        return snapshots(subscriptions, List.of(date)).get(0);
    }

    /**
     * Computes the snapshot on a date per value of a key column of a subscription table (such as its customer
     * column), which must hold one value per customer.
     *
     * @param subscriptions  the subscriptions as a table, not null
     * @param date  the date, not null
     * @param key  a code column of the table, not null
     * @return the snapshot per key value, in key order, never null
     * @throws IllegalArgumentException if the key is not a column of the table or a customer's rows have different keys
     */
    public static Breakdown<String, MrrSnapshot> by(SubscriptionTable subscriptions, LocalDate date, CodeColumn key) {
        Objects.requireNonNull(subscriptions, "subscriptions");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(key, "key");
        StateDates states = StateDates.ofDates(List.of(date));
        Map<String, MrrSnapshotKernel> groups = TableSegments.feedBy(subscriptions, key,
                () -> new MrrSnapshotKernel(states, subscriptions.monthlyDenominator()));
        Map<String, MrrSnapshot> results = new TreeMap<>();
        groups.forEach((k, kernel) -> results.put(k, kernel.snapshot(date, subscriptions.currency())));
        return Breakdown.of(results, Comparator.naturalOrder(), empty(date, subscriptions.currency()));
    }

    /**
     * Computes the snapshot on the last day of each period of a range from the rows of a subscription table, in one
     * pass over the rows.
     *
     * @param subscriptions  the subscriptions as a table, not null
     * @param range  the range, not null
     * @param granularity  how to cut it, such as {@link Granularity#MONTH}, not null
     * @return the snapshots in time order, never null
     */
    public static TimeSeries<MrrSnapshot> series(SubscriptionTable subscriptions, Period range,
                                                 Granularity granularity) {
        Objects.requireNonNull(subscriptions, "subscriptions");
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(granularity, "granularity");
        List<Period> periods = range.split(granularity);
        return Series.of(periods, snapshots(subscriptions, Series.lastDays(periods)));
    }

    /** The snapshots of checked records on dates (RecurringRevenue checks them once). */
    static List<MrrSnapshot> snapshots(Collection<Subscription> subscriptions, List<LocalDate> dates,
                                       ReportingCurrency reporting) {
        StateDates states = StateDates.ofDates(dates);
        Optional<RecordSegments.Fed<MrrSnapshotKernel>> fed = RecordSegments.stream(subscriptions,
                Optional.of(reporting), true, denominator -> new MrrSnapshotKernel(states, denominator));
        if (fed.isPresent()) {
            return dates.stream().map(d -> fed.get().kernel().snapshot(d, reporting.currency())).toList();
        }
        return snapshots(Subscriptions.segments(subscriptions, reporting), dates, reporting);
    }

    /** The series of snapshots of checked records at period ends. */
    static TimeSeries<MrrSnapshot> seriesOf(Collection<Subscription> subscriptions, Period range,
                                           Granularity granularity, ReportingCurrency reporting) {
        List<Period> periods = range.split(granularity);
        return Series.of(periods, snapshots(subscriptions, Series.lastDays(periods), reporting));
    }

    private static List<MrrSnapshot> snapshots(RecordSegments rows, List<LocalDate> dates,
                                               ReportingCurrency reporting) {
        StateDates states = StateDates.ofDates(dates);
        if (rows.converted()) {
            ConvertedMrr converted = new ConvertedMrr(rows, reporting, states);
            return dates.stream().map(converted::snapshot).toList();
        }
        MrrSnapshotKernel kernel = new MrrSnapshotKernel(states, rows.denominator());
        rows.feed(kernel);
        return dates.stream().map(d -> kernel.snapshot(d, rows.currency())).toList();
    }

    private static List<MrrSnapshot> snapshots(SubscriptionTable table, List<LocalDate> dates) {
        MrrSnapshotKernel kernel = new MrrSnapshotKernel(StateDates.ofDates(dates), table.monthlyDenominator());
        TableSegments.feed(table, kernel);
        return dates.stream().map(d -> kernel.snapshot(d, table.currency())).toList();
    }

    /**
     * Returns the exact MRR: the sum over customers.
     *
     * @return the MRR, never null
     */
    public ExactMoney mrr() {
        ExactMoney total = ExactMoney.zero(currency);
        for (ExactMoney m : byCustomer.values()) {
            total = total.plus(m);
        }
        return total;
    }

    /**
     * Returns the exact ARR, 12 times MRR.
     *
     * @return the ARR, never null
     */
    public ExactMoney arr() {
        return mrr().multipliedBy(Rational.of(12));
    }

    /**
     * Returns the MRR rounded once to the currency's scale.
     *
     * @param rounding  how to round, not null
     * @return the rounded MRR, never null
     */
    public Money mrr(RoundingMode rounding) {
        return mrr().toMoney(rounding);
    }

    /**
     * Returns the ARR rounded once to the currency's scale (12 times the exact MRR, then rounded).
     *
     * @param rounding  how to round, not null
     * @return the rounded ARR, never null
     */
    public Money arr(RoundingMode rounding) {
        return arr().toMoney(rounding);
    }

    /**
     * Returns one customer's MRR, zero for a customer not in the snapshot.
     *
     * @param customerId  the customer, not null
     * @return the customer's MRR, never null
     */
    public ExactMoney customerMrr(String customerId) {
        return byCustomer.getOrDefault(Objects.requireNonNull(customerId, "customerId"), ExactMoney.zero(currency));
    }

    /**
     * Returns how many customers pay on the date (their MRR is above zero).
     *
     * @return the number of paying customers
     */
    public long payingCustomers() {
        return byCustomer.values().stream().filter(m -> m.signum() > 0).count();
    }

    /**
     * Returns ARPA, the average MRR per paying customer: MRR / paying customers, with its parts; undefined with none.
     *
     * @return the average, in the snapshot's currency, never null
     */
    public MoneyAverage arpa() {
        return MoneyAverage.of(mrr(), payingCustomers());
    }

    /**
     * Returns the snapshot of the union of both inputs, each customer's MRR added.
     *
     * @param other  the other snapshot, same date and currency, not null
     * @return the merged snapshot, never null
     * @throws IllegalArgumentException if the dates or currencies differ
     */
    @Override
    public MrrSnapshot combine(MrrSnapshot other) {
        Objects.requireNonNull(other, "other");
        if (!date.equals(other.date) || !currency.equals(other.currency)) {
            throw new IllegalArgumentException("snapshots of " + date + " " + currency + " and " + other.date + " "
                    + other.currency + " do not combine");
        }
        TreeMap<String, ExactMoney> merged = new TreeMap<>(byCustomer);
        other.byCustomer.forEach((k, v) -> merged.merge(k, v, ExactMoney::plus));
        return new MrrSnapshot(date, currency, merged);
    }
}
