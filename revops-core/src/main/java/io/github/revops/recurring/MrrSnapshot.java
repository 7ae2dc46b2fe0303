package io.github.revops.recurring;

import io.github.revops.domain.Subscription;
import io.github.revops.math.Rational;
import io.github.revops.money.ExactMoney;
import io.github.revops.money.Money;
import io.github.revops.money.ReportingCurrency;
import io.github.revops.result.Mergeable;
import io.github.revops.result.Ratio;
import io.github.revops.table.SubscriptionTable;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collector;

/**
 * MRR and ARR on one date, per customer, with the paying customers and ARPA (METRICS.md 10).
 *
 * <p>A subscription counts on a date when it is paying (not a trial, amount above zero) and
 * {@code startDate <= date < endDate}; its monthly value is exact (a weekly plan is 52/12 of its amount). A customer's
 * MRR is the sum over its subscriptions, kept exact; the customer is paying when it is above zero. ARR is 12 times MRR.
 * Nothing is rounded until {@link #mrr(RoundingMode)} or {@link #arr(RoundingMode)}, which round once.
 * <pre>{@code
 * MrrSnapshot march = subscriptions.stream().collect(MrrSnapshot.collector(LocalDate.of(2026, 3, 31),
 *         ReportingCurrency.of(Money.currency("USD"))));
 * march.mrr();                          // exact, such as USD 1250000 minor
 * march.arr(RoundingMode.HALF_EVEN);    // USD 150000.00
 * march.arpa();                         // MRR / paying customers, a Ratio
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
     * Returns a collector of the MRR of subscriptions on a date.
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
        return Collector.of(() -> new Accumulator(date, reporting), Accumulator::add, Accumulator::addAll,
                Accumulator::build, Collector.Characteristics.UNORDERED);
    }

    /**
     * Computes the snapshot on a date from the rows of a subscription table: every customer of the table with its
     * MRR (zero when none of its subscriptions counts); equal to {@code RecurringRevenue.of(subscriptions).mrrAt(date)}
     * for the same subscriptions.
     *
     * @param subscriptions  the subscriptions as a table, not null
     * @param date  the date, not null
     * @return the snapshot, in the table's currency, never null
     */
    public static MrrSnapshot of(SubscriptionTable subscriptions, LocalDate date) {
        return TableEvaluation.snapshot(subscriptions, Objects.requireNonNull(date, "date"));
    }

    /**
     * Obtains an empty accumulator, for a loop that adds subscriptions one at a time.
     *
     * @param date  the date, not null
     * @param reporting  the reporting currency and its rates, not null
     * @return a new accumulator, never null
     */
    public static Accumulator accumulator(LocalDate date, ReportingCurrency reporting) {
        return new Accumulator(Objects.requireNonNull(date, "date"), Objects.requireNonNull(reporting, "reporting"));
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
     * Returns ARPA, the average MRR per paying customer, in minor units: MRR / paying customers, undefined with none.
     *
     * @return the ratio of MRR (minor units) to paying customers, never null
     */
    public Ratio arpa() {
        return Ratio.of(mrr().minorUnits(), Rational.of(payingCustomers()));
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
        if (!date.equals(other.date) || !currency.equals(other.currency)) {
            throw new IllegalArgumentException("snapshots of " + date + " " + currency + " and " + other.date + " "
                    + other.currency + " do not combine");
        }
        TreeMap<String, ExactMoney> merged = new TreeMap<>(byCustomer);
        other.byCustomer.forEach((k, v) -> merged.merge(k, v, ExactMoney::plus));
        return new MrrSnapshot(date, currency, merged);
    }

    /**
     * Adds subscriptions one at a time, keeping one exact sum per customer; nothing is allocated per subscription
     * in the reporting currency for the usual billing intervals. Not thread-safe; merge accumulators of separate
     * threads with {@link #addAll}.
     *
     * @since 0.1.0
     */
    public static final class Accumulator {

        private final LocalDate date;
        private final ReportingCurrency reporting;
        private final Map<String, MrrSum> customers = new HashMap<>();

        private Accumulator(LocalDate date, ReportingCurrency reporting) {
            this.date = date;
            this.reporting = reporting;
        }

        /**
         * Adds one subscription.
         *
         * @param subscription  the subscription, not null
         * @throws io.github.revops.money.CurrencyMismatchException if its currency cannot be reported
         */
        public void add(Subscription subscription) {
            SubscriptionAmounts.check(reporting, subscription);
            MrrSum sum = customers.computeIfAbsent(subscription.customerId(), k -> new MrrSum());
            if (subscription.isPaying() && MrrSum.inService(subscription, date)) {
                sum.add(subscription, reporting, date);
            }
        }

        /**
         * Adds everything another accumulator holds.
         *
         * @param other  the other accumulator, same date and currency, not null
         * @return this accumulator
         */
        public Accumulator addAll(Accumulator other) {
            other.customers.forEach((k, v) -> customers.computeIfAbsent(k, x -> new MrrSum()).addAll(v));
            return this;
        }

        /**
         * Builds the snapshot; the accumulator can go on adding.
         *
         * @return the snapshot, never null
         */
        public MrrSnapshot build() {
            TreeMap<String, ExactMoney> byCustomer = new TreeMap<>();
            customers.forEach((k, v) -> byCustomer.put(k, ExactMoney.ofMinor(reporting.currency(), v.value())));
            return new MrrSnapshot(date, reporting.currency(), byCustomer);
        }
    }
}
