package io.github.revops.recurring;

import io.github.revops.domain.Subscription;
import io.github.revops.math.Rational;
import io.github.revops.money.ExactMoney;
import io.github.revops.money.Money;
import io.github.revops.money.ReportingCurrency;
import io.github.revops.result.Breakdown;
import io.github.revops.result.Mergeable;
import io.github.revops.result.TimeSeries;
import io.github.revops.table.CodeColumn;
import io.github.revops.table.SubscriptionTable;
import io.github.revops.time.Granularity;
import io.github.revops.time.Period;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collector;

/**
 * The total MRR on a date (docs/metrics.md#recurring-revenue-and-retention, "MRR on a date") without the per-customer
 * detail of {@link MrrSnapshot}: the exact sum of the monthly values of the subscriptions that count on that date. It
 * equals {@code MrrSnapshot.mrr()} for the same subscriptions and date, and is the cheap way to read MRR or ARR at many
 * dates of millions of subscriptions.
 * <pre>{@code
 * MrrTotal june = RecurringRevenue.of(subscriptions).mrrTotalAt(LocalDate.of(2026, 6, 30));
 * june.arr(RoundingMode.HALF_EVEN);                                         // ARR = 12 x MRR, rounded once
 * TimeSeries<MrrTotal> ends = MrrTotal.series(table, Period.year(2026), Granularity.MONTH);  // 12 month ends
 * }</pre>
 *
 * @param date  the date, not null
 * @param mrr  the exact MRR on that date, in the reporting currency, not negative, not null
 * @since 0.1.0
 */
public record MrrTotal(LocalDate date, ExactMoney mrr) implements Mergeable<MrrTotal> {

    /**
     * Validates the total.
     *
     * @param date  the date, not null
     * @param mrr  the exact MRR on that date, not negative, not null
     * @throws IllegalArgumentException if the MRR is negative
     */
    public MrrTotal {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(mrr, "mrr");
        if (mrr.signum() < 0) {
            throw new IllegalArgumentException("mrr (" + mrr + ") must not be negative");
        }
    }

    /**
     * Obtains the total of no subscription: the identity of {@link #combine}.
     *
     * @param date  the date, not null
     * @param currency  the currency, not null
     * @return the zero total, never null
     */
    public static MrrTotal empty(LocalDate date, Currency currency) {
        return new MrrTotal(date, ExactMoney.zero(currency));
    }

    /**
     * Computes the total MRR of subscriptions in one currency on a date.
     *
     * @param subscriptions  the subscriptions, at least one, ids unique, not null
     * @param date  the date, not null
     * @return the total, in the first subscription's currency, never null
     * @throws IllegalArgumentException if there is no subscription (give a {@link ReportingCurrency})
     * @throws io.github.revops.money.CurrencyMismatchException if two subscriptions have different currencies
     * @throws io.github.revops.domain.InvalidRecordException if two subscriptions share an id
     */
    public static MrrTotal of(Collection<Subscription> subscriptions, LocalDate date) {
        Objects.requireNonNull(subscriptions, "subscriptions");
        Objects.requireNonNull(date, "date");
        return of(subscriptions, date, Subscriptions.firstCurrency(Subscriptions.checked(subscriptions)));
    }

    /**
     * Computes the total MRR of subscriptions on a date in a reporting currency, each converted at that date's rate
     * when it has rates.
     *
     * @param subscriptions  the subscriptions, ids unique, not null
     * @param date  the date, not null
     * @param reporting  the reporting currency and its rates, not null
     * @return the total, never null
     * @throws io.github.revops.money.CurrencyMismatchException if a subscription is in another currency and there are
     *         no rates
     * @throws io.github.revops.domain.InvalidRecordException if two subscriptions share an id
     */
    public static MrrTotal of(Collection<Subscription> subscriptions, LocalDate date, ReportingCurrency reporting) {
        Objects.requireNonNull(subscriptions, "subscriptions");
        Objects.requireNonNull(reporting, "reporting");
        Objects.requireNonNull(date, "date");
        return totals(Subscriptions.checked(subscriptions), List.of(date), reporting).get(0);
    }

