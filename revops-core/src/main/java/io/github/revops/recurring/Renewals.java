package io.github.revops.recurring;

import io.github.revops.domain.Subscription;
import io.github.revops.math.Rational;
import io.github.revops.money.ExactMoney;
import io.github.revops.money.ReportingCurrency;
import io.github.revops.result.Mergeable;
import io.github.revops.result.Ratio;
import io.github.revops.time.Period;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collector;

/**
 * The renewal rate of a period by count and by value: the contracts up for renewal in it and those renewed
 * (METRICS.md 8).
 *
 * <p>A contract is a paying subscription with an end date; it is up for renewal in the period that contains its end
 * date (the period of its churn). It is renewed when another paying subscription of the same customer starts on or
 * after that end date and at most {@code graceDays} later (grace 0: on the end date exactly). A follow-on that starts
 * before the end date overlaps and does not renew; trials and free plans never renew. Cancellation dates play no part.
 * The value rate weighs each contract by its own ARR (12 times its monthly value), converted at the rate of its last
 * day of service.
 * <pre>{@code
 * Renewals q1 = RecurringRevenue.of(subscriptions).renewals(Period.quarter(2026, 1), 14);
 * q1.count();     // renewed / up for renewal
 * q1.value();     // ARR renewed / ARR up for renewal
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
        if (graceDays < 0) {
            throw new IllegalArgumentException("graceDays (" + graceDays + ") must be >= 0");
        }
        return Collector.of(() -> new Accumulator(period, graceDays, reporting), Accumulator::add,
                Accumulator::addAll, Accumulator::build, Collector.Characteristics.UNORDERED);
    }

    /**
     * Returns the renewal rate by count: renewed / up for renewal, undefined when nothing was up.
     *
     * @return the ratio of contract counts, never null
     */
    public Ratio count() {
        return Ratio.of(renewed.size(), upForRenewal.size());
    }

    /**
     * Returns the renewal rate by value: ARR renewed / ARR up for renewal, undefined when nothing was up.
     *
     * @return the ratio in minor units of ARR, never null
     */
    public Ratio value() {
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
        if (!period.equals(other.period) || graceDays != other.graceDays || !currency.equals(other.currency)) {
            throw new IllegalArgumentException("renewals of " + period + " (grace " + graceDays + ") and "
                    + other.period + " (grace " + other.graceDays + ") do not combine");
        }
        return new Renewals(period, graceDays, currency,
                SortedIds.mergeDisjoint(upForRenewal, other.upForRenewal, "upForRenewal"),
                SortedIds.mergeDisjoint(renewed, other.renewed, "renewed"),
                arrUpForRenewal.plus(other.arrUpForRenewal), arrRenewed.plus(other.arrRenewed));
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
        private final ReportingCurrency reporting;
        private final LocalDate lastStart;
        private final Map<String, CustomerState> customers = new HashMap<>();

        Accumulator(Period period, int graceDays, ReportingCurrency reporting) {
            this.period = period;
            this.graceDays = graceDays;
            this.reporting = reporting;
            this.lastStart = period.lastDay().plusDays(graceDays);
        }

        void add(Subscription s) {
            SubscriptionAmounts.check(reporting, s);
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
                Rational arr = SubscriptionAmounts.monthlyMinor(reporting, s, end.minusDays(1))
                        .multiply(Rational.of(12));
                state.contracts.add(new Contract(s.id(), end, arr));
            }
            if (follower) {
                state.starts.add(s.startDate());
            }
        }

        Accumulator addAll(Accumulator other) {
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
            Currency currency = reporting.currency();
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
