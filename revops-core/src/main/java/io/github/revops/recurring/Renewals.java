package io.github.revops.recurring;

import io.github.revops.domain.Subscription;
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

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collector;

/**
 * The renewal rate of a period by count and by value: the contracts up for renewal in it and those renewed
 * (docs/metrics.md#recurring-revenue-and-retention, "Renewals").
 *
 * <p>A contract is a paying subscription with an end date; it is up for renewal in the period that contains its end
 * date (the period of its churn). It is renewed when another paying subscription of the same customer starts on or
 * after that end date and at most {@code graceDays} later (grace 0: on the end date exactly). A follow-on that starts
 * before the end date overlaps and does not renew; trials and free plans never renew. Cancellation dates play no part.
 * The value rate weighs each contract by its own ARR (12 times its monthly value), converted at the rate of its last
 * day of service.
 * <pre>{@code
 * Renewals q1 = Renewals.of(subscriptions, Period.quarter(2026, 1), 14);
 * q1.rateByCount();     // contracts renewed / contracts up for renewal
 * q1.rateByValue();     // ARR renewed / ARR up for renewal
 * }</pre>
 *
 * <p>Results {@link #combine} exactly when their inputs hold disjoint customers (a follow-on must be in the same part
 * as its contract); the {@link #collector} is exact on any split.
 *
 * @param period  the period, not null
 * @param graceDays  how many days after the end date a follow-on may start, not negative
 * @param currency  the currency of the ARR, not null
 * @param upForRenewal  the ids of the contracts whose end date is in the period, sorted, not null
 * @param renewed  the ids of those renewed, sorted, not null
 * @param arrUpForRenewal  the ARR of the contracts up for renewal, not null
 * @param arrRenewed  the ARR of the renewed contracts, not null
 * @since 0.1.0
 */
