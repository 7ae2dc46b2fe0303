package io.github.revops.recurring;

import io.github.revops.domain.BillingInterval;
import io.github.revops.domain.Subscription;
import io.github.revops.internal.MonthlyNumerators;
import io.github.revops.internal.StringCodes;
import io.github.revops.internal.SubscriptionFields;
import io.github.revops.money.CurrencyMismatchException;
import io.github.revops.money.ReportingCurrency;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * The record path's source: subscriptions decoded once into primitive columns (epoch days, minor units, a customer
 * code), grouped by customer with customers in id order, so that the kernels read them as they read a table. Amounts
 * in the reporting currency become monthly numerators over a common denominator ({@link MonthlyNumerators}); amounts
 * in other currencies (possible only with exchange rates) are kept for {@link ConvertedMrr}.
 *
 * <p>A {@link Builder} takes the subscriptions one at a time and merges with another builder, so it is also the
 * accumulator of the recurring collectors. It checks nothing but currencies: ids are the caller's concern.
 */
final class RecordSegments {

    private static final byte PAYING = 1;
    private static final byte CONVERTED = 2;

    private final Currency currency;
    private final long denominator;
    private final boolean converted;
    private final String[] customerIds;
    /** The rows of customer {@code c} (in id order) are {@code order[first[c]]} to {@code order[first[c + 1] - 1]}. */
    private final int[] first;
    private final int[] order;
    private final long[] start;
    private final long[] end;
    private final long[] cancelled;
    private final long[] numerator;
    private final byte[] flags;
    private final Subscription[] records;

    private RecordSegments(Builder b, long denominator, String[] customerIds, int[] first, int[] order,
                           long[] numerator) {
        this.currency = b.currency;
        this.denominator = denominator;
        this.converted = b.converted;
        this.customerIds = customerIds;
        this.first = first;
        this.order = order;
        this.start = b.start;
        this.end = b.end;
        this.cancelled = b.cancelled;
        this.numerator = numerator;
        this.flags = b.flags;
        this.records = b.records;
    }

    /**
     * A builder whose amounts must be in a reporting currency, or convert into it with its rates.
     *
     * @param reporting  the reporting currency, not null
     * @param expected  about how many subscriptions will come (a hint)
     * @return a new builder, never null
     */
    static Builder builder(ReportingCurrency reporting, int expected) {
        return new Builder(Optional.of(reporting), true, expected);
    }

    /**
     * A builder whose amounts must share one currency, the first subscription's.
     *
     * @param expected  about how many subscriptions will come (a hint)
     * @return a new builder, never null
     */
    static Builder builder(int expected) {
        return new Builder(Optional.empty(), true, expected);
    }

    /**
     * A builder for the metrics that count customers only (logo churn): amounts may be in any currency, and every
     * numerator is zero.
     *
     * @param expected  about how many subscriptions will come (a hint)
     * @return a new builder, never null
     */
    static Builder withoutAmounts(int expected) {
        return new Builder(Optional.empty(), false, expected);
    }

    /** Decodes subscriptions in one pass. */
    static RecordSegments of(Iterable<Subscription> subscriptions, Builder builder) {
        for (Subscription s : subscriptions) {
            builder.add(s);
        }
        return builder.build();
    }

    /** The currency of the numerators. */
    Currency currency() {
        return currency;
    }

    /** The denominator of the numerators. */
    long denominator() {
        return denominator;
    }

    /** Whether some amount is in another currency, to be converted ({@link ConvertedMrr}). */
    boolean converted() {
        return converted;
    }

    /** The number of customers. */
    int customers() {
        return customerIds.length;
    }

    /** The id of customer {@code c}, in id order. */
    String customerId(int c) {
        return customerIds[c];
    }

    /** The subscriptions of customer {@code c}, in the order they came. */
    List<Subscription> subscriptions(int c) {
        List<Subscription> list = new ArrayList<>(first[c + 1] - first[c]);
        for (int i = first[c]; i < first[c + 1]; i++) {
            list.add(records[order[i]]);
        }
        return list;
    }

    /**
     * Feeds every paying subscription, then each customer's id; an amount in another currency is fed with a
     * numerator of zero (kernels of money check {@link #converted()} first).
     */
    void feed(SegmentSink sink) {
        for (int c = 0; c < customerIds.length; c++) {
            for (int i = first[c]; i < first[c + 1]; i++) {
                int r = order[i];
                if ((flags[r] & PAYING) != 0) {
                    sink.segment(start[r], end[r], cancelled[r], numerator[r]);
                }
            }
            sink.endCustomer(customerIds[c]);
        }
    }

    /**
     * Decodes subscriptions into columns; merges with another builder. Not thread-safe.
     */
    static final class Builder {

