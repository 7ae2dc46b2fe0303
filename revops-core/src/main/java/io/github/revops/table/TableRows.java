package io.github.revops.table;

import io.github.revops.domain.InvalidRecordException;
import io.github.revops.money.CurrencyMismatchException;
import io.github.revops.money.Money;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * What {@link DealTable} and {@link SubscriptionTable} share: the currency of the first record, row indexing and
 * splitting into slices, and their builders' amount, date and row checks. Static methods only, so a row costs no
 * extra allocation.
 */
final class TableRows {

    private TableRows() {
    }

    /**
     * A table's slice of rows {@code from} (inclusive) to {@code to} (exclusive).
     *
     * @param <T>  the table type
     */
    @FunctionalInterface
    interface Slicer<T> {

        /**
         * Returns the rows from {@code from} to {@code to} as a table.
         *
         * @param from  the first row
         * @param to  the row after the last
         * @return the slice, never null
         */
        T slice(int from, int to);
    }

    /**
     * Returns the currency of the first record, for a table whose currency is not given.
     *
     * @param <R>  the record type
     * @param records  the records, at least one, not null
     * @param name  the records' name in the message, such as "deals"
     * @param amount  the amount of a record, not null
     * @return the first record's currency, never null
     * @throws IllegalArgumentException if there is no record
     */
    static <R> Currency firstCurrency(Collection<R> records, String name, Function<R, Money> amount) {
        if (records.isEmpty()) {
            throw new IllegalArgumentException(name + " ([]) must not be empty: give the table's currency");
        }
        return amount.apply(records.iterator().next()).currency();
    }

    /**
     * Returns the index in the columns of a row of a table (or slice).
     *
     * @param offset  the slice's first index in the columns
     * @param row  the row, 0 to {@code size - 1}
     * @param size  the number of rows
     * @return the index in the columns
     * @throws IndexOutOfBoundsException if the row is outside the table
     */
    static int index(int offset, int row, int size) {
        return offset + Objects.checkIndex(row, size);
    }

    /**
     * Cuts a table into slices at row ranges.
     *
     * @param <T>  the table type
     * @param ranges  the ranges {from, to}, in row order, not null
     * @param slicer  the table's slice method, not null
     * @return the slices in row order, unmodifiable, never null
     */
    static <T> List<T> slices(List<int[]> ranges, Slicer<T> slicer) {
        List<T> slices = new ArrayList<>();
        for (int[] range : ranges) {
            slices.add(slicer.slice(range[0], range[1]));
        }
        return List.copyOf(slices);
    }

    /**
     * Returns an amount in minor units of a table's currency.
     *
     * @param currency  the table's currency, not null
     * @param amount  the amount, not null
     * @return the amount's minor units
     * @throws CurrencyMismatchException if the amount is in another currency
     */
    static long minorUnits(Currency currency, Money amount) {
        if (!amount.currency().equals(currency)) {
            throw new CurrencyMismatchException(currency, amount.currency());
        }
        return amount.minorUnits();
    }

    /**
     * Returns a date as an int epoch day.
     *
     * @param date  the date, not null
     * @return the epoch day
     * @throws ArithmeticException if the epoch day overflows an int
     */
    static int epochDay(LocalDate date) {
        return Math.toIntExact(date.toEpochDay());
    }

    /**
     * Returns the exception for a builder row that breaks a rule.
     *
     * @param record  the record kind, such as "deal"
     * @param row  the row
     * @param field  the field
     * @param value  the value, or null
     * @param problem  what is wrong
     * @return the exception, never null
     */
    static InvalidRecordException rejected(String record, int row, String field, Object value, String problem) {
        return new InvalidRecordException(record, "row " + row, field, value, problem);
    }

    /**
     * Checks a builder row's required text field.
     *
     * @param record  the record kind, such as "deal"
     * @param row  the row
     * @param field  the field
     * @param value  the value, or null
     * @throws InvalidRecordException if the value is null or blank
     */
    static void text(String record, int row, String field, String value) {
        if (value == null || value.isBlank()) {
            throw rejected(record, row, field, value == null ? null : "'" + value + "'",
                    value == null ? "is required" : "must not be blank");
        }
    }

    /**
     * Checks a builder row's amount in minor units.
     *
     * @param record  the record kind, such as "deal"
     * @param row  the row
     * @param set  whether the amount was set
     * @param amount  the amount in minor units
     * @throws InvalidRecordException if the amount is not set or negative
     */
    static void amount(String record, int row, boolean set, long amount) {
        if (!set || amount < 0) {
            throw rejected(record, row, "amount", set ? amount : null, set ? "must not be negative" : "is required");
        }
    }
}
