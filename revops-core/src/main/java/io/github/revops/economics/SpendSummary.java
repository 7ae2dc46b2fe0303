package io.github.revops.economics;

import io.github.revops.domain.Spend;
import io.github.revops.domain.SpendCategory;
import io.github.revops.domain.UniqueIds;
import io.github.revops.internal.ExactSum;
import io.github.revops.internal.OneCurrency;
import io.github.revops.math.Rational;
import io.github.revops.money.CurrencyMismatchException;
import io.github.revops.money.ExactMoney;
import io.github.revops.money.ReportingCurrency;
import io.github.revops.result.Breakdown;
import io.github.revops.result.Mergeable;
import io.github.revops.result.TimeSeries;
import io.github.revops.time.Granularity;
import io.github.revops.time.Period;

import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collector;
import java.util.stream.Stream;

/**
 * Sales and marketing spend added up: in total, the paid-acquisition part, per category and per channel
 * (docs/metrics.md, "Customer acquisition cost (CAC)").
 *
 * <p>A spend counts in the period that contains its date ({@link Spend#date()}, the first day it was incurred).
 * Sums are exact. Spend in another currency is either converted at the rate of its date (with a
 * {@link ReportingCurrency} that has rates, exactly, so fractions of a minor unit are kept) or rejected with
 * {@link CurrencyMismatchException}; it is never added as it stands. Both categories are always present (zero when
 * there was no such spend).
 * <pre>{@code
 * SpendSummary march = SpendSummary.of(spend, Period.month(2026, 3));
 * march.total();                                  // all S&M spend in March
 * march.byChannel().get("Paid search");           // one channel's
 * SpendSummary.by(spend, Period.year(2026), Spend::category);   // per category, each a summary
 * }</pre>
 *
 * @param total  all spend, not null
 * @param paid  the spend marked as paid acquisition, not null
 * @param byCategory  the spend per category, every category present, not null
 * @param byChannel  the spend per channel found, channels in natural order, not null
 * @since 0.1.0
 */
