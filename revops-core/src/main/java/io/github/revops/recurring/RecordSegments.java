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
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * The record path's source: subscriptions decoded once into primitive columns (epoch days, minor units, a customer
 * code), grouped by customer with customers in id order, so that the kernels read them as they read a table. Amounts
 * in the reporting currency become monthly numerators over the common denominator of the billing intervals present
 * ({@link MonthlyNumerators}, as in a table); amounts in other currencies (possible only with exchange rates) are left
 * to {@link ConvertedMrr}. A kernel that keeps no customer state takes the subscriptions straight from the collection
 * instead ({@link #feedRows}), without columns.
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
    /** The rows of customer {@code c} (in id order) are {@code row(first[c])} to {@code row(first[c + 1] - 1)}. */
    private final int[] first;
    /** The row at each position in customer order; null when the rows already are in that order. */
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

    /**
     * Feeds the paying subscriptions in the reporting currency straight to a kernel that keeps no customer state, in
     * collection order, without columns; the kernel is made for the common denominator of the billing intervals (made
     * again, and the subscriptions fed again, when a later interval needs a larger one).
     *
     * @param kernel  makes a kernel for a denominator
     * @return the fed kernel with its denominator, or empty when an amount is in another currency (to be converted)
     * @throws CurrencyMismatchException if an amount is in another currency and there are no rates
     */
    static <S extends SegmentSink> Optional<Fed<S>> feedRows(Collection<Subscription> subscriptions,
                                                              ReportingCurrency reporting, LongFunction<S> kernel) {
        Currency currency = reporting.currency();
        long denominator = 1;
        while (true) {
            S sink = kernel.apply(denominator);
            List<BillingInterval> known = new ArrayList<>(4);
            long[] perUnit = new long[4];
            long needed = denominator;
            for (Subscription s : subscriptions) {
                Currency c = s.amount().currency();
                if (c != currency && !c.equals(currency)) {
                    if (reporting.rates().isEmpty()) {
                        throw new CurrencyMismatchException(currency, c);
                    }
                    return Optional.empty();
                }
                int k = indexOf(known, s.interval());
                if (k < 0) {
                    needed = MonthlyNumerators.denominator(denominator, s.interval());
                    if (needed != denominator) {
                        break;   // feed again over the larger denominator
                    }
                    k = known.size();
                    known.add(s.interval());
                    perUnit = k < perUnit.length ? perUnit : Arrays.copyOf(perUnit, k * 2);
                    perUnit[k] = MonthlyNumerators.perUnit(s.interval(), denominator);
                }
                if (s.isPaying()) {
                    sink.segment(SubscriptionFields.startDay(s), SubscriptionFields.endDay(s),
                            SubscriptionFields.cancellationDay(s), Math.multiplyExact(s.amount().minorUnits(),
                                    perUnit[k]));
                }
            }
            if (needed == denominator) {
                return Optional.of(new Fed<>(sink, denominator));
            }
            denominator = needed;
        }
    }

    /** The index of an interval in a short list, by identity first (intervals are usually constants). */
    private static int indexOf(List<BillingInterval> intervals, BillingInterval interval) {
        for (int k = 0; k < intervals.size(); k++) {
            if (intervals.get(k) == interval) {
                return k;
            }
        }
        return intervals.indexOf(interval);
    }

    /**
     * A kernel fed by {@link #feedRows}, with the denominator of its numerators.
     *
     * @param <S>  the kernel type
     * @param kernel  the kernel
     * @param denominator  the denominator
     */
    record Fed<S>(S kernel, long denominator) {
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
            list.add(records[row(i)]);
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
                int r = row(i);
                if ((flags[r] & PAYING) != 0) {
                    sink.segment(start[r], end[r], cancelled[r], numerator[r]);
                }
            }
            sink.endCustomer(customerIds[c]);
        }
    }

    private int row(int position) {
        return order == null ? position : order[position];
    }

    /**
     * Decodes subscriptions into columns; merges with another builder. Not thread-safe.
     */
    static final class Builder {

        private final Optional<ReportingCurrency> reporting;
        private final boolean amounts;
        /** Whether to keep the subscriptions themselves: only an amount to convert needs them. */
        private final boolean keepRecords;
        private Currency currency;
        private boolean converted;
        private final List<BillingInterval> intervals = new ArrayList<>(4);
        private final StringCodes customers;
        private String lastCustomer;
        private int lastCode = -1;
        /** Whether each customer's rows so far are adjacent, customers in order of first sight. */
        private boolean grouped = true;
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
            this.keepRecords = reporting.flatMap(ReportingCurrency::rates).isPresent();
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
            boolean other = amounts && otherCurrency(s.amount().currency());
            append(code(s.customerId()), SubscriptionFields.startDay(s), SubscriptionFields.endDay(s),
                    SubscriptionFields.cancellationDay(s), s.amount().minorUnits(), intervalIndex(s.interval()),
                    (byte) ((s.isPaying() ? PAYING : 0) | (other ? CONVERTED : 0)), keepRecords ? s : null);
            converted |= other;
        }

        /**
         * Adds everything another builder holds.
         *
         * @return this builder
         * @throws CurrencyMismatchException if the other builder's amounts are in another currency and there are no
         *         rates
         */
        Builder addAll(Builder other) {
            if (other.size > 0 && amounts && other.currency != null) {
                otherCurrency(other.currency);
            }
            for (int r = 0; r < other.size; r++) {
                boolean foreign = amounts && other.records[r] != null
                        && otherCurrency(other.records[r].amount().currency());
                append(code(other.customers.value(other.customer[r])), other.start[r], other.end[r],
                        other.cancelled[r], other.amount[r], intervalIndex(other.intervals.get(other.interval[r])),
                        (byte) ((other.flags[r] & PAYING) | (foreign ? CONVERTED : 0)), other.records[r]);
                converted |= foreign;
            }
            return this;
        }

        private void append(int code, long startDay, long endDay, long cancellationDay, long minorUnits,
                            int intervalIndex, byte rowFlags, Subscription record) {
            if (size == customer.length) {
                grow();
            }
            int r = size++;
            customer[r] = code;
            start[r] = startDay;
            end[r] = endDay;
            cancelled[r] = cancellationDay;
            amount[r] = minorUnits;
            interval[r] = intervalIndex;
            flags[r] = rowFlags;
            records[r] = record;
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
            long[] numerator = numerators(denominator);
            int count = customers.size();
            int[] rank = customers.sortedRanks();
            String[] ids = new String[count];
            boolean inOrder = true;
            for (int c = 0; c < count; c++) {
                ids[rank[c]] = customers.value(c);
                inOrder &= rank[c] == c;
            }
            int[] first = new int[count + 1];
            for (int r = 0; r < size; r++) {
                first[rank[customer[r]] + 1]++;
            }
            for (int c = 0; c < count; c++) {
                first[c + 1] += first[c];
            }
            int[] order = null;
            if (!grouped || !inOrder) {
                int[] next = Arrays.copyOf(first, count);
                order = new int[size];
                for (int r = 0; r < size; r++) {
                    order[next[rank[customer[r]]]++] = r;
                }
            }
            return new RecordSegments(this, denominator, ids, first, order, numerator);
        }

        private boolean otherCurrency(Currency c) {
            if (currency == null) {
                currency = c;
            }
            if (c == currency || c.equals(currency)) {
                return false;
            }
            if (reporting.flatMap(ReportingCurrency::rates).isEmpty()) {
                throw new CurrencyMismatchException(currency, c);
            }
            return true;
        }

        /** The customer's code; the previous row's customer is recognised without a lookup. */
        private int code(String customerId) {
            if (customerId == lastCustomer || customerId.equals(lastCustomer)) {
                return lastCode;
            }
            int known = customers.size();
            int code = customers.code(customerId);
            grouped &= code == known;
            lastCustomer = customerId;
            lastCode = code;
            return code;
        }

        private long[] numerators(long denominator) {
            long[] perUnit = new long[intervals.size()];
            for (int i = 0; i < perUnit.length; i++) {
                perUnit[i] = MonthlyNumerators.perUnit(intervals.get(i), denominator);
            }
            long[] numerator = new long[size];
            for (int r = 0; r < size; r++) {
                numerator[r] = !amounts || (flags[r] & CONVERTED) != 0 ? 0
                        : Math.multiplyExact(amount[r], perUnit[interval[r]]);
            }
            return numerator;
        }

        private int intervalIndex(BillingInterval i) {
            int k = indexOf(intervals, i);
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