    /**
     * Computes the total MRR on a date per group of subscriptions (a plan, a region, a segment of customers...), keys
     * in natural order; the total of the breakdown is {@link #of(Collection, LocalDate)} of all of them.
     *
     * @param <K>  the key type
     * @param subscriptions  the subscriptions, at least one, in one currency, ids unique, not null
     * @param date  the date, not null
     * @param key  the group of a subscription, never null for one, not null
     * @return the total per group, never null
     * @throws IllegalArgumentException if there is no subscription or a key is null
     * @throws io.github.revops.money.CurrencyMismatchException if two subscriptions have different currencies
     * @throws io.github.revops.domain.InvalidRecordException if two subscriptions share an id
     */
    public static <K extends Comparable<? super K>> Breakdown<K, MrrTotal> by(
            Collection<Subscription> subscriptions, LocalDate date, Function<? super Subscription, ? extends K> key) {
        Objects.requireNonNull(subscriptions, "subscriptions");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(key, "key");
        return by(subscriptions, date, Subscriptions.firstCurrency(Subscriptions.checked(subscriptions)), key);
    }

    /**
     * Computes the total MRR on a date per group of subscriptions in a reporting currency.
     *
     * @param <K>  the key type
     * @param subscriptions  the subscriptions, ids unique, not null
     * @param date  the date, not null
     * @param reporting  the reporting currency and its rates, not null
     * @param key  the group of a subscription, never null for one, not null
     * @return the total per group, never null
     * @throws IllegalArgumentException if a key is null
     * @throws io.github.revops.domain.InvalidRecordException if two subscriptions share an id
     */
    public static <K extends Comparable<? super K>> Breakdown<K, MrrTotal> by(
            Collection<Subscription> subscriptions, LocalDate date, ReportingCurrency reporting,
            Function<? super Subscription, ? extends K> key) {
        Objects.requireNonNull(subscriptions, "subscriptions");
        Objects.requireNonNull(reporting, "reporting");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(date, "date");
        return Subscriptions.by(Subscriptions.checked(subscriptions), key, false,
                group -> totals(group, List.of(date), reporting).get(0), empty(date, reporting.currency()));
    }

    /**
     * Computes the total MRR on the last day of each period of a range (such as the 36 month ends of three years)
     * of subscriptions in one currency, in one pass over them.
     *
     * @param subscriptions  the subscriptions, at least one, ids unique, not null
     * @param range  the range, not null
     * @param granularity  how to cut it, such as {@link Granularity#MONTH}, not null
     * @return the totals in time order, never null
     * @throws IllegalArgumentException if there is no subscription
     * @throws io.github.revops.money.CurrencyMismatchException if two subscriptions have different currencies
     * @throws io.github.revops.domain.InvalidRecordException if two subscriptions share an id
     */
    public static TimeSeries<MrrTotal> series(Collection<Subscription> subscriptions, Period range,
                                              Granularity granularity) {
        Objects.requireNonNull(subscriptions, "subscriptions");
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(granularity, "granularity");
        Collection<Subscription> present = Subscriptions.withoutNulls(subscriptions);
        return seriesOf(present, range, granularity, Subscriptions.firstCurrency(present));
    }

    /**
     * Computes the total MRR on the last day of each period of a range in a reporting currency, each date's total at
     * that date's rates.
     *
     * @param subscriptions  the subscriptions, ids unique, not null
     * @param range  the range, not null
     * @param granularity  how to cut it, such as {@link Granularity#MONTH}, not null
     * @param reporting  the reporting currency and its rates, not null
     * @return the totals in time order, never null
     * @throws io.github.revops.domain.InvalidRecordException if two subscriptions share an id
     */
    public static TimeSeries<MrrTotal> series(Collection<Subscription> subscriptions, Period range,
                                              Granularity granularity, ReportingCurrency reporting) {
        Objects.requireNonNull(subscriptions, "subscriptions");
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(granularity, "granularity");
        Objects.requireNonNull(reporting, "reporting");
        return seriesOf(Subscriptions.withoutNulls(subscriptions), range, granularity, reporting);
    }

