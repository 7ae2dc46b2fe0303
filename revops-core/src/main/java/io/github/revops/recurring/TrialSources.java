package io.github.revops.recurring;

import io.github.revops.domain.Subscription;
import io.github.revops.internal.SubscriptionFields;
import io.github.revops.money.CurrencyMismatchException;
import io.github.revops.money.ReportingCurrency;
import io.github.revops.table.CodeColumn;
import io.github.revops.table.SubscriptionTable;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The two sources of {@link TrialConversionKernel}: subscription records and the rows of a
 * {@link SubscriptionTable}, each decoded customer by customer into {@link TrialRows} (trials and paying
 * subscriptions, in start order). No conversion rule lives here.
 */
final class TrialSources {

    private TrialSources() {
    }

    /**
     * Feeds records, customer by customer; a paying subscription's monthly value is converted into the reporting
     * currency at its start date's rate, the day it converts a trial.
     *
     * @throws CurrencyMismatchException if an amount is in another currency and there are no rates
     */
    static void feed(Collection<Subscription> subscriptions, ReportingCurrency reporting,
                     TrialConversionKernel kernel) {
        Map<String, List<Subscription>> byCustomer = new HashMap<>();
        for (Subscription s : subscriptions) {
            if (reporting.rates().isEmpty() && !s.amount().currency().equals(reporting.currency())) {
                throw new CurrencyMismatchException(reporting.currency(), s.amount().currency());
            }
            if (s.trial() || s.isPaying()) {
                byCustomer.computeIfAbsent(s.customerId(), c -> new ArrayList<>()).add(s);
            }
        }
        List<Subscription> current = new ArrayList<>();
        TrialRows rows = new TrialRows(i -> {
            Subscription s = current.get(i);
            return reporting.convert(s.monthlyValue(), s.startDate());
        });
        for (List<Subscription> customer : byCustomer.values()) {
            customer.sort(Comparator.comparingLong(SubscriptionFields::startDay));
            current.clear();
            current.addAll(customer);
            rows.clear();
            for (int i = 0; i < customer.size(); i++) {
                Subscription s = customer.get(i);
                rows.add(SubscriptionFields.startDay(s), SubscriptionFields.endDay(s), s.trial(), i);
            }
            kernel.customer(rows);
        }
    }

    /** Feeds the rows of a table, customer by customer (the table keeps a customer's rows adjacent, by start). */
    static void feed(SubscriptionTable table, TrialConversionKernel kernel) {
        TrialRows rows = new TrialRows(table::monthlyValue);
        for (int r = 0, n = table.size(); r < n; ) {
            r = feedCustomer(table, r, rows, kernel);
        }
    }

    /**
     * Feeds each customer's rows to the kernel of its value in a key column, which must hold one value per customer.
     *
     * @return each key value with its kernel, in code order, values without rows left out
     * @throws IllegalArgumentException if the key is not a column of the table, a row has no key, or a customer's
     *         rows have different keys
     */
    static Map<String, TrialConversionKernel> feedBy(SubscriptionTable table, CodeColumn key,
                                                     Supplier<TrialConversionKernel> fresh) {
        Objects.requireNonNull(key, "key");
        if (key.size() != table.size()) {
            throw new IllegalArgumentException("key column (" + key.size() + " rows) must be a column of the table ("
                    + table.size() + " rows)");
        }
        TrialConversionKernel[] kernels = new TrialConversionKernel[key.values().size()];
        TrialRows rows = new TrialRows(table::monthlyValue);
        for (int r = 0, n = table.size(); r < n; ) {
            int code = key.code(r);
            if (code == CodeColumn.ABSENT) {
                throw new IllegalArgumentException("row " + r + " has no value in the key column");
            }
            if (kernels[code] == null) {
                kernels[code] = fresh.get();
            }
            int next = feedCustomer(table, r, rows, kernels[code]);
            for (int q = r; q < next; q++) {
                if (key.code(q) != code) {
                    throw new IllegalArgumentException("customer '" + table.customer().value(r).orElse("-")
                            + "' has rows in groups " + key.values().get(code) + " and " + key.value(q).orElse("-")
                            + ": the key must hold one value per customer");
                }
            }
            r = next;
        }
        Map<String, TrialConversionKernel> byKey = new LinkedHashMap<>();
        for (int code = 0; code < kernels.length; code++) {
            if (kernels[code] != null) {
                byKey.put(key.values().get(code), kernels[code]);
            }
        }
        return byKey;
    }

    /** Feeds the trial and paying rows of the customer starting at row {@code r}; returns its last row + 1. */
    private static int feedCustomer(SubscriptionTable table, int r, TrialRows rows, TrialConversionKernel kernel) {
        CodeColumn customers = table.customer();
        int customer = customers.code(r);
        rows.clear();
        int row = r;
        for (int n = table.size(); row < n && customers.code(row) == customer; row++) {
            boolean trial = table.isTrial(row);
            if (trial || table.isPaying(row)) {
                int end = table.endDay(row);
                rows.add(table.startDay(row), end == SubscriptionTable.OPEN_END ? SubscriptionFields.OPEN_END : end,
                        trial, row);
            }
        }
        kernel.customer(rows);
        return row;
    }
}
