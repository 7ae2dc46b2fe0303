package io.github.revops.recurring;

import io.github.revops.domain.Deal;
import io.github.revops.domain.DealType;
import io.github.revops.domain.UniqueIds;
import io.github.revops.math.Rational;
import io.github.revops.money.CurrencyMismatchException;
import io.github.revops.money.ExactMoney;
import io.github.revops.money.ReportingCurrency;
import io.github.revops.result.Breakdown;
import io.github.revops.result.Mergeable;
import io.github.revops.result.Ratio;
import io.github.revops.result.TimeSeries;
import io.github.revops.time.Granularity;
import io.github.revops.time.Period;

import java.util.Collection;
import java.util.Comparator;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collector;
import java.util.stream.Collectors;

/**
 * The deals of one type closed in a period, won and lost, with their values: the deal-based view of renewals
 * (RENEWAL deals, docs/metrics.md#recurring-revenue-and-retention ("Renewals")) and upsells (EXPANSION deals,
 * docs/metrics.md#recurring-revenue-and-retention ("Revenue ratios")).
 *
 * <p>A deal counts when it has the type and its close date is in the period; open deals are left out. The win rate
 * is won / (won + lost), by count or by value, undefined when nothing closed. Values are converted to the reporting
 * currency at the rate of each deal's close date.
 * <pre>{@code
 * DealOutcomes upsells = DealOutcomes.of(deals, Period.quarter(2026, 1), DealType.EXPANSION);
 * upsells.won();          // how many EXPANSION deals were won
 * upsells.wonValue();     // and their value
 * upsells.winRate();      // won / (won + lost)
 * }</pre>
 *
 * @param period  the period of the close dates, not null
 * @param type  the deal type counted, not null
 * @param currency  the currency of the values, not null
 * @param won  how many deals were won, not negative
 * @param lost  how many deals were lost, not negative
 * @param wonValue  the value of the won deals, not null
 * @param lostValue  the value of the lost deals, not null
 * @since 0.1.0
 */