        private final Optional<ReportingCurrency> reporting;
        private final boolean amounts;
        private Currency currency;
        private boolean converted;
        private final List<BillingInterval> intervals = new ArrayList<>(4);
        private final StringCodes customers;
        private int size;
        private int[] customer;
        private long[] start;
        private long[] end;
        private long[] cancelled;
        private long[] amount;
        private int[] interval;
        private byte[] flags;
        private Subscription[] records;

        private Builder(Optional<ReportingCurrency> reporting, boolean amounts, int expected) {
            this.reporting = reporting;
            this.amounts = amounts;
            this.currency = reporting.map(ReportingCurrency::currency).orElse(null);
            int capacity = Math.max(16, expected);
            customers = new StringCodes(capacity / 2);
            customer = new int[capacity];
            start = new long[capacity];
            end = new long[capacity];
            cancelled = new long[capacity];
            amount = new long[capacity];
            interval = new int[capacity];
            flags = new byte[capacity];
            records = new Subscription[capacity];
        }

        /**
         * Adds one subscription.
         *
         * @throws CurrencyMismatchException if its amount is in another currency and there are no rates
         */
        void add(Subscription s) {
            Currency c = s.amount().currency();
            if (currency == null) {
                currency = c;
            }
            boolean other = amounts && c != currency && !c.equals(currency);
            if (other && reporting.flatMap(ReportingCurrency::rates).isEmpty()) {
                throw new CurrencyMismatchException(currency, c);
            }
            if (size == customer.length) {
                grow();
            }
            int r = size++;
            customer[r] = customers.code(s.customerId());
            start[r] = SubscriptionFields.startDay(s);
            end[r] = SubscriptionFields.endDay(s);
            cancelled[r] = SubscriptionFields.cancellationDay(s);
            amount[r] = s.amount().minorUnits();
            interval[r] = intervalIndex(s.interval());
            flags[r] = (byte) ((s.isPaying() ? PAYING : 0) | (other ? CONVERTED : 0));
            records[r] = s;
            converted |= other;
        }

        /**
         * Adds everything another builder holds.
         *
         * @return this builder
         */
        Builder addAll(Builder other) {
            for (int r = 0; r < other.size; r++) {
                add(other.records[r]);
            }
            return this;
        }

        /**
         * Groups the rows by customer in id order and puts the amounts over their common denominator.
         *
         * @throws IllegalArgumentException if there was no subscription and no reporting currency
         * @throws ArithmeticException if a monthly numerator overflows a {@code long}
         */
        RecordSegments build() {
            if (currency == null && amounts) {
                throw new IllegalArgumentException("subscriptions ([]) must not be empty: give the reporting"
                        + " currency");
            }
            long denominator = MonthlyNumerators.denominator(intervals);
            long[] perUnit = new long[intervals.size()];
            for (int i = 0; i < perUnit.length; i++) {
                perUnit[i] = MonthlyNumerators.perUnit(intervals.get(i), denominator);
            }
            long[] numerator = new long[size];
            for (int r = 0; r < size; r++) {
                numerator[r] = !amounts || (flags[r] & CONVERTED) != 0 ? 0
                        : Math.multiplyExact(amount[r], perUnit[interval[r]]);
            }
            int count = customers.size();
            int[] rank = customers.sortedRanks();
            String[] ids = new String[count];
            for (int c = 0; c < count; c++) {
                ids[rank[c]] = customers.value(c);
            }
            int[] first = new int[count + 1];
            for (int r = 0; r < size; r++) {
                first[rank[customer[r]] + 1]++;
            }
            for (int c = 0; c < count; c++) {
                first[c + 1] += first[c];
            }
            int[] next = Arrays.copyOf(first, count);
            int[] order = new int[size];
            for (int r = 0; r < size; r++) {
                order[next[rank[customer[r]]]++] = r;
            }
            return new RecordSegments(this, denominator, ids, first, order, numerator);
        }

        private int intervalIndex(BillingInterval i) {
            for (int k = 0; k < intervals.size(); k++) {
                if (intervals.get(k) == i) {
                    return k;
                }
            }
            int k = intervals.indexOf(i);
            if (k < 0) {
                k = intervals.size();
                intervals.add(i);
            }
            return k;
        }

        private void grow() {
            int capacity = customer.length * 2;
            customer = Arrays.copyOf(customer, capacity);
            start = Arrays.copyOf(start, capacity);
            end = Arrays.copyOf(end, capacity);
            cancelled = Arrays.copyOf(cancelled, capacity);
            amount = Arrays.copyOf(amount, capacity);
            interval = Arrays.copyOf(interval, capacity);
            flags = Arrays.copyOf(flags, capacity);
            records = Arrays.copyOf(records, capacity);
        }
    }
}
