package io.github.revops.recurring;

import io.github.revops.domain.BillingInterval;
import io.github.revops.domain.Subscription;
import io.github.revops.internal.MonthlyNumerators;
import io.github.revops.internal.StringCodes;
import io.github.revops.internal.IdCheck;
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

    private RecordSegments(Builder b, String[] customerIds, int[] first, int[] order) {
        this.currency = b.currency;
        this.denominator = b.denominator;
        this.converted = b.converted;
        this.customerIds = customerIds;
        this.first = first;
        this.order = order;
        this.start = b.start;
        this.end = b.end;
        this.cancelled = b.cancelled;
        this.numerator = b.numerator;
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
     * Feeds subscriptions straight from the collection to a kernel, without columns, when that is possible: amounts
     * in the reporting currency (none to convert) and, for a kernel that keeps customer state, customers in
     * increasing id order with each customer's subscriptions adjacent (an export sorted by customer). The kernel is
     * made for the common denominator of the billing intervals; it is made again, and the subscriptions fed again,
     * when a later interval needs a larger one.
     *
     * @param reporting  the reporting currency, or empty for a kernel that counts customers only (no amounts)
     * @param byCustomer  whether the kernel needs whole customers in order ({@link SegmentSink#customer})
     * @param kernel  makes a kernel for a denominator
     * @return the fed kernel with its denominator, or empty when the columns are needed (an amount to convert, or
     *         customers out of order)
     * @throws CurrencyMismatchException if an amount is in another currency and there are no rates
     */
    static <S extends SegmentSink> Optional<Fed<S>> stream(Collection<Subscription> subscriptions,
                                                            Optional<ReportingCurrency> reporting, boolean byCustomer,
                                                            LongFunction<S> kernel) {
        return stream(subscriptions, reporting, byCustomer, kernel, false);
    }

    /**
     * As {@link #stream(Collection, Optional, boolean, LongFunction)}, and with {@code checkIds} the ids are checked
     * too: taken in the same pass when the subscriptions stream (one pass over the records instead of two), else
     * checked before the columns are built.
     *
     * @throws io.github.revops.domain.InvalidRecordException if {@code checkIds} and two subscriptions share an id
     */
    static <S extends SegmentSink> Optional<Fed<S>> stream(Collection<Subscription> subscriptions,
                                                            Optional<ReportingCurrency> reporting, boolean byCustomer,
                                                            LongFunction<S> kernel, boolean checkIds) {
        long denominator = 1;
        while (true) {
            IdCheck ids = checkIds ? new IdCheck(subscriptions.size()) : null;
            Streaming<S> pass = new Streaming<>(kernel.apply(denominator), denominator, reporting, byCustomer, ids);
            pass.run(subscriptions);
            if (pass.outcome == Streaming.FED) {
                if (ids != null) {
                    ids.check(subscriptions, Subscription::id, "subscription");
                }
                return Optional.of(new Fed<>(pass.sink, denominator));
            }
            if (pass.outcome == Streaming.NEEDS_COLUMNS) {
                if (checkIds) {
                    Subscriptions.checked(subscriptions);
                }
                return Optional.empty();
            }
            denominator = pass.needed;
        }
    }

    /**
     * One pass of {@link #stream}: the kernel, its denominator, the current customer. The loop keeps the usual row on
     * a short path (same currency, a known interval, the same or the next customer) and leaves the rest to small
     * methods. Not thread-safe.
     */
    private static final class Streaming<S extends SegmentSink> {

        static final int FED = 0;
        static final int NEEDS_COLUMNS = 1;
        static final int NEEDS_DENOMINATOR = 2;

        final S sink;
        private final Segments batch = new Segments();
        private final long denominator;
        private final Currency currency;
        private final boolean convertible;
        private final boolean byCustomer;
        /** Takes each subscription's id, or null when the ids are not checked here. */
        private final IdCheck ids;
        private final List<BillingInterval> known = new ArrayList<>(4);
        private long[] perUnit = new long[4];
        private BillingInterval lastInterval;
        private long lastPerUnit;
        private String customer;
        int outcome = FED;
        long needed;

        Streaming(S sink, long denominator, Optional<ReportingCurrency> reporting, boolean byCustomer, IdCheck ids) {
            this.sink = sink;
            this.ids = ids;
            this.denominator = denominator;
            this.currency = reporting.map(ReportingCurrency::currency).orElse(null);
            this.convertible = reporting.flatMap(ReportingCurrency::rates).isPresent();
            this.byCustomer = byCustomer;
        }

        /** Feeds every subscription, or stops with {@link #outcome} saying why. */
        void run(Iterable<Subscription> subscriptions) {
            for (Subscription s : subscriptions) {
                if (ids != null) {
                    ids.add(SubscriptionFields.idHash(s));
                }
                Currency c = SubscriptionFields.currency(s);
                if (currency != null && c != currency && !otherCurrency(c)) {
                    return;
                }
                String id = s.customerId();
                if (byCustomer && id != customer && !nextCustomer(id)) {
                    return;
                }
                long numerator = 0;
                if (currency != null) {
                    if (s.interval() != lastInterval && !interval(s.interval())) {
                        return;
                    }
                    numerator = Math.multiplyExact(SubscriptionFields.amountMinor(s), lastPerUnit);
                }
                if (!SubscriptionFields.paying(s)) {
                    continue;
                }
                if (byCustomer) {
                    batch.add(SubscriptionFields.startDay(s), SubscriptionFields.endDay(s),
                            SubscriptionFields.cancellationDay(s), numerator);
                } else {
                    sink.row(SubscriptionFields.startDay(s), SubscriptionFields.endDay(s), numerator);
                }
            }
            if (byCustomer && customer != null) {
                sink.customer(customer, batch);
            }
        }

        /**
         * False (the pass stops) when an amount in another currency needs converting. Called for a currency that is
         * not the reporting one: {@link Currency} has one instance per code, so identity is equality.
         */
        private boolean otherCurrency(Currency c) {
            if (!convertible) {
                throw new CurrencyMismatchException(currency, c);
            }
            outcome = NEEDS_COLUMNS;
            return false;
        }

        /** Moves to a subscription's customer: the same, or the next in id order; false when out of order. */
        private boolean nextCustomer(String id) {
            if (customer == null || id.equals(customer)) {
                customer = id;
                return true;
            }
            if (customer.compareTo(id) > 0) {
                outcome = NEEDS_COLUMNS;
                return false;
            }
            sink.customer(customer, batch);
            batch.clear();
            customer = id;
            return true;
        }

        /** Makes an interval the last one seen; false when it needs a larger denominator (the pass restarts). */
        private boolean interval(BillingInterval interval) {
            int k = indexOf(known, interval);
            if (k < 0) {
                needed = MonthlyNumerators.denominator(denominator, interval);
                if (needed != denominator) {
                    outcome = NEEDS_DENOMINATOR;
                    return false;
                }
                k = known.size();
                known.add(interval);
                perUnit = k < perUnit.length ? perUnit : Arrays.copyOf(perUnit, k * 2);
                perUnit[k] = MonthlyNumerators.perUnit(interval, denominator);
            }
            lastInterval = interval;
            lastPerUnit = perUnit[k];
            return true;
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
        Segments batch = new Segments();
        for (int c = 0; c < customerIds.length; c++) {
            batch.clear();
            for (int i = first[c]; i < first[c + 1]; i++) {
                int r = row(i);
                if ((flags[r] & PAYING) != 0) {
                    batch.add(start[r], end[r], cancelled == null ? SubscriptionFields.NOT_CANCELLED : cancelled[r],
                            numerator[r]);
                }
            }
            sink.customer(customerIds[c], batch);
        }
    }

    private int row(int position) {
        return order == null ? position : order[position];
    }

    /**
     * Decodes subscriptions into columns; merges with another builder. Monthly values are numerators over the common
     * denominator of the billing intervals seen so far; an interval that needs a larger one multiplies the numerators
     * already decoded. Not thread-safe.
     */
    static final class Builder {

        private final Optional<ReportingCurrency> reporting;
        private final boolean amounts;
        /** Whether to keep the subscriptions themselves: only an amount to convert needs them. */
        private final boolean keepRecords;
        private Currency currency;
        private boolean converted;
        private long denominator = 1;
        private final List<BillingInterval> intervals = new ArrayList<>(4);
        private long[] perUnit = new long[4];
        private final StringCodes customers;
        private String lastCustomer;
        private int lastCode = -1;
        /** Whether each customer's rows so far are adjacent, customers in order of first sight. */
        private boolean grouped = true;
        private int size;
        private int[] customer;
        private long[] start;
        private long[] end;
        /** The cancellation days, null while no row has one. */
        private long[] cancelled;
        private long[] numerator;
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
            numerator = new long[capacity];
            flags = new byte[capacity];
            records = keepRecords ? new Subscription[capacity] : null;
        }

        /**
         * Adds one subscription.
         *
         * @throws CurrencyMismatchException if its amount is in another currency and there are no rates
         * @throws ArithmeticException if its monthly numerator overflows a {@code long}
         */
        void add(Subscription s) {
            boolean other = amounts && otherCurrency(SubscriptionFields.currency(s));
            long value = amounts && !other ? Math.multiplyExact(SubscriptionFields.amountMinor(s), perUnit(s.interval()))
                    : 0;
            append(code(s.customerId()), SubscriptionFields.startDay(s), SubscriptionFields.endDay(s),
                    SubscriptionFields.cancellationDay(s), value,
                    SubscriptionFields.paying(s) ? PAYING : 0, s);
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
            for (BillingInterval i : other.intervals) {
                perUnit(i);
            }
            long scale = denominator / other.denominator;
            for (int r = 0; r < other.size; r++) {
                boolean foreign = amounts && other.records != null && otherCurrency(other.records[r].amount()
                        .currency());
                append(code(other.customers.value(other.customer[r])), other.start[r], other.end[r],
                        other.cancelled == null ? SubscriptionFields.NOT_CANCELLED : other.cancelled[r],
                        foreign ? 0 : Math.multiplyExact(other.numerator[r], scale),
                        (byte) (other.flags[r] & PAYING),
                        other.records == null ? null : other.records[r]);
                converted |= foreign;
            }
            return this;
        }

        private void append(int code, long startDay, long endDay, long cancellationDay, long value, byte rowFlags,
                            Subscription record) {
            if (size == customer.length) {
                grow();
            }
            int r = size++;
            customer[r] = code;
            start[r] = startDay;
            end[r] = endDay;
            if (cancellationDay != SubscriptionFields.NOT_CANCELLED || cancelled != null) {
                if (cancelled == null) {
                    cancelled = new long[customer.length];
                    Arrays.fill(cancelled, 0, r, SubscriptionFields.NOT_CANCELLED);
                }
                cancelled[r] = cancellationDay;
            }
            numerator[r] = value;
            flags[r] = rowFlags;
            if (records != null) {
                records[r] = record;
            }
        }

        /**
         * Groups the rows by customer in id order.
         *
         * @throws IllegalArgumentException if there was no subscription and no reporting currency
         */
        RecordSegments build() {
            if (currency == null && amounts) {
                throw new IllegalArgumentException("subscriptions ([]) must not be empty: give the reporting"
                        + " currency");
            }
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
            return new RecordSegments(this, ids, first, order);
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

        /**
         * The numerator of one minor unit billed per interval over the common denominator, which grows (and the
         * numerators decoded so far with it) when the interval needs it.
         */
        private long perUnit(BillingInterval interval) {
            int k = indexOf(intervals, interval);
            if (k >= 0) {
                return perUnit[k];
            }
            long larger = MonthlyNumerators.denominator(denominator, interval);
            if (larger != denominator) {
                long scale = larger / denominator;
                for (int r = 0; r < size; r++) {
                    numerator[r] = Math.multiplyExact(numerator[r], scale);
                }
                denominator = larger;
                for (int i = 0; i < intervals.size(); i++) {
                    perUnit[i] = MonthlyNumerators.perUnit(intervals.get(i), denominator);
                }
            }
            k = intervals.size();
            intervals.add(interval);
            perUnit = k < perUnit.length ? perUnit : Arrays.copyOf(perUnit, k * 2);
            perUnit[k] = MonthlyNumerators.perUnit(interval, denominator);
            return perUnit[k];
        }

        private void grow() {
            int capacity = customer.length * 2;
            customer = Arrays.copyOf(customer, capacity);
            start = Arrays.copyOf(start, capacity);
            end = Arrays.copyOf(end, capacity);
            cancelled = cancelled == null ? null : Arrays.copyOf(cancelled, capacity);
            numerator = Arrays.copyOf(numerator, capacity);
            flags = Arrays.copyOf(flags, capacity);
            records = records == null ? null : Arrays.copyOf(records, capacity);
        }
    }
}