    /**
     * Returns a collector of the total MRR on a date of subscriptions in one currency, the first one's. It does not
     * check ids.
     *
     * @param date  the date, not null
     * @return the collector, never null; it throws {@link IllegalArgumentException} on no subscription and
     *         {@link io.github.revops.money.CurrencyMismatchException} on a second currency
     */
    public static Collector<Subscription, ?, MrrTotal> collector(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return Subscriptions.collector(() -> RecordSegments.builder(16), rows -> totals(rows, List.of(date)).get(0));
    }

    /**
     * Returns a collector of the total MRR on a date in a reporting currency. It does not check ids.
     *
     * @param date  the date, not null
     * @param reporting  the reporting currency and its rates, not null
     * @return the collector, never null
     */
    public static Collector<Subscription, ?, MrrTotal> collector(LocalDate date, ReportingCurrency reporting) {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(reporting, "reporting");
        return Subscriptions.collector(() -> RecordSegments.builder(reporting, 16),
                rows -> totals(rows, List.of(date), reporting).get(0));
    }

    /**
     * Computes the total MRR on a date from the rows of a subscription table, in one loop that allocates nothing per
     * row; equal to {@code of(subscriptions, date)} for the same subscriptions.
     *
     * @param subscriptions  the subscriptions as a table, not null
     * @param date  the date, not null
     * @return the total, in the table's currency, never null
     */
    public static MrrTotal of(SubscriptionTable subscriptions, LocalDate date) {
        Objects.requireNonNull(subscriptions, "subscriptions");
        Objects.requireNonNull(date, "date");
        return totals(subscriptions, List.of(date)).get(0);
    }

    /**
     * Computes the total MRR on a date per value of a key column of a subscription table (such as its customer
     * column), which must hold one value per customer.
     *
     * @param subscriptions  the subscriptions as a table, not null
     * @param date  the date, not null
     * @param key  a code column of the table, not null
     * @return the total per key value, in key order, never null
     * @throws IllegalArgumentException if the key is not a column of the table or a customer's rows have different keys
     */
    public static Breakdown<String, MrrTotal> by(SubscriptionTable subscriptions, LocalDate date, CodeColumn key) {
        Objects.requireNonNull(subscriptions, "subscriptions");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(key, "key");
        StateDates states = StateDates.ofDates(List.of(date));
        Map<String, MrrTotalKernel> groups = TableSegments.feedBy(subscriptions, key,
                () -> new MrrTotalKernel(states, subscriptions.monthlyDenominator()));
        Map<String, MrrTotal> results = new TreeMap<>();
        groups.forEach((k, kernel) -> results.put(k, new MrrTotal(date, kernel.totals(subscriptions.currency())[0])));
        return Breakdown.of(results, Comparator.naturalOrder(), empty(date, subscriptions.currency()));
    }

    /**
     * Computes the total MRR on the last day of each period of a range from the rows of a subscription table, in
     * one pass over the rows for all the dates.
     *
     * @param subscriptions  the subscriptions as a table, not null
     * @param range  the range, not null
     * @param granularity  how to cut it, such as {@link Granularity#MONTH}, not null
     * @return the totals in time order, never null
     */
    public static TimeSeries<MrrTotal> series(SubscriptionTable subscriptions, Period range, Granularity granularity) {
        Objects.requireNonNull(subscriptions, "subscriptions");
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(granularity, "granularity");
        List<Period> periods = range.split(granularity);
        return Series.of(periods, totals(subscriptions, Series.lastDays(periods)));
    }

