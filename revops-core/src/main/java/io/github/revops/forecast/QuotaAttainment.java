package io.github.revops.forecast;

import io.github.revops.money.CurrencyMismatchException;
import io.github.revops.money.ExactMoney;
import io.github.revops.money.ReportingCurrency;
import io.github.revops.result.Breakdown;
import io.github.revops.result.Mergeable;
import io.github.revops.result.Ratio;
import io.github.revops.result.TimeSeries;
import io.github.revops.time.Granularity;
import io.github.revops.time.Period;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Quota attainment: the won bookings of owners set against their quotas (docs/metrics.md, "Forecast accuracy").
 *
 * <p>A quota counts for the period that contains its own period's first day. Its won bookings are the amounts of
 * the WON deals (of every type) whose close date is in the quota's period and whose owner is the quota's owner or
 * rolls up to it ({@link ForecastInput#withRollUp}). Attainment is {@code wonBookings / quota}: it can exceed 1 and is
 * undefined for a quota of zero. Results for several quotas combine by adding bookings and quotas, which is the
 * team's attainment.
 * <pre>{@code
 * ForecastInput input = ForecastInput.of(List.of(), deals).withQuotas(quotas);
 * QuotaAttainment.of(input, Period.quarter(2026, 1)).attainment();        // the team's
 * QuotaAttainment.by(input, Period.quarter(2026, 1), Quota::owner)
 *         .get("Ana").map(QuotaAttainment::attainment);                    // Ana's, 6/5 for 120,000 of 100,000
 * }</pre>
 *
 * @param quota  the sum of the quotas, not null
 * @param wonBookings  the sum of the won deals, in the quota's currency, not null
 * @param wonDeals  the ids of those deals, sorted, not null
 * @since 0.1.0
 */
public record QuotaAttainment(ExactMoney quota, ExactMoney wonBookings, SortedSet<String> wonDeals)
        implements Mergeable<QuotaAttainment> {

    /**
     * Validates and copies the parts.
     *
     * @param quota  the sum of the quotas, not null
     * @param wonBookings  the sum of the won deals, in the quota's currency, not null
     * @param wonDeals  the ids of those deals, sorted, not null
     * @throws NullPointerException if a part is null
     * @throws CurrencyMismatchException if the two amounts are in different currencies
     */
    public QuotaAttainment {
        Objects.requireNonNull(quota, "quota");
        Objects.requireNonNull(wonBookings, "wonBookings");
        if (!quota.currency().equals(wonBookings.currency())) {
            throw new CurrencyMismatchException(quota.currency(), wonBookings.currency());
        }
        wonDeals = Collections.unmodifiableSortedSet(new TreeSet<>(wonDeals));
    }

    /**
     * Returns the attainment of no quota: the identity of {@link #combine}.
     *
     * @param currency  the currency, not null
     * @return the empty attainment, never null
     */
    public static QuotaAttainment empty(Currency currency) {
        ExactMoney zero = ExactMoney.zero(currency);
        return new QuotaAttainment(zero, zero, Collections.emptySortedSet());
    }

    /**
     * Computes the attainment of the quotas of a period, together, in the currency of the input's first amount.
     *
     * @param input  the quotas, deals and roll-up, not null
     * @param period  the period whose quotas count (a quota whose period starts in it), not null
     * @return the attainment, never null
     * @throws CurrencyMismatchException if the input's amounts are in more than one currency
     * @throws IllegalArgumentException if the input holds no amount (give a reporting currency)
     */
    public static QuotaAttainment of(ForecastInput input, Period period) {
        return Scoring.of(input).attainment(Scoring.quotasFor(input, period));
    }

    /**
     * Computes the attainment of the quotas of a period in a reporting currency: a quota converted at the rate of
     * its period's first day, a deal at its close date.
     *
     * @param input  the quotas, deals and roll-up, not null
     * @param period  the period whose quotas count, not null
     * @param reporting  the reporting currency and its rates, not null
     * @return the attainment, never null
     * @throws CurrencyMismatchException if, without rates, an amount is in another currency
     * @throws io.github.revops.money.MissingExchangeRateException if a rate needed is missing
     */
    public static QuotaAttainment of(ForecastInput input, Period period, ReportingCurrency reporting) {
        return Scoring.of(input, reporting).attainment(Scoring.quotasFor(input, period));
    }

    /**
     * Computes the attainment of each group of quotas of a period, for any grouping: the owner
     * ({@code Quota::owner}) or a key the caller computes. The groups are every key found among the input's
     * quotas, in natural order, including groups with no quota in the period; the total is the attainment of all.
     *
     * @param <K>  the key type
     * @param input  the quotas, deals and roll-up, not null
     * @param period  the period whose quotas count, not null
     * @param key  the group of a quota, never null for a quota, not null
     * @return the attainment per group, never null
     * @throws CurrencyMismatchException if the input's amounts are in more than one currency
     * @throws IllegalArgumentException if the input holds no amount (give a reporting currency)
     */
    public static <K extends Comparable<? super K>> Breakdown<K, QuotaAttainment> by(
            ForecastInput input, Period period, Function<? super Quota, ? extends K> key) {
        return by(input, Scoring.of(input), period, key);
    }

    /**
     * Computes the attainment of each group of quotas of a period in a reporting currency, as
     * {@link #by(ForecastInput, Period, Function)}.
     *
     * @param <K>  the key type
     * @param input  the quotas, deals and roll-up, not null
     * @param period  the period whose quotas count, not null
     * @param key  the group of a quota, never null for a quota, not null
     * @param reporting  the reporting currency and its rates, not null
     * @return the attainment per group, never null
     * @throws CurrencyMismatchException if, without rates, an amount is in another currency
     * @throws io.github.revops.money.MissingExchangeRateException if a rate needed is missing
     */
    public static <K extends Comparable<? super K>> Breakdown<K, QuotaAttainment> by(
            ForecastInput input, Period period, Function<? super Quota, ? extends K> key,
            ReportingCurrency reporting) {
        return by(input, Scoring.of(input, reporting), period, key);
    }

    private static <K extends Comparable<? super K>> Breakdown<K, QuotaAttainment> by(
            ForecastInput input, Scoring scoring, Period period, Function<? super Quota, ? extends K> key) {
        Objects.requireNonNull(key, "key");
        Map<K, List<Quota>> groups = new HashMap<>();
        input.quotas().forEach(q -> groups.computeIfAbsent(Objects.requireNonNull(key.apply(q), "key"),
                k -> new ArrayList<>()));
        Scoring.quotasFor(input, period).forEach(q -> groups.get(key.apply(q)).add(q));
        Map<K, QuotaAttainment> results = new HashMap<>();
        groups.forEach((k, quotas) -> results.put(k, scoring.attainment(quotas)));
        return Breakdown.of(results, Comparator.naturalOrder(), empty(scoring.reporting().currency()));
    }

    /**
     * Computes the attainment of each period of a granularity in a range.
     *
     * @param input  the quotas, deals and roll-up, not null
     * @param range  the whole range, not null
     * @param granularity  how to cut the range, such as {@link Granularity#QUARTER}, not null
     * @return the attainment per period, in time order, never null
     * @throws CurrencyMismatchException if the input's amounts are in more than one currency
     * @throws IllegalArgumentException if the input holds no amount (give a reporting currency)
     */
    public static TimeSeries<QuotaAttainment> series(ForecastInput input, Period range, Granularity granularity) {
        Scoring scoring = Scoring.of(input);
        return TimeSeries.of(range, granularity, p -> scoring.attainment(Scoring.quotasFor(input, p)));
    }

    /**
     * Computes the attainment of each period of a range in a reporting currency, as
     * {@link #series(ForecastInput, Period, Granularity)}.
     *
     * @param input  the quotas, deals and roll-up, not null
     * @param range  the whole range, not null
     * @param granularity  how to cut the range, not null
     * @param reporting  the reporting currency and its rates, not null
     * @return the attainment per period, in time order, never null
     * @throws CurrencyMismatchException if, without rates, an amount is in another currency
     * @throws io.github.revops.money.MissingExchangeRateException if a rate needed is missing
     */
    public static TimeSeries<QuotaAttainment> series(ForecastInput input, Period range, Granularity granularity,
                                                     ReportingCurrency reporting) {
        Scoring scoring = Scoring.of(input, reporting);
        return TimeSeries.of(range, granularity, p -> scoring.attainment(Scoring.quotasFor(input, p)));
    }

    /**
     * Returns the currency of the quota and the bookings.
     *
     * @return the currency, never null
     */
    public Currency currency() {
        return quota.currency();
    }

    /**
     * Returns the attainment, {@code wonBookings / quota}; undefined when the quota is zero.
     *
     * @return the ratio, never null
     */
    public Ratio attainment() {
        return Ratio.of(wonBookings.minorUnits(), quota.minorUnits());
    }

    /**
     * Returns the attainment of both inputs together: quotas, bookings and deals added.
     *
     * @param other  the other attainment, in the same currency, not null
     * @return the merged attainment, never null
     * @throws CurrencyMismatchException if the currencies differ
     */
    @Override
    public QuotaAttainment combine(QuotaAttainment other) {
        TreeSet<String> deals = new TreeSet<>(wonDeals);
        deals.addAll(other.wonDeals);
        return new QuotaAttainment(quota.plus(other.quota), wonBookings.plus(other.wonBookings), deals);
    }
}