public record SpendSummary(ExactMoney total, ExactMoney paid, SortedMap<SpendCategory, ExactMoney> byCategory,
                           SortedMap<String, ExactMoney> byChannel) implements Mergeable<SpendSummary> {

    /**
     * Validates and copies the parts, adding a zero for a missing category.
     *
     * @param total  all spend, not null
     * @param paid  the spend marked as paid acquisition, not null
     * @param byCategory  the spend per category, every category present, not null
     * @param byChannel  the spend per channel found, channels in natural order, not null
     * @throws NullPointerException if a part is null
     * @throws CurrencyMismatchException if two parts are in different currencies
     */
    public SpendSummary {
        Currency currency = total.currency();
        check(currency, paid);
        TreeMap<SpendCategory, ExactMoney> categories = new TreeMap<>();
        for (SpendCategory category : SpendCategory.values()) {
            categories.put(category, check(currency, byCategory.getOrDefault(category, ExactMoney.zero(currency))));
        }
        TreeMap<String, ExactMoney> channels = new TreeMap<>();
        byChannel.forEach((channel, amount) -> channels.put(Objects.requireNonNull(channel, "channel"),
                check(currency, amount)));
        byCategory = Collections.unmodifiableSortedMap(categories);
        byChannel = Collections.unmodifiableSortedMap(channels);
    }

    private static ExactMoney check(Currency currency, ExactMoney amount) {
        if (!amount.currency().equals(currency)) {
            throw new CurrencyMismatchException(currency, amount.currency());
        }
        return amount;
    }

    /**
     * Returns no spend in a currency: the identity of {@link #combine}.
     *
     * @param currency  the currency, not null
     * @return the empty summary, never null
     */
    public static SpendSummary empty(Currency currency) {
        ExactMoney zero = ExactMoney.zero(currency);
        return new SpendSummary(zero, zero, Collections.emptySortedMap(), Collections.emptySortedMap());
    }

    /**
     * Adds up the spend of a period, every spend in the currency of the first.
     *
     * @param spend  the spend, ids unique, at least one, not null
     * @param period  the period, not null
     * @return the summary, never null
     * @throws io.github.revops.domain.InvalidRecordException if two spend records share an id
     * @throws CurrencyMismatchException if a spend is in another currency than the first
     * @throws IllegalArgumentException if there is no spend (give a reporting currency)
     */
    public static SpendSummary of(Collection<Spend> spend, Period period) {
        return sum(checked(spend), period, OneCurrency.resolve(Optional.empty(), currencies(spend)));
    }

    /**
     * Adds up the spend of a period in a reporting currency, converting at the rate of each spend's date.
     *
     * @param spend  the spend, ids unique, not null
     * @param period  the period, not null
     * @param reporting  the reporting currency and its rates, not null
     * @return the summary, never null
     * @throws io.github.revops.domain.InvalidRecordException if two spend records share an id
     * @throws CurrencyMismatchException if, without rates, a spend is in another currency
     * @throws io.github.revops.money.MissingExchangeRateException if a rate needed is missing
     */
    public static SpendSummary of(Collection<Spend> spend, Period period, ReportingCurrency reporting) {
        return sum(checked(spend), period, resolve(spend, reporting));
    }

    /**
     * Adds up the spend of a period per group, for any grouping: category, channel, paid or not, or a key the
     * caller computes. The groups are every key found among the spend, in natural order, including groups with no
     * spend in the period; the total is the spend of the period.
     *
     * @param <K>  the key type
     * @param spend  the spend, ids unique, at least one, not null
     * @param period  the period, not null
     * @param key  the group of a spend, never null for a spend, not null
     * @return the summary per group, never null
     * @throws io.github.revops.domain.InvalidRecordException if two spend records share an id
     * @throws CurrencyMismatchException if a spend is in another currency than the first
     * @throws IllegalArgumentException if there is no spend (give a reporting currency)
     */
    public static <K extends Comparable<? super K>> Breakdown<K, SpendSummary> by(
            Collection<Spend> spend, Period period, Function<? super Spend, ? extends K> key) {
        return grouped(checked(spend), period, key, OneCurrency.resolve(Optional.empty(), currencies(spend)));
    }

    /**
     * Adds up the spend of a period per group in a reporting currency, as
     * {@link #by(Collection, Period, Function)}.
     *
     * @param <K>  the key type
     * @param spend  the spend, ids unique, not null
     * @param period  the period, not null
     * @param key  the group of a spend, never null for a spend, not null
     * @param reporting  the reporting currency and its rates, not null
     * @return the summary per group, never null
     * @throws io.github.revops.domain.InvalidRecordException if two spend records share an id
     * @throws CurrencyMismatchException if, without rates, a spend is in another currency
     * @throws io.github.revops.money.MissingExchangeRateException if a rate needed is missing
     */
    public static <K extends Comparable<? super K>> Breakdown<K, SpendSummary> by(
            Collection<Spend> spend, Period period, Function<? super Spend, ? extends K> key,
            ReportingCurrency reporting) {
        return grouped(checked(spend), period, key, resolve(spend, reporting));
    }

    /**
     * Adds up the spend of each period of a granularity in a range.
     *
     * @param spend  the spend, ids unique, at least one, not null
     * @param range  the whole range, not null
     * @param granularity  how to cut the range, such as {@link Granularity#MONTH}, not null
     * @return the summary per period, in time order, never null
     * @throws io.github.revops.domain.InvalidRecordException if two spend records share an id
     * @throws CurrencyMismatchException if a spend is in another currency than the first
     * @throws IllegalArgumentException if there is no spend (give a reporting currency)
     */
    public static TimeSeries<SpendSummary> series(Collection<Spend> spend, Period range, Granularity granularity) {
        ReportingCurrency reporting = OneCurrency.resolve(Optional.empty(), currencies(spend));
        Collection<Spend> checked = checked(spend);
        return TimeSeries.of(range, granularity, p -> sum(checked, p, reporting));
    }

    /**
     * Adds up the spend of each period of a range in a reporting currency.
     *
     * @param spend  the spend, ids unique, not null
     * @param range  the whole range, not null
     * @param granularity  how to cut the range, not null
     * @param reporting  the reporting currency and its rates, not null
     * @return the summary per period, in time order, never null
     * @throws io.github.revops.domain.InvalidRecordException if two spend records share an id
     * @throws CurrencyMismatchException if, without rates, a spend is in another currency
     * @throws io.github.revops.money.MissingExchangeRateException if a rate needed is missing
     */
    public static TimeSeries<SpendSummary> series(Collection<Spend> spend, Period range, Granularity granularity,
                                                  ReportingCurrency reporting) {
        ReportingCurrency resolved = resolve(spend, reporting);
        Collection<Spend> checked = checked(spend);
        return TimeSeries.of(range, granularity, p -> sum(checked, p, resolved));
    }

    /**
     * Returns a collector of the spend of a period, every spend in the currency of the first. It does not check ids
     * for duplicates (that would hold every id in memory); {@link #of(Collection, Period)} does. Its accumulator
     * adds longs, so it allocates nothing per record (beyond a new channel's first entry).
     *
     * @param period  the period, not null
     * @return the collector, never null; collecting no spend at all throws {@link IllegalArgumentException} (use
     *         {@link #collector(Period, ReportingCurrency)})
     */
    public static Collector<Spend, ?, SpendSummary> collector(Period period) {
        Objects.requireNonNull(period, "period");
        return Collector.of(() -> new Accumulator(period, Optional.empty()), Accumulator::add, Accumulator::merge,
                Accumulator::result, Collector.Characteristics.UNORDERED);
    }

    /**
     * Returns a collector of the spend of a period in a reporting currency, as
     * {@link #of(Collection, Period, ReportingCurrency)}, without the id check.
     *
     * @param period  the period, not null
     * @param reporting  the reporting currency and its rates, not null
     * @return the collector, never null; collecting throws {@link io.github.revops.money.MissingExchangeRateException}
     *         for a missing rate
     */
    public static Collector<Spend, ?, SpendSummary> collector(Period period, ReportingCurrency reporting) {
        Objects.requireNonNull(period, "period");
        Optional<ReportingCurrency> given = Optional.of(Objects.requireNonNull(reporting, "reporting"));
        return Collector.of(() -> new Accumulator(period, given), Accumulator::add, Accumulator::merge,
                Accumulator::result, Collector.Characteristics.UNORDERED);
    }

    /** The spend of a period: the one place that says which spend counts in a period. */
    static SpendSummary sum(Collection<Spend> spend, Period period, ReportingCurrency reporting) {
        Accumulator acc = new Accumulator(period, Optional.of(reporting));
        spend.forEach(acc::add);
        return acc.result();
    }

    private static <K extends Comparable<? super K>> Breakdown<K, SpendSummary> grouped(
            Collection<Spend> spend, Period period, Function<? super Spend, ? extends K> key,
            ReportingCurrency reporting) {
        Objects.requireNonNull(key, "key");
        Map<K, Accumulator> groups = new HashMap<>();
        Optional<ReportingCurrency> given = Optional.of(reporting);
        for (Spend s : spend) {
            groups.computeIfAbsent(Objects.requireNonNull(key.apply(s), "key"), k -> new Accumulator(period, given))
                    .add(s);
        }
        Map<K, SpendSummary> results = new HashMap<>();
        groups.forEach((k, acc) -> results.put(k, acc.result()));
        return Breakdown.of(results, Comparator.naturalOrder(), empty(reporting.currency()));
    }

    private static Collection<Spend> checked(Collection<Spend> spend) {
        UniqueIds.check(spend, Spend::id, "spend");
        return spend;
    }

    private static ReportingCurrency resolve(Collection<Spend> spend, ReportingCurrency reporting) {
        return OneCurrency.resolve(Optional.of(Objects.requireNonNull(reporting, "reporting")), currencies(spend));
    }

    private static Stream<Currency> currencies(Collection<Spend> spend) {
        return spend.stream().map(s -> s.amount().currency());
    }

    /**
     * Returns the currency of every amount.
     *
     * @return the currency, never null
     */
    public Currency currency() {
        return total.currency();
    }

    /**
     * Returns the spend of one category.
     *
     * @param category  the category, not null
     * @return the spend, zero when none, never null
     */
    public ExactMoney of(SpendCategory category) {
        return byCategory.get(Objects.requireNonNull(category, "category"));
    }

    /**
     * Returns the spend of both inputs together, every sum added.
     *
     * @param other  the other summary, in the same currency, not null
     * @return the merged summary, never null
     * @throws CurrencyMismatchException if the currencies differ
     */
    @Override
    public SpendSummary combine(SpendSummary other) {
        Map<SpendCategory, ExactMoney> categories = new EnumMap<>(byCategory);
        other.byCategory.forEach((k, v) -> categories.merge(k, v, ExactMoney::plus));
        Map<String, ExactMoney> channels = new TreeMap<>(byChannel);
        other.byChannel.forEach((k, v) -> channels.merge(k, v, ExactMoney::plus));
        return new SpendSummary(total.plus(other.total), paid.plus(other.paid), new TreeMap<>(categories),
                new TreeMap<>(channels));
    }

    /**
     * The mutable accumulator behind the collectors: the spend dated in its period, converted into the reporting
     * currency (the first spend's currency when none was given).
     */
    static final class Accumulator {

        private final Period period;
        /** The reporting currency, empty until the first spend when none was given. */
        private Optional<ReportingCurrency> reporting;
        private final ExactSum total = ExactSum.ofWholes();
        private final ExactSum paid = ExactSum.ofWholes();
        private final Map<SpendCategory, ExactSum> categories = new EnumMap<>(SpendCategory.class);
        private final Map<String, ExactSum> channels = new HashMap<>();

        Accumulator(Period period, Optional<ReportingCurrency> reporting) {
            this.period = period;
            this.reporting = reporting;
            for (SpendCategory c : SpendCategory.values()) {
                categories.put(c, ExactSum.ofWholes());
            }
        }

        void add(Spend spend) {
            ReportingCurrency r = reporting(spend.amount().currency());
            if (!period.contains(spend.date())) {
                if (r.rates().isEmpty() && !spend.amount().currency().equals(r.currency())) {
                    throw new CurrencyMismatchException(r.currency(), spend.amount().currency());
                }
                return;
            }
            ExactSum channel = channels.computeIfAbsent(spend.channel(), k -> ExactSum.ofWholes());
            ExactSum category = categories.get(spend.category());
            if (spend.amount().currency().equals(r.currency())) {
                long minor = spend.amount().minorUnits();
                total.addUnits(minor);
                category.addUnits(minor);
                channel.addUnits(minor);
                if (spend.paid()) {
                    paid.addUnits(minor);
                }
                return;
            }
            Rational converted = r.convert(spend.amount(), spend.date()).minorUnits();
            total.add(converted);
            category.add(converted);
            channel.add(converted);
            if (spend.paid()) {
                paid.add(converted);
            }
        }

        private ReportingCurrency reporting(Currency first) {
            if (reporting.isEmpty()) {
                reporting = Optional.of(ReportingCurrency.of(first));
            }
            return reporting.get();
        }

        Accumulator merge(Accumulator other) {
            other.reporting.ifPresent(r -> {
                ReportingCurrency mine = reporting(r.currency());
                if (!mine.currency().equals(r.currency())) {
                    throw new CurrencyMismatchException(mine.currency(), r.currency());
                }
            });
            total.addAll(other.total);
            paid.addAll(other.paid);
            other.categories.forEach((k, v) -> categories.get(k).addAll(v));
            other.channels.forEach((k, v) -> channels.computeIfAbsent(k, x -> ExactSum.ofWholes()).addAll(v));
            return this;
        }

        SpendSummary result() {
            Currency currency = reporting.map(ReportingCurrency::currency).orElseThrow(() ->
                    new IllegalArgumentException("no spend to take the currency from: give a ReportingCurrency"));
            TreeMap<SpendCategory, ExactMoney> byCategory = new TreeMap<>();
            categories.forEach((k, v) -> byCategory.put(k, ExactMoney.ofMinor(currency, v.value())));
            TreeMap<String, ExactMoney> byChannel = new TreeMap<>();
            channels.forEach((k, v) -> byChannel.put(k, ExactMoney.ofMinor(currency, v.value())));
            return new SpendSummary(ExactMoney.ofMinor(currency, total.value()),
                    ExactMoney.ofMinor(currency, paid.value()), byCategory, byChannel);
        }
    }
}