public record DealOutcomes(Period period, DealType type, Currency currency, long won, long lost,
                           ExactMoney wonValue, ExactMoney lostValue) implements Mergeable<DealOutcomes> {

    /**
     * Validates the result.
     *
     * @param period  the period of the close dates, not null
     * @param type  the deal type counted, not null
     * @param currency  the currency of the values, not null
     * @param won  how many deals were won, not negative
     * @param lost  how many deals were lost, not negative
     * @param wonValue  the value of the won deals, not null
     * @param lostValue  the value of the lost deals, not null
     * @throws IllegalArgumentException if a count is negative or a value is in another currency
     */
    public DealOutcomes {
        Objects.requireNonNull(wonValue, "wonValue");
        Objects.requireNonNull(lostValue, "lostValue");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(currency, "currency");
        if (won < 0 || lost < 0 || !wonValue.currency().equals(currency) || !lostValue.currency().equals(currency)) {
            throw new IllegalArgumentException("won (" + won + ") and lost (" + lost + ") must not be negative and"
                    + " the values (" + wonValue + ", " + lostValue + ") in " + currency);
        }
    }

    /**
     * Obtains the outcome of no deal: the identity of {@link #combine}.
     *
     * @param period  the period, not null
     * @param type  the deal type, not null
     * @param currency  the currency, not null
     * @return the empty result, never null
     */
    public static DealOutcomes empty(Period period, DealType type, Currency currency) {
        ExactMoney zero = ExactMoney.zero(currency);
        return new DealOutcomes(period, type, currency, 0, 0, zero, zero);
    }

    /**
     * Computes the outcome of the deals of a type closed in a period, amounts in one currency.
     *
     * @param deals  the deals, at least one, ids unique, not null
     * @param period  the period of the close dates, not null
     * @param type  the deal type counted, not null
     * @return the outcome, in the first deal's currency, never null
     * @throws IllegalArgumentException if there is no deal (give a {@link ReportingCurrency})
     * @throws io.github.revops.money.CurrencyMismatchException if a deal that counts is in another currency
     * @throws io.github.revops.domain.InvalidRecordException if two deals share an id
     */
    public static DealOutcomes of(Collection<Deal> deals, Period period, DealType type) {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(type, "type");
        return of(deals, period, type, firstCurrency(checked(deals)));
    }

    /**
     * Computes the outcome of the deals of a type closed in a period in a reporting currency, each value converted at
     * its close date's rate.
     *
     * @param deals  the deals, ids unique, not null
     * @param period  the period of the close dates, not null
     * @param type  the deal type counted, not null
     * @param reporting  the reporting currency and its rates, not null
     * @return the outcome, never null
     * @throws io.github.revops.money.CurrencyMismatchException if a deal that counts is in another currency and there
     *         are no rates
     * @throws io.github.revops.domain.InvalidRecordException if two deals share an id
     */
    public static DealOutcomes of(Collection<Deal> deals, Period period, DealType type, ReportingCurrency reporting) {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(type, "type");
        return checked(deals).stream().collect(collector(period, type, reporting));
    }

    /**
     * Computes the outcome per group of deals (owner, source, segment...), keys in natural order, an enum key listing
     * every constant; the total of the breakdown is {@link #of(Collection, Period, DealType)} of all of them.
     *
     * @param <K>  the key type
     * @param deals  the deals, at least one, ids unique, not null
     * @param period  the period of the close dates, not null
     * @param type  the deal type counted, not null
     * @param key  the group of a deal, never null for one, not null
     * @return the outcome per group, never null
     * @throws IllegalArgumentException if there is no deal or a key is null
     * @throws io.github.revops.domain.InvalidRecordException if two deals share an id
     */
    public static <K extends Comparable<? super K>> Breakdown<K, DealOutcomes> by(
            Collection<Deal> deals, Period period, DealType type, Function<? super Deal, ? extends K> key) {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(key, "key");
        return by(deals, period, type, firstCurrency(checked(deals)), key);
    }

    /**
     * Computes the outcome per group of deals in a reporting currency.
     *
     * @param <K>  the key type
     * @param deals  the deals, ids unique, not null
     * @param period  the period of the close dates, not null
     * @param type  the deal type counted, not null
     * @param reporting  the reporting currency and its rates, not null
     * @param key  the group of a deal, never null for one, not null
     * @return the outcome per group, never null
     * @throws IllegalArgumentException if a key is null
     * @throws io.github.revops.domain.InvalidRecordException if two deals share an id
     */
    public static <K extends Comparable<? super K>> Breakdown<K, DealOutcomes> by(
            Collection<Deal> deals, Period period, DealType type, ReportingCurrency reporting,
            Function<? super Deal, ? extends K> key) {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(key, "key");
        SortedMap<K, DealOutcomes> groups = checked(deals).stream().collect(Collectors.groupingBy(
                deal -> Objects.requireNonNull(key.apply(deal), () -> "the group key of deal '" + deal.id()
                        + "' is null"), TreeMap::new, collector(period, type, reporting)));
        return Breakdown.of(groups, Comparator.naturalOrder(), empty(period, type, reporting.currency()));
    }

    /**
     * Computes the outcome of each period of a range, amounts in one currency.
     *
     * @param deals  the deals, at least one, ids unique, not null
     * @param range  the range, not null
     * @param granularity  how to cut it, such as {@link Granularity#QUARTER}, not null
     * @param type  the deal type counted, not null
     * @return the outcome per period, in time order, never null
     * @throws IllegalArgumentException if there is no deal
     * @throws io.github.revops.domain.InvalidRecordException if two deals share an id
     */
    public static TimeSeries<DealOutcomes> series(Collection<Deal> deals, Period range, Granularity granularity,
                                                  DealType type) {
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(granularity, "granularity");
        Objects.requireNonNull(type, "type");
        return series(deals, range, granularity, type, firstCurrency(checked(deals)));
    }

    /**
     * Computes the outcome of each period of a range in a reporting currency.
     *
     * @param deals  the deals, ids unique, not null
     * @param range  the range, not null
     * @param granularity  how to cut it, such as {@link Granularity#QUARTER}, not null
     * @param type  the deal type counted, not null
     * @param reporting  the reporting currency and its rates, not null
     * @return the outcome per period, in time order, never null
     * @throws io.github.revops.domain.InvalidRecordException if two deals share an id
     */
    public static TimeSeries<DealOutcomes> series(Collection<Deal> deals, Period range, Granularity granularity,
                                                  DealType type, ReportingCurrency reporting) {
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(granularity, "granularity");
        Objects.requireNonNull(type, "type");
        checked(deals);
        return TimeSeries.of(range, granularity, p -> deals.stream().collect(collector(p, type, reporting)));
    }

    /**
     * Returns a collector of the deals of a type closed in a period, amounts in one currency (the first counted
     * deal's). It does not check ids.
     *
     * @param period  the period, not null
     * @param type  the deal type, not null
     * @return the collector, never null; it throws {@link IllegalArgumentException} when no deal came and
     *         {@link io.github.revops.money.CurrencyMismatchException} on a second currency
     */
    public static Collector<Deal, ?, DealOutcomes> collector(Period period, DealType type) {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(type, "type");
        return Collector.of(() -> new Accumulator(period, type, Optional.empty()), Accumulator::add,
                Accumulator::addAll, Accumulator::build, Collector.Characteristics.UNORDERED);
    }

    /**
     * Returns a collector of the deals of a type closed in a period.
     *
     * @param period  the period, not null
     * @param type  the deal type, not null
     * @param reporting  the reporting currency and its rates, not null
     * @return the collector, never null
     */
    public static Collector<Deal, ?, DealOutcomes> collector(Period period, DealType type,
                                                             ReportingCurrency reporting) {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(reporting, "reporting");
        return Collector.of(() -> new Accumulator(period, type, Optional.of(reporting)), Accumulator::add,
                Accumulator::addAll, Accumulator::build, Collector.Characteristics.UNORDERED);
    }

    /**
     * Returns the win rate by count: won / (won + lost), undefined when nothing closed.
     *
     * @return the ratio of deal counts, never null
     */
    public Ratio winRate() {
        return Ratio.of(won, Math.addExact(won, lost));
    }

    /**
     * Returns the win rate by value: won value / (won value + lost value), undefined when nothing of value closed.
     *
     * @return the ratio in minor units, never null
     */
    public Ratio valueWinRate() {
        return Ratio.of(wonValue.minorUnits(), wonValue.plus(lostValue).minorUnits());
    }

    /**
     * Returns the outcome of both inputs: counts and values added.
     *
     * @param other  the other result, same period, type and currency, not null
     * @return the merged result, never null
     * @throws IllegalArgumentException if the period, type or currency differ
     */
    @Override
    public DealOutcomes combine(DealOutcomes other) {
        Objects.requireNonNull(other, "other");
        if (!period.equals(other.period) || type != other.type || !currency.equals(other.currency)) {
            throw new IllegalArgumentException("outcomes of " + type + " " + period + " and " + other.type + " "
                    + other.period + " do not combine");
        }
        return new DealOutcomes(period, type, currency, Math.addExact(won, other.won),
                Math.addExact(lost, other.lost), wonValue.plus(other.wonValue), lostValue.plus(other.lostValue));
    }

    private static <C extends Collection<Deal>> C checked(C deals) {
        Objects.requireNonNull(deals, "deals");
        deals.forEach(deal -> Objects.requireNonNull(deal, "deals must not contain null"));
        UniqueIds.check(deals, Deal::id, "deal");
        return deals;
    }

    private static ReportingCurrency firstCurrency(Collection<Deal> deals) {
        if (deals.isEmpty()) {
            throw new IllegalArgumentException("deals ([]) must not be empty: give the reporting currency");
        }
        return ReportingCurrency.of(deals.iterator().next().amount().currency());
    }

    /** Counts deals without allocating per deal in the reporting currency. */
    private static final class Accumulator {

        private final Period period;
        private final DealType type;
        /** The reporting currency; without one, the first counted deal's currency, without rates. */
        private Optional<ReportingCurrency> reporting;
        private long won;
        private long lost;
        private long wonMinor;
        private long lostMinor;
        private Rational wonConverted = Rational.ZERO;
        private Rational lostConverted = Rational.ZERO;

        Accumulator(Period period, DealType type, Optional<ReportingCurrency> reporting) {
            this.period = period;
            this.type = type;
            this.reporting = reporting;
        }

        void add(Deal deal) {
            if (deal.type() != type || deal.isOpen() || !period.contains(deal.closeDate().orElseThrow())) {
                return;
            }
            if (reporting.isEmpty()) {
                reporting = Optional.of(ReportingCurrency.of(deal.amount().currency()));
            }
            boolean same = deal.amount().currency().equals(reporting.get().currency());
            long minor = same ? deal.amount().minorUnits() : 0;
            Rational converted = same ? Rational.ZERO
                    : reporting.get().convert(deal.amount(), deal.closeDate().get()).minorUnits();
            if (deal.isWon()) {
                won = Math.addExact(won, 1);
                wonMinor = Math.addExact(wonMinor, minor);
                wonConverted = same ? wonConverted : wonConverted.add(converted);
            } else {
                lost = Math.addExact(lost, 1);
                lostMinor = Math.addExact(lostMinor, minor);
                lostConverted = same ? lostConverted : lostConverted.add(converted);
            }
        }

        Accumulator addAll(Accumulator o) {
            if (reporting.isEmpty()) {
                reporting = o.reporting;
            } else if (o.reporting.isPresent() && !o.reporting.get().currency().equals(reporting.get().currency())) {
                throw new CurrencyMismatchException(reporting.get().currency(), o.reporting.get().currency());
            }
            won = Math.addExact(won, o.won);
            lost = Math.addExact(lost, o.lost);
            wonMinor = Math.addExact(wonMinor, o.wonMinor);
            lostMinor = Math.addExact(lostMinor, o.lostMinor);
            wonConverted = wonConverted.add(o.wonConverted);
            lostConverted = lostConverted.add(o.lostConverted);
            return this;
        }

        DealOutcomes build() {
            Currency c = reporting.orElseThrow(() -> new IllegalArgumentException(
                    "no deal of type " + type + " closed in " + period + ": give the reporting currency")).currency();
            return new DealOutcomes(period, type, c, won, lost,
                    ExactMoney.ofMinor(c, Rational.of(wonMinor).add(wonConverted)),
                    ExactMoney.ofMinor(c, Rational.of(lostMinor).add(lostConverted)));
        }
    }
}