    /** The totals of records on dates; the records checked by the caller (RecurringRevenue checks them once). */
    static List<MrrTotal> totals(Collection<Subscription> subscriptions, List<LocalDate> dates,
                                 ReportingCurrency reporting) {
        return totals(subscriptions, dates, reporting, false);
    }

    /** The totals of records on dates, their ids checked here ({@code checkIds}) or by the caller. */
    private static List<MrrTotal> totals(Collection<Subscription> subscriptions, List<LocalDate> dates,
                                         ReportingCurrency reporting, boolean checkIds) {
        StateDates states = StateDates.ofDates(dates);
        Optional<RecordSegments.Fed<MrrTotalKernel>> fed = RecordSegments.stream(subscriptions,
                Optional.of(reporting), false, denominator -> new MrrTotalKernel(states, denominator), checkIds);
        if (fed.isPresent()) {
            return totalsOn(dates, states, fed.get().kernel().totals(reporting.currency()));
        }
        return totals(Subscriptions.segments(subscriptions, reporting), dates, reporting);
    }

    /** The series of totals of records (not null) at period ends, their ids checked in the same pass. */
    private static TimeSeries<MrrTotal> seriesOf(Collection<Subscription> subscriptions, Period range,
                                                 Granularity granularity, ReportingCurrency reporting) {
        return Subscriptions.idsFirst(subscriptions, () -> {
            List<Period> periods = range.split(granularity);
            return Series.of(periods, totals(subscriptions, Series.lastDays(periods), reporting, true));
        });
    }

    private static List<MrrTotal> totals(RecordSegments rows, List<LocalDate> dates, ReportingCurrency reporting) {
        if (rows.converted()) {
            StateDates states = StateDates.ofDates(dates);
            return totalsOn(dates, states, new ConvertedMrr(rows, reporting, states).totals());
        }
        return totals(rows, dates);
    }

    private static List<MrrTotal> totals(RecordSegments rows, List<LocalDate> dates) {
        StateDates states = StateDates.ofDates(dates);
        MrrTotalKernel kernel = new MrrTotalKernel(states, rows.denominator());
        rows.feed(kernel);
        return totalsOn(dates, states, kernel.totals(rows.currency()));
    }

    private static List<MrrTotal> totals(SubscriptionTable table, List<LocalDate> dates) {
        StateDates states = StateDates.ofDates(dates);
        MrrTotalKernel kernel = new MrrTotalKernel(states, table.monthlyDenominator());
        TableSegments.feedRows(table, kernel);
        return totalsOn(dates, states, kernel.totals(table.currency()));
    }

    private static List<MrrTotal> totalsOn(List<LocalDate> dates, StateDates states, ExactMoney[] atStates) {
        List<MrrTotal> totals = new ArrayList<>(dates.size());
        for (LocalDate date : dates) {
            totals.add(new MrrTotal(date, atStates[states.indexOf(date.toEpochDay())]));
        }
        return totals;
    }

    /**
     * Returns the ARR on the date: 12 times the MRR, exact.
     *
     * @return the ARR, never null
     */
    public ExactMoney arr() {
        return mrr.multipliedBy(Rational.of(12));
    }

    /**
     * Returns the ARR rounded once to the currency's scale.
     *
     * @param rounding  the rounding mode, not null
     * @return the ARR, never null
     */
    public Money arr(RoundingMode rounding) {
        return arr().toMoney(rounding);
    }

    /**
     * Returns the total of two disjoint sets of subscriptions on the same date.
     *
     * @param other  the other total, same date and currency, not null
     * @return the sum, never null
     * @throws IllegalArgumentException if the dates differ
     * @throws io.github.revops.money.CurrencyMismatchException if the currencies differ
     */
    @Override
    public MrrTotal combine(MrrTotal other) {
        Objects.requireNonNull(other, "other");
        if (!date.equals(other.date)) {
            throw new IllegalArgumentException("totals of " + date + " and " + other.date + " do not combine");
        }
        return new MrrTotal(date, mrr.plus(other.mrr));
    }
}
