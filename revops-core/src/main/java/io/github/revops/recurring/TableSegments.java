package io.github.revops.recurring;

import io.github.revops.internal.SubscriptionFields;
import io.github.revops.table.CodeColumn;
import io.github.revops.table.SubscriptionTable;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The table path's source: feeds a kernel the paying rows of a {@link SubscriptionTable}, customer by customer (the
 * table keeps a customer's rows adjacent and its codes in id order), in the table's currency and denominator.
 */
final class TableSegments {

    private TableSegments() {
    }

    /** Feeds each customer's paying rows, customers in row order (which is id order). */
    static void feed(SubscriptionTable t, SegmentSink sink) {
        CodeColumn customers = t.customer();
        Segments batch = new Segments();
        int r = 0;
        int n = t.size();
        while (r < n) {
            r = feedCustomer(t, r, n, customers.code(r), sink, batch);
        }
    }

    /**
     * Feeds every paying row in row order, without the customers' ids: for a kernel that keeps no customer state
     * ({@link MrrTotalKernel}), which then reads the rows in one tight loop.
     */
    static void feedRows(SubscriptionTable t, SegmentSink sink) {
        for (int r = 0, n = t.size(); r < n; r++) {
            if (t.isPaying(r)) {
                sink.row(t.startDay(r), endDay(t.endDay(r)), t.monthlyNumerator(r));
            }
        }
    }

    /**
     * Feeds each customer's rows to the sink of its value in a key column, which must hold one value per customer.
     *
     * @return each key value with its sink, in key order, values without rows left out
     * @throws IllegalArgumentException if the key is not a column of the table, a row has no key, or a customer's
     *         rows have different keys
     */
    static <S extends SegmentSink> Map<String, S> feedBy(SubscriptionTable t, CodeColumn key, Supplier<S> fresh) {
        Objects.requireNonNull(key, "key");
        if (key.size() != t.size()) {
            throw new IllegalArgumentException("key column (" + key.size() + " rows) must be a column of the table ("
                    + t.size() + " rows)");
        }
        List<S> sinks = new ArrayList<>(Collections.nCopies(key.values().size(), null));
        CodeColumn customers = t.customer();
        Segments batch = new Segments();
        int r = 0;
        int n = t.size();
        while (r < n) {
            int customer = customers.code(r);
            int code = key.code(r);
            if (code == CodeColumn.ABSENT) {
                throw new IllegalArgumentException("row " + r + " has no value in the key column");
            }
            if (sinks.get(code) == null) {
                sinks.set(code, fresh.get());
            }
            int next = feedCustomer(t, r, n, customer, sinks.get(code), batch);
            for (int q = r; q < next; q++) {
                if (key.code(q) != code) {
                    throw new IllegalArgumentException("customer '" + customers.values().get(customer)
                            + "' has rows in groups " + key.values().get(code) + " and " + key.value(q).orElse("-")
                            + ": the key must hold one value per customer");
                }
            }
            r = next;
        }
        Map<String, S> byKey = new LinkedHashMap<>();
        for (int code = 0; code < sinks.size(); code++) {
            if (sinks.get(code) != null) {
                byKey.put(key.values().get(code), sinks.get(code));
            }
        }
        return byKey;
    }

    /** Feeds the paying rows of the customer starting at row {@code r}; returns its last row + 1. */
    private static int feedCustomer(SubscriptionTable t, int r, int n, int customer, SegmentSink sink,
                                    Segments batch) {
        CodeColumn customers = t.customer();
        batch.clear();
        int row = r;
        for (; row < n && customers.code(row) == customer; row++) {
            if (t.isPaying(row)) {
                add(t, row, batch);
            }
        }
        sink.customer(customers.values().get(customer), batch);
        return row;
    }

    private static void add(SubscriptionTable t, int r, Segments batch) {
        batch.add(t.startDay(r), endDay(t.endDay(r)), cancellationDay(t.cancellationDay(r)), t.monthlyNumerator(r));
    }

    /** The table's open end is the last {@code int} day; a record's is the last {@code long} one. */
    private static long endDay(int day) {
        return day == SubscriptionTable.OPEN_END ? SubscriptionFields.OPEN_END : day;
    }

    private static long cancellationDay(int day) {
        return day == SubscriptionTable.NOT_CANCELLED ? SubscriptionFields.NOT_CANCELLED : day;
    }
}
