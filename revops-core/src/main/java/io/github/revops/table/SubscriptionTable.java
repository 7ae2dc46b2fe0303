package io.github.revops.table;

import io.github.revops.domain.BillingInterval;
import io.github.revops.domain.InvalidRecordException;
import io.github.revops.domain.Subscription;
import io.github.revops.domain.UniqueIds;
import io.github.revops.internal.MonthlyNumerators;
import io.github.revops.internal.SubscriptionFields;
import io.github.revops.math.Rational;
import io.github.revops.money.CurrencyMismatchException;
import io.github.revops.money.ExactMoney;
import io.github.revops.money.Money;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * An immutable column store of subscription segments in one currency, grouped by customer, for recurring-revenue
 * metrics over millions of segments.
 *
 * <p>Customer ids are dictionary-encoded ({@link CodeColumn}, codes in id order) and the rows are sorted by customer,
 * then start, then end, so all segments of a customer are adjacent: {@link #split} cuts only between customers, which
 * is what metrics with per-customer state (the MRR bridge, logo churn) need for their parts to combine. Dates are
 * epoch days; an open-ended segment ends on {@link #OPEN_END}. The monthly value is exact: each row keeps
 * {@link #monthlyNumerator(int)} over the table's common {@link #monthlyDenominator()} (the least common multiple
 * of the billing intervals' factor denominators: 1 for monthly, 3 for quarterly and weekly, 12 for yearly and daily),
 * in minor units, so a sum of monthly values is a sum of longs and stays exact. Subscription ids are not kept.
 * <pre>{@code
 * SubscriptionTable table = SubscriptionTable.builder(Money.currency("USD"))
 *         .customer("ACME").amountMinor(120_000).interval(BillingInterval.YEAR).start(LocalDate.of(2026, 1, 1)).add()
 *         .customer("ACME").amountMinor(1_000).interval(BillingInterval.WEEK).start(LocalDate.of(2026, 2, 1)).add()
 *         .build();
 * table.monthlyDenominator();    // 12
 * table.monthlyNumerator(0);     // 120000: 10000 cents a month, in twelfths
 * table.monthlyValue(1);         // USD 13000/3 cents: 1000 cents a week is 52/12 * 1000 a month
 * }</pre>
 *
 * <h2>Implementation Requirements:</h2>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class SubscriptionTable {

    /** The end day of an open-ended segment: above every epoch day, so a test {@code day < endDay} holds. */
    public static final int OPEN_END = Integer.MAX_VALUE;
    /** The cancellation day of a segment without one. */
    public static final int NOT_CANCELLED = Integer.MAX_VALUE;

    private static final byte PAYING = 1;
    private static final byte TRIAL = 2;

    private final Currency currency;
    private final long denominator;
    private final CodeColumn customer;
    private final int[] start;
    private final int[] end;
    private final int[] cancelled;
    private final long[] numerator;
    private final byte[] flags;
    private final int offset;
    private final int size;

    private SubscriptionTable(Currency currency, long denominator, CodeColumn customer, int[] start, int[] end,
                              int[] cancelled, long[] numerator, byte[] flags, int offset, int size) {
        this.currency = currency;
        this.denominator = denominator;
        this.customer = customer;
        this.start = start;
        this.end = end;
        this.cancelled = cancelled;
        this.numerator = numerator;
        this.flags = flags;
        this.offset = offset;
        this.size = size;
    }

    /**
     * Obtains the table of subscriptions in one currency, the currency of the first subscription.
     *
     * @param subscriptions  the subscriptions, at least one, ids unique, not null
     * @return the table, never null
     * @throws IllegalArgumentException if there is no subscription (use {@link #of(Currency, Collection)})
     * @throws CurrencyMismatchException if two subscriptions have different currencies
     * @throws InvalidRecordException if two subscriptions share an id
     */
    public static SubscriptionTable of(Collection<Subscription> subscriptions) {
        Objects.requireNonNull(subscriptions, "subscriptions");
        return of(TableRows.firstCurrency(subscriptions, "subscriptions", Subscription::amount), subscriptions);
    }

    /**
     * Obtains the table of subscriptions in a currency.
     *
     * @param currency  the currency of every amount, not null
     * @param subscriptions  the subscriptions, ids unique, not null
     * @return the table, never null
     * @throws CurrencyMismatchException if a subscription is in another currency
     * @throws InvalidRecordException if two subscriptions share an id
     */
    public static SubscriptionTable of(Currency currency, Collection<Subscription> subscriptions) {
        Objects.requireNonNull(subscriptions, "subscriptions");
        UniqueIds.check(subscriptions, Subscription::id, "subscription");
        Builder builder = builder(currency);
        builder.reserve(subscriptions.size());
        for (Subscription s : subscriptions) {
            builder.add(s);
        }
        return builder.build();
    }

    /**
     * Obtains an empty builder that appends rows.
     *
     * @param currency  the currency of every amount, not null
     * @return a new builder, never null
     */
    public static Builder builder(Currency currency) {
        return new Builder(Objects.requireNonNull(currency, "currency"));
    }

    /**
     * Returns the number of rows (subscription segments).
     *
     * @return the number of rows
     */
    public int size() {
        return size;
    }

    /**
     * Returns the currency of every amount.
     *
     * @return the currency, never null
     */
    public Currency currency() {
        return currency;
    }

    /**
     * Returns the customer column; rows of one customer are adjacent.
     *
     * @return the customer ids, dictionary-encoded in id order, never null
     */
    public CodeColumn customer() {
        return customer;
    }

    /**
     * Returns the first day of service of a row as an epoch day.
     *
     * @param row  the row, 0 to {@code size() - 1}
     * @return the start's epoch day
     * @throws IndexOutOfBoundsException if the row is outside the table
     */
    public int startDay(int row) {
        return start[index(row)];
    }

    /**
     * Returns the first day no longer in service (exclusive end) of a row as an epoch day.
     *
     * @param row  the row, 0 to {@code size() - 1}
     * @return the end's epoch day, or {@link #OPEN_END}
     * @throws IndexOutOfBoundsException if the row is outside the table
     */
    public int endDay(int row) {
        return end[index(row)];
    }

    /**
     * Returns the day the customer asked to cancel a row, as an epoch day.
     *
     * @param row  the row, 0 to {@code size() - 1}
     * @return the cancellation's epoch day, or {@link #NOT_CANCELLED}
     * @throws IndexOutOfBoundsException if the row is outside the table
     */
    public int cancellationDay(int row) {
        int i = index(row);
        return cancelled == null ? NOT_CANCELLED : cancelled[i];
    }

    /**
     * Checks if a row is a trial.
     *
     * @param row  the row, 0 to {@code size() - 1}
     * @return true for a trial
     * @throws IndexOutOfBoundsException if the row is outside the table
     */
    public boolean isTrial(int row) {
        return (flags[index(row)] & TRIAL) != 0;
    }

    /**
     * Checks if a row is paying: not a trial and its amount above zero ({@link Subscription#isPaying()}).
     *
     * @param row  the row, 0 to {@code size() - 1}
     * @return true when paying
     * @throws IndexOutOfBoundsException if the row is outside the table
     */
    public boolean isPaying(int row) {
        return (flags[index(row)] & PAYING) != 0;
    }

    /**
     * Returns the exact monthly value of a row, in minor units, times {@link #monthlyDenominator()}.
     *
     * @param row  the row, 0 to {@code size() - 1}
     * @return the numerator of the monthly value, not negative
     * @throws IndexOutOfBoundsException if the row is outside the table
     */
    public long monthlyNumerator(int row) {
        return numerator[index(row)];
    }

    /**
     * Returns the common denominator of every row's monthly value in minor units.
     *
     * @return the denominator, at least 1
     */
    public long monthlyDenominator() {
        return denominator;
    }

    /**
     * Returns the exact monthly value of a row ({@link Subscription#monthlyValue()}; allocates).
     *
     * @param row  the row, 0 to {@code size() - 1}
     * @return the monthly value, never null
     * @throws IndexOutOfBoundsException if the row is outside the table
     */
    public ExactMoney monthlyValue(int row) {
        return ExactMoney.ofMinor(currency, Rational.of(monthlyNumerator(row), denominator));
    }

    /**
     * Returns the rows {@code from} (inclusive) to {@code to} (exclusive) as a table sharing this table's columns; the
     * range must not cut a customer's rows.
     *
     * @param from  the first row, 0 to {@code to}, the first row of a customer
     * @param to  the row after the last, up to {@code size()}, the first row of a customer or the end
     * @return the slice, never null
     * @throws IndexOutOfBoundsException if the range is outside the table
     * @throws IllegalArgumentException if the range cuts a customer's rows
     */
    public SubscriptionTable slice(int from, int to) {
        Objects.checkFromToIndex(from, to, size);
        for (int cut : new int[] {from, to}) {
            if (!startsCustomer(cut)) {
                throw new IllegalArgumentException("slice [" + from + ", " + to + ") cuts the rows of customer '"
                        + customer.value(cut).orElseThrow() + "' at row " + cut);
            }
        }
        return new SubscriptionTable(currency, denominator, customer.slice(from, to), start, end, cancelled,
                numerator, flags, offset + from, to - from);
    }

    /**
     * Splits the table into consecutive slices of nearly equal size that never cut a customer's rows, for evaluation
     * on several threads.
     *
     * @param parts  the number of slices wanted, at least 1
     * @return the non-empty slices in row order (fewer than {@code parts} when customers are few), never null
     * @throws IllegalArgumentException if parts is less than 1
     */
    public List<SubscriptionTable> split(int parts) {
        return TableRows.slices(RowRanges.aligned(size, parts, this::startsCustomer), this::slice);
    }

    private boolean startsCustomer(int row) {
        return row == 0 || row == size || customer.code(row) != customer.code(row - 1);
    }

    private int index(int row) {
        return TableRows.index(offset, row, size);
    }

    /**
     * Appends rows to a {@link SubscriptionTable}: set a row's fields, then {@link #add()} validates it by the rules
     * of {@link Subscription} and appends it; or {@link #add(Subscription)} appends a record. Unset fields default to
     * a paying, monthly, open-ended segment without a cancellation. {@link #build()} sorts the rows by customer.
     * Not thread-safe.
     *
     * @since 0.1.0
     */
    public static final class Builder {

        private static final String RECORD = "subscription";

        private final Currency currency;
        private final BuilderTextColumn customers = new BuilderTextColumn(RECORD, "customerId", new SortedIdCodes());
        private final List<BillingInterval> intervals = new ArrayList<>();
        private final GrowingInts startColumn = new GrowingInts();
        private final GrowingInts endColumn = new GrowingInts();
        private final GrowingInts cancelledColumn = new GrowingInts();
        private final GrowingInts intervalColumn = new GrowingInts();
        private final GrowingLongs amountColumn = new GrowingLongs();
        private final GrowingBytes trialColumn = new GrowingBytes();
        private boolean anyCancelled;

        private long rowAmount;
        private boolean rowAmountSet;
        private BillingInterval rowInterval;
        private int rowStart;
        private boolean rowStartSet;
        private int rowEnd;
        private boolean rowTrial;
        private int rowCancelled;

        private Builder(Currency currency) {
            this.currency = currency;
            reset();
        }

        /**
         * Sets the row's customer id.
         *
         * @param customerId  the customer id, not blank
         * @return this builder
         */
        public Builder customer(String customerId) {
            customers.set(customerId);
            return this;
        }

        /**
         * Registers a customer id to set rows by code ({@link #customer(int)}), as
         * {@link DealTable.Builder#customerCode(String)} does: a caller that already holds each distinct id once
         * registers it once and passes an int per row, and the builder looks the id up once, when a row first uses
         * it, instead of once per row. The table is the one the same rows given as Strings build: a registered id no
         * row uses is not in it. Registering looks nothing up, so an id registered twice gets two codes that both
         * stand for it.
         * <pre>{@code
         * int acme = builder.customerCode("ACME");
         * builder.customer(acme).amountMinor(120_000).interval(BillingInterval.YEAR).startDay(20_454).add();
         * builder.customer(acme).amountMinor(1_000).startDay(20_485).add();
         * }</pre>
         *
         * @param customerId  the customer id, not null; a blank id is refused by {@link #add()} for the rows that
         *         use it
         * @return the code, valid for this builder only
         */
        public int customerCode(String customerId) {
            return customers.register(customerId);
        }

        /**
         * Sets the row's customer id by a code {@link #customerCode} gave.
         *
         * @param code  the code; a code this builder did not give is refused by {@link #add()}, naming the field
         *         and the code
         * @return this builder
         */
        public Builder customer(int code) {
            customers.set(code);
            return this;
        }

        /**
         * Sets the row's amount per billing interval, in minor units of the table's currency.
         *
         * @param minorUnits  the amount, not negative
         * @return this builder
         */
        public Builder amountMinor(long minorUnits) {
            this.rowAmount = minorUnits;
            this.rowAmountSet = true;
            return this;
        }

        /**
         * Sets the row's amount per billing interval.
         *
         * @param amount  the amount in the table's currency, not negative
         * @return this builder
         * @throws CurrencyMismatchException if the amount is in another currency
         */
        public Builder amount(Money amount) {
            Objects.requireNonNull(amount, "amount");
            return amountMinor(TableRows.minorUnits(currency, amount));
        }

        /**
         * Sets the row's billing interval (monthly unless set).
         *
         * @param interval  the interval, not null
         * @return this builder
         */
        public Builder interval(BillingInterval interval) {
            this.rowInterval = Objects.requireNonNull(interval, "interval");
            return this;
        }

        /**
         * Sets the row's first day of service.
         *
         * @param date  the start, not null
         * @return this builder
         */
        public Builder start(LocalDate date) {
            Objects.requireNonNull(date, "date");
            return startDay(TableRows.epochDay(date));
        }

        /**
         * Sets the row's first day of service as an epoch day.
         *
         * @param epochDay  the start's epoch day
         * @return this builder
         */
        public Builder startDay(int epochDay) {
            this.rowStart = epochDay;
            this.rowStartSet = true;
            return this;
        }

        /**
         * Sets the row's first day no longer in service (exclusive end).
         *
         * @param date  the end, after the start, not null
         * @return this builder
         */
        public Builder end(LocalDate date) {
            Objects.requireNonNull(date, "date");
            return endDay(TableRows.epochDay(date));
        }

        /**
         * Sets the row's exclusive end as an epoch day.
         *
         * @param epochDay  the end's epoch day, after the start, or {@link #OPEN_END}
         * @return this builder
         */
        public Builder endDay(int epochDay) {
            this.rowEnd = epochDay;
            return this;
        }

        /**
         * Marks the row as a trial, or not.
         *
         * @param trial  true for a trial
         * @return this builder
         */
        public Builder trial(boolean trial) {
            this.rowTrial = trial;
            return this;
        }

        /**
         * Sets the day the customer asked to cancel the row.
         *
         * @param date  the cancellation, not after the end, not null
         * @return this builder
         */
        public Builder cancelled(LocalDate date) {
            Objects.requireNonNull(date, "date");
            this.rowCancelled = TableRows.epochDay(date);
            return this;
        }

        /**
         * Validates the row set so far by the rules of {@link Subscription}, appends it and starts a new row.
         *
         * @return this builder
         * @throws InvalidRecordException naming the row ("row N") if a field is missing or breaks a rule; the row
         *         is then discarded
         */
        public Builder add() {
            try {
                check(customers.size());
            } catch (InvalidRecordException e) {
                reset();
                throw e;
            }
            append();
            return this;
        }

        private void check(int row) {
            customers.check(row);
            TableRows.amount(RECORD, row, rowAmountSet, rowAmount);
            if (!rowStartSet) {
                throw rejected(row, "startDate", null, "is required");
            }
            if (rowEnd <= rowStart) {
                throw rejected(row, "endDate", LocalDate.ofEpochDay(rowEnd),
                        "must be after startDate (" + LocalDate.ofEpochDay(rowStart) + ")");
            }
            if (rowCancelled != NOT_CANCELLED && (rowEnd == OPEN_END || rowCancelled > rowEnd)) {
                throw rejected(row, "cancellationDate",
                        LocalDate.ofEpochDay(rowCancelled), rowEnd == OPEN_END
                                ? "requires an endDate (service runs to the end date)"
                                : "must not be after endDate (" + LocalDate.ofEpochDay(rowEnd) + ")");
            }
        }

        /** Makes room for {@code rows} more rows, so that appending them copies no column. */
        private void reserve(int rows) {
            customers.reserve(rows);
            startColumn.reserve(rows);
            endColumn.reserve(rows);
            cancelledColumn.reserve(rows);
            intervalColumn.reserve(rows);
            amountColumn.reserve(rows);
            trialColumn.reserve(rows);
        }

        /**
         * Appends a subscription; its id is not kept. Fields set for a row not yet added are discarded: the next row
         * starts empty.
         *
         * @param subscription  the subscription, in the table's currency, not null
         * @return this builder
         * @throws CurrencyMismatchException if its amount is in another currency
         */
        public Builder add(Subscription subscription) {
            Objects.requireNonNull(subscription, "subscription");
            reset();
            long end = SubscriptionFields.endDay(subscription);
            long cancelled = SubscriptionFields.cancellationDay(subscription);
            customers.append(subscription.customerId());
            append(TableRows.minorUnits(currency, subscription.amount()),
                    subscription.interval(), Math.toIntExact(SubscriptionFields.startDay(subscription)),
                    end == SubscriptionFields.OPEN_END ? OPEN_END : Math.toIntExact(end), subscription.trial(),
                    cancelled == SubscriptionFields.NOT_CANCELLED ? NOT_CANCELLED : Math.toIntExact(cancelled));
            return this;
        }

        /**
         * Builds the table: customers renumbered in id order, rows sorted by customer, start and end (rows equal in
         * all three keep the order they were added in), monthly values put over their common denominator.
         *
         * @return the table, never null
         * @throws ArithmeticException if a monthly numerator overflows a long
         */
        public SubscriptionTable build() {
            int size = customers.size();
            CodeColumn sorted = customers.column();
            String[] values = sorted.dictionary();
            int[] codes = sorted.codes();
            int[] order = order(codes, values.length, size);
            long denominator = MonthlyNumerators.denominator(intervals);
            long[] perUnit = new long[intervals.size()];
            for (int i = 0; i < perUnit.length; i++) {
                perUnit[i] = MonthlyNumerators.perUnit(intervals.get(i), denominator);
            }
            int[] customer = new int[size];
            int[] start = new int[size];
            int[] end = new int[size];
            int[] cancelled = anyCancelled ? new int[size] : null;
            long[] numerator = new long[size];
            byte[] flags = new byte[size];
            for (int r = 0; r < size; r++) {
                int i = order == null ? r : order[r];
                customer[r] = codes[i];
                start[r] = startColumn.get(i);
                end[r] = endColumn.get(i);
                if (cancelled != null) {
                    cancelled[r] = cancelledColumn.get(i);
                }
                long amount = amountColumn.get(i);
                numerator[r] = Math.multiplyExact(amount, perUnit[intervalColumn.get(i)]);
                boolean trial = trialColumn.get(i) != 0;
                flags[r] = (byte) ((trial ? TRIAL : 0) | (!trial && amount > 0 ? PAYING : 0));
            }
            return new SubscriptionTable(currency, denominator, new CodeColumn(values, customer, 0, size),
                    start, end, cancelled, numerator, flags, 0, size);
        }

        /**
         * The row order: by customer code (counting sort), then start day, then end day; null when the rows came in
         * that order.
         */
        private int[] order(int[] codes, int customerCount, int size) {
            if (inOrder(codes, size)) {
                return null;
            }
            int[] first = new int[customerCount + 1];
            for (int r = 0; r < size; r++) {
                first[codes[r] + 1]++;
            }
            for (int c = 0; c < customerCount; c++) {
                first[c + 1] += first[c];
            }
            int[] next = first.clone();
            int[] order = new int[size];
            for (int r = 0; r < size; r++) {
                order[next[codes[r]]++] = r;
            }
            for (int c = 0; c < customerCount; c++) {
                sortByDates(order, first[c], first[c + 1]);
            }
            return order;
        }

        private boolean inOrder(int[] codes, int size) {
            for (int r = 1; r < size; r++) {
                int c = Integer.compare(codes[r - 1], codes[r]);
                if (c > 0 || c == 0 && compareDates(r - 1, r) > 0) {
                    return false;
                }
            }
            return true;
        }

        /** Insertion sort of one customer's rows by (start, end); a customer has few rows. */
        private void sortByDates(int[] order, int from, int to) {
            for (int i = from + 1; i < to; i++) {
                int row = order[i];
                int j = i - 1;
                while (j >= from && compareDates(order[j], row) > 0) {
                    order[j + 1] = order[j];
                    j--;
                }
                order[j + 1] = row;
            }
        }

        private int compareDates(int a, int b) {
            int c = Integer.compare(startColumn.get(a), startColumn.get(b));
            return c != 0 ? c : Integer.compare(endColumn.get(a), endColumn.get(b));
        }

        private static InvalidRecordException rejected(int row, String field, Object value, String problem) {
            return TableRows.rejected(RECORD, row, field, value, problem);
        }

        private void append() {
            customers.append();
            append(rowAmount, rowInterval, rowStart, rowEnd, rowTrial, rowCancelled);
            reset();
        }

        /** Appends the row's fields but the customer, which {@link #customers} appends. */
        private void append(long amount, BillingInterval interval, int startDay, int endDay, boolean trial,
                            int cancellationDay) {
            startColumn.add(startDay);
            endColumn.add(endDay);
            cancelledColumn.add(cancellationDay);
            anyCancelled |= cancellationDay != NOT_CANCELLED;
            intervalColumn.add(intervalIndex(interval));
            amountColumn.add(amount);
            trialColumn.add((byte) (trial ? 1 : 0));
        }

        private int intervalIndex(BillingInterval interval) {
            for (int i = 0; i < intervals.size(); i++) {
                if (intervals.get(i) == interval) {
                    return i;
                }
            }
            int i = intervals.indexOf(interval);
            if (i < 0) {
                i = intervals.size();
                intervals.add(interval);
            }
            return i;
        }

        private void reset() {
            customers.reset();
            rowAmountSet = false;
            rowInterval = BillingInterval.MONTH;
            rowStartSet = false;
            rowEnd = OPEN_END;
            rowTrial = false;
            rowCancelled = NOT_CANCELLED;
        }
    }
}