public record Renewals(Period period, int graceDays, Currency currency, List<String> upForRenewal,
                       List<String> renewed, ExactMoney arrUpForRenewal, ExactMoney arrRenewed)
        implements Mergeable<Renewals> {

    /**
     * Validates the result.
     *
     * @param period  the period, not null
     * @param graceDays  how many days after the end date a follow-on may start, not negative
     * @param currency  the currency of the ARR, not null
     * @param upForRenewal  the ids of the contracts whose end date is in the period, sorted, not null
     * @param renewed  the ids of those renewed, sorted, not null
     * @param arrUpForRenewal  the ARR of the contracts up for renewal, not null
     * @param arrRenewed  the ARR of the renewed contracts, not null
     * @throws IllegalArgumentException if the grace days are negative, or more renewed than up for renewal
     */
    public Renewals {
        Objects.requireNonNull(upForRenewal, "upForRenewal");
        Objects.requireNonNull(renewed, "renewed");
        Objects.requireNonNull(arrUpForRenewal, "arrUpForRenewal");
        Objects.requireNonNull(arrRenewed, "arrRenewed");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(currency, "currency");
        if (graceDays < 0) {
            throw new IllegalArgumentException("graceDays (" + graceDays + ") must be >= 0");
        }
        upForRenewal = SortedIds.copyOf(upForRenewal, "upForRenewal");
        renewed = SortedIds.copyOf(renewed, "renewed");
        if (!upForRenewal.containsAll(renewed) || !arrRenewed.currency().equals(currency)
                || !arrUpForRenewal.currency().equals(currency)) {
            throw new IllegalArgumentException("renewed (" + renewed + ") must be up for renewal (" + upForRenewal
                    + ") and the ARR in " + currency);
        }
    }

    /**
     * Obtains the renewals of no subscription: the identity of {@link #combine}.
     *
     * @param period  the period, not null
     * @param graceDays  the grace days, not negative
     * @param currency  the currency, not null
     * @return the empty result, never null
     */
    public static Renewals empty(Period period, int graceDays, Currency currency) {
        ExactMoney zero = ExactMoney.zero(currency);
        return new Renewals(period, graceDays, currency, List.of(), List.of(), zero, zero);
    }

    /**
     * Computes the renewals of a period without grace days (a follow-on must start on the end date exactly),
     * subscriptions in one currency.
     *
     * @param subscriptions  the subscriptions, at least one, ids unique, not null
     * @param period  the period, not null
     * @return the renewals, in the first subscription's currency, never null
     * @throws IllegalArgumentException if there is no subscription (give a {@link ReportingCurrency})
     * @throws io.github.revops.money.CurrencyMismatchException if two subscriptions have different currencies
     * @throws io.github.revops.domain.InvalidRecordException if two subscriptions share an id
     */
    public static Renewals of(Collection<Subscription> subscriptions, Period period) {
        Objects.requireNonNull(period, "period");
        return of(subscriptions, period, 0);
    }

    /**
     * Computes the renewals of a period with a grace window, subscriptions in one currency.
     *
     * @param subscriptions  the subscriptions, at least one, ids unique, not null
     * @param period  the period, not null
     * @param graceDays  how many days after the end date a follow-on may start, not negative
     * @return the renewals, in the first subscription's currency, never null
     * @throws IllegalArgumentException if there is no subscription or the grace days are negative
     * @throws io.github.revops.money.CurrencyMismatchException if two subscriptions have different currencies
     * @throws io.github.revops.domain.InvalidRecordException if two subscriptions share an id
     */
    public static Renewals of(Collection<Subscription> subscriptions, Period period, int graceDays) {
        Objects.requireNonNull(period, "period");
        return of(subscriptions, period, graceDays, Subscriptions.firstCurrency(Subscriptions.checked(subscriptions)));
    }

    /**
     * Computes the renewals of a period with a grace window in a reporting currency.
     *
     * @param subscriptions  the subscriptions, ids unique, not null
     * @param period  the period, not null
     * @param graceDays  how many days after the end date a follow-on may start, not negative
     * @param reporting  the reporting currency and its rates, not null
     * @return the renewals, never null
     * @throws IllegalArgumentException if the grace days are negative
     * @throws io.github.revops.money.CurrencyMismatchException if a subscription is in another currency and there are
     *         no rates
     * @throws io.github.revops.domain.InvalidRecordException if two subscriptions share an id
     */
    public static Renewals of(Collection<Subscription> subscriptions, Period period, int graceDays,
                              ReportingCurrency reporting) {
        Objects.requireNonNull(period, "period");
        return Subscriptions.checked(subscriptions).stream().collect(collector(period, graceDays, reporting));
    }

    /**
     * Computes the renewals of a period without grace days per group of customers, keys in natural order.
     *
     * @param <K>  the key type
     * @param subscriptions  the subscriptions, at least one, in one currency, ids unique, not null
     * @param period  the period, not null
     * @param key  the group of a subscription, the same for every subscription of a customer, not null
     * @return the renewals per group, never null
     * @throws IllegalArgumentException if there is no subscription, a key is null or a customer is in two groups
     * @throws io.github.revops.domain.InvalidRecordException if two subscriptions share an id
     */
    public static <K extends Comparable<? super K>> Breakdown<K, Renewals> by(
            Collection<Subscription> subscriptions, Period period, Function<? super Subscription, ? extends K> key) {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(key, "key");
        return by(subscriptions, period, 0, Subscriptions.firstCurrency(Subscriptions.checked(subscriptions)), key);
    }

    /**
     * Computes the renewals of a period with a grace window per group of customers in a reporting currency; the total
     * of the breakdown is {@link #of(Collection, Period, int, ReportingCurrency)} of all of them.
     *
     * @param <K>  the key type
     * @param subscriptions  the subscriptions, ids unique, not null
     * @param period  the period, not null
     * @param graceDays  how many days after the end date a follow-on may start, not negative
     * @param reporting  the reporting currency and its rates, not null
     * @param key  the group of a subscription, the same for every subscription of a customer, not null
     * @return the renewals per group, never null
     * @throws IllegalArgumentException if the grace days are negative, a key is null or a customer is in two groups
     * @throws io.github.revops.domain.InvalidRecordException if two subscriptions share an id
     */
    public static <K extends Comparable<? super K>> Breakdown<K, Renewals> by(
            Collection<Subscription> subscriptions, Period period, int graceDays, ReportingCurrency reporting,
            Function<? super Subscription, ? extends K> key) {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(key, "key");
        Collector<Subscription, ?, Renewals> metric = collector(period, graceDays, reporting);
        return Subscriptions.by(Subscriptions.checked(subscriptions), key, true,
                group -> group.stream().collect(metric), empty(period, graceDays, reporting.currency()));
    }

    /**
     * Computes the renewals of each period of a range without grace days, subscriptions in one currency.
     *
     * @param subscriptions  the subscriptions, at least one, ids unique, not null
     * @param range  the range, not null
     * @param granularity  how to cut it, such as {@link Granularity#QUARTER}, not null
     * @return the renewals per period, in time order, never null
     * @throws IllegalArgumentException if there is no subscription
     * @throws io.github.revops.money.CurrencyMismatchException if two subscriptions have different currencies
     * @throws io.github.revops.domain.InvalidRecordException if two subscriptions share an id
     */
    public static TimeSeries<Renewals> series(Collection<Subscription> subscriptions, Period range,
                                              Granularity granularity) {
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(granularity, "granularity");
        return series(subscriptions, range, granularity, 0,
                Subscriptions.firstCurrency(Subscriptions.checked(subscriptions)));
    }

    /**
     * Computes the renewals of each period of a range with a grace window in a reporting currency.
     *
     * @param subscriptions  the subscriptions, ids unique, not null
     * @param range  the range, not null
     * @param granularity  how to cut it, such as {@link Granularity#QUARTER}, not null
     * @param graceDays  how many days after the end date a follow-on may start, not negative
     * @param reporting  the reporting currency and its rates, not null
     * @return the renewals per period, in time order, never null
     * @throws IllegalArgumentException if the grace days are negative
     * @throws io.github.revops.domain.InvalidRecordException if two subscriptions share an id
     */
    public static TimeSeries<Renewals> series(Collection<Subscription> subscriptions, Period range,
                                              Granularity granularity, int graceDays, ReportingCurrency reporting) {
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(granularity, "granularity");
        Subscriptions.checked(subscriptions);
        return TimeSeries.of(range, granularity,
                p -> subscriptions.stream().collect(collector(p, graceDays, reporting)));
    }

    /**
     * Returns a collector of the renewals of a period without grace days, subscriptions in one currency (the first
     * one's). It is exact on any split and does not check ids.
     *
     * @param period  the period, not null
     * @return the collector, never null; it throws {@link IllegalArgumentException} on no subscription and
     *         {@link io.github.revops.money.CurrencyMismatchException} on a second currency
     */
    public static Collector<Subscription, ?, Renewals> collector(Period period) {
        return collector(period, 0);
    }

    /**
     * Returns a collector of the renewals of a period with a grace window, subscriptions in one currency (the first
     * one's). It is exact on any split and does not check ids.
     *
     * @param period  the period, not null
     * @param graceDays  how many days after the end date a follow-on may start, not negative
     * @return the collector, never null; it throws {@link IllegalArgumentException} on no subscription and
     *         {@link io.github.revops.money.CurrencyMismatchException} on a second currency
     * @throws IllegalArgumentException if the grace days are negative
     */
    public static Collector<Subscription, ?, Renewals> collector(Period period, int graceDays) {
        Objects.requireNonNull(period, "period");
        checkGrace(graceDays);
        return Collector.of(() -> new Accumulator(period, graceDays, Optional.empty()), Accumulator::add,
                Accumulator::addAll, Accumulator::build, Collector.Characteristics.UNORDERED);
    }

    /**
     * Returns a collector of the renewals of a period.
     *
     * @param period  the period, not null
     * @param graceDays  how many days after the end date a follow-on may start, not negative
     * @param reporting  the reporting currency and its rates, not null
     * @return the collector, never null
     * @throws IllegalArgumentException if the grace days are negative
     */
    public static Collector<Subscription, ?, Renewals> collector(Period period, int graceDays,
                                                                 ReportingCurrency reporting) {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(reporting, "reporting");
        checkGrace(graceDays);
        return Collector.of(() -> new Accumulator(period, graceDays, Optional.of(reporting)), Accumulator::add,
                Accumulator::addAll, Accumulator::build, Collector.Characteristics.UNORDERED);
    }

    /**
     * Returns the renewal rate by count: contracts renewed / contracts up for renewal, undefined when nothing was up.
     *
     * @return the ratio of contract counts, never null
     */
    public Ratio rateByCount() {
        return Ratio.of(renewed.size(), upForRenewal.size());
    }

    /**
     * Returns the renewal rate by value: ARR renewed / ARR up for renewal, undefined when nothing was up.
     *
     * @return the ratio in minor units of ARR, never null
     */
    public Ratio rateByValue() {
        return Ratio.of(arrRenewed.minorUnits(), arrUpForRenewal.minorUnits());
    }

    /**
     * Returns the renewals of two inputs with disjoint customers.
     *
     * @param other  the other result, same period, grace and currency, not null
     * @return the merged result, never null
     * @throws IllegalArgumentException if the periods, grace days or currencies differ, or a contract is in both
     */
    @Override
    public Renewals combine(Renewals other) {
        Objects.requireNonNull(other, "other");
        if (!period.equals(other.period) || graceDays != other.graceDays || !currency.equals(other.currency)) {
            throw new IllegalArgumentException("renewals of " + period + " (grace " + graceDays + ") and "
                    + other.period + " (grace " + other.graceDays + ") do not combine");
        }
        return new Renewals(period, graceDays, currency,
                SortedIds.mergeDisjoint(upForRenewal, other.upForRenewal, "upForRenewal"),
                SortedIds.mergeDisjoint(renewed, other.renewed, "renewed"),
                arrUpForRenewal.plus(other.arrUpForRenewal), arrRenewed.plus(other.arrRenewed));
    }

    private static void checkGrace(int graceDays) {
        if (graceDays < 0) {
            throw new IllegalArgumentException("graceDays (" + graceDays + ") must be >= 0");
        }
    }

    /** A contract up for renewal: its id, end date and ARR. */
    private record Contract(String id, LocalDate end, Rational arr) {
    }

    /** Per customer: its contracts up for renewal and the start dates of its paying subscriptions that may renew. */
    private static final class CustomerState {
        final List<Contract> contracts = new ArrayList<>(1);
        final List<LocalDate> starts = new ArrayList<>(1);

        void addAll(CustomerState other) {
            contracts.addAll(other.contracts);
            starts.addAll(other.starts);
        }
    }

    /** Collects per customer what renewals need; exact on any split. */
    private static final class Accumulator {

        private final Period period;
        private final int graceDays;
        /** The reporting currency; without one, the first subscription's currency, without rates. */
        private Optional<ReportingCurrency> reporting;
        private final LocalDate lastStart;
        private final Map<String, CustomerState> customers = new HashMap<>();

        Accumulator(Period period, int graceDays, Optional<ReportingCurrency> reporting) {
            this.period = period;
            this.graceDays = graceDays;
            this.reporting = reporting;
            this.lastStart = period.lastDay().plusDays(graceDays);
        }

        void add(Subscription s) {
            if (reporting.isEmpty()) {
                reporting = Optional.of(ReportingCurrency.of(s.amount().currency()));
            }
            ReportingCurrency in = reporting.get();
            SubscriptionAmounts.check(in, s);
            if (!s.isPaying()) {
                return;
            }
            boolean contract = s.endDate().isPresent() && period.contains(s.endDate().get());
            boolean follower = !s.startDate().isBefore(period.start()) && !s.startDate().isAfter(lastStart);
            if (!contract && !follower) {
                return;
            }
            CustomerState state = customers.computeIfAbsent(s.customerId(), k -> new CustomerState());
            if (contract) {
                LocalDate end = s.endDate().get();
                Rational arr = SubscriptionAmounts.monthlyMinor(in, s, end.minusDays(1))
                        .multiply(Rational.of(12));
                state.contracts.add(new Contract(s.id(), end, arr));
            }
            if (follower) {
                state.starts.add(s.startDate());
            }
        }

        Accumulator addAll(Accumulator other) {
            if (reporting.isEmpty()) {
                reporting = other.reporting;
            } else {
                other.reporting.ifPresent(theirs -> {
                    if (!theirs.currency().equals(reporting.get().currency())) {
                        throw new CurrencyMismatchException(reporting.get().currency(), theirs.currency());
                    }
                });
            }
            other.customers.forEach((k, v) -> customers.computeIfAbsent(k, x -> new CustomerState()).addAll(v));
            return this;
        }

        Renewals build() {
            TreeMap<String, Rational> up = new TreeMap<>();
            TreeMap<String, Rational> renewed = new TreeMap<>();
            for (CustomerState c : customers.values()) {
                for (Contract k : c.contracts) {
                    up.put(k.id(), k.arr());
                    LocalDate latest = k.end().plusDays(graceDays);
                    for (LocalDate start : c.starts) {
                        if (!start.isBefore(k.end()) && !start.isAfter(latest)) {
                            renewed.put(k.id(), k.arr());
                            break;
                        }
                    }
                }
            }
            Currency currency = reporting.orElseThrow(() -> new IllegalArgumentException(
                    "subscriptions ([]) must not be empty: give the reporting currency")).currency();
            return new Renewals(period, graceDays, currency, new ArrayList<>(up.keySet()),
                    new ArrayList<>(renewed.keySet()), ExactMoney.ofMinor(currency, sum(up)),
                    ExactMoney.ofMinor(currency, sum(renewed)));
        }

        private static Rational sum(Map<String, Rational> arr) {
            Rational total = Rational.ZERO;
            for (Rational r : arr.values()) {
                total = total.add(r);
            }
            return total;
        }
    }
}
