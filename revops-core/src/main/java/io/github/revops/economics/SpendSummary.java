package io.github.revops.economics;

import io.github.revops.domain.Spend;
import io.github.revops.domain.SpendCategory;
import io.github.revops.internal.ExactSum;
import io.github.revops.money.CurrencyMismatchException;
import io.github.revops.money.ExactMoney;
import io.github.revops.money.ExchangeRates;
import io.github.revops.money.MissingExchangeRateException;
import io.github.revops.result.Mergeable;

import java.util.Collection;
import java.util.Collections;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collector;

/**
 * Sales and marketing spend added up: in total, the paid-acquisition part, per category and per channel.
 *
 * <p>Sums are exact. Spend in another currency is either converted at the rate of its date (when exchange rates are
 * given, exactly, so fractions of a minor unit are kept) or rejected with {@link CurrencyMismatchException}; it is
 * never added as it stands. Both categories are always present (zero when there was no such spend).
 * <pre>{@code
 * SpendSummary march = spend.stream().filter(s -> Period.month(2026, 3).contains(s.date()))
 *         .collect(SpendSummary.collector(Money.currency("USD")));
 * march.total();                                  // all S&M spend in March
 * march.byChannel().get("Paid search");           // one channel's
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
     * Adds up spend that must all be in one currency.
     *
     * @param currency  the currency, not null
     * @param spend  the spend, not null
     * @return the summary, never null
     * @throws CurrencyMismatchException if a spend is in another currency
     */
    public static SpendSummary of(Currency currency, Collection<Spend> spend) {
        Accumulator acc = new Accumulator(currency, Optional.empty());
        spend.forEach(acc::add);
        return acc.result();
    }

    /**
     * Returns a collector of spend in one currency; its accumulator adds longs, so it allocates nothing per record
     * (beyond a new channel's first entry).
     *
     * @param currency  the currency, not null
     * @return the collector, never null
     */
    public static Collector<Spend, ?, SpendSummary> collector(Currency currency) {
        Objects.requireNonNull(currency, "currency");
        return Collector.of(() -> new Accumulator(currency, Optional.empty()), Accumulator::add, Accumulator::merge,
                Accumulator::result, Collector.Characteristics.UNORDERED);
    }

    /**
     * Returns a collector that converts spend in other currencies exactly at the rate of its date
     * ({@link io.github.revops.domain.Spend#date()}).
     *
     * @param currency  the reporting currency, not null
     * @param rates  the exchange rates, not null
     * @return the collector, never null; collecting throws {@link MissingExchangeRateException} for a missing rate
     */
    public static Collector<Spend, ?, SpendSummary> collector(Currency currency, ExchangeRates rates) {
        Objects.requireNonNull(currency, "currency");
        Optional<ExchangeRates> r = Optional.of(rates);
        return Collector.of(() -> new Accumulator(currency, r), Accumulator::add, Accumulator::merge,
                Accumulator::result, Collector.Characteristics.UNORDERED);
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

    /** The mutable accumulator behind the collectors. */
    static final class Accumulator {

        private final Currency currency;
        private final Optional<ExchangeRates> rates;
        private final ExactSum total = ExactSum.ofWholes();
        private final ExactSum paid = ExactSum.ofWholes();
        private final Map<SpendCategory, ExactSum> categories = new EnumMap<>(SpendCategory.class);
        private final Map<String, ExactSum> channels = new HashMap<>();

        Accumulator(Currency currency, Optional<ExchangeRates> rates) {
            this.currency = Objects.requireNonNull(currency, "currency");
            this.rates = rates;
            for (SpendCategory c : SpendCategory.values()) {
                categories.put(c, ExactSum.ofWholes());
            }
        }

        void add(Spend spend) {
            ExactSum channel = channels.computeIfAbsent(spend.channel(), k -> ExactSum.ofWholes());
            ExactSum category = categories.get(spend.category());
            if (spend.amount().currency().equals(currency)) {
                long minor = spend.amount().minorUnits();
                total.addUnits(minor);
                category.addUnits(minor);
                channel.addUnits(minor);
                if (spend.paid()) {
                    paid.addUnits(minor);
                }
                return;
            }
            if (rates.isEmpty()) {
                throw new CurrencyMismatchException(currency, spend.amount().currency());
            }
            var converted = rates.get().convert(spend.amount().toExact(), currency, spend.date()).minorUnits();
            total.add(converted);
            category.add(converted);
            channel.add(converted);
            if (spend.paid()) {
                paid.add(converted);
            }
        }

        Accumulator merge(Accumulator other) {
            total.addAll(other.total);
            paid.addAll(other.paid);
            other.categories.forEach((k, v) -> categories.get(k).addAll(v));
            other.channels.forEach((k, v) -> channels.computeIfAbsent(k, x -> ExactSum.ofWholes()).addAll(v));
            return this;
        }

        SpendSummary result() {
            TreeMap<SpendCategory, ExactMoney> byCategory = new TreeMap<>();
            categories.forEach((k, v) -> byCategory.put(k, money(v)));
            TreeMap<String, ExactMoney> byChannel = new TreeMap<>();
            channels.forEach((k, v) -> byChannel.put(k, money(v)));
            return new SpendSummary(money(total), money(paid), byCategory, byChannel);
        }

        private ExactMoney money(ExactSum sum) {
            return ExactMoney.ofMinor(currency, sum.value());
        }
    }
}
