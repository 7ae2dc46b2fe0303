package io.github.revops.forecast;

import io.github.revops.domain.Deal;
import io.github.revops.money.CurrencyMismatchException;
import io.github.revops.money.Money;
import io.github.revops.result.Breakdown;
import io.github.revops.result.Mergeable;
import io.github.revops.result.Ratio;

import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Currency;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collector;

/**
 * Quota attainment: the won bookings of an owner in a period set against their quota.
 *
 * <p>Won bookings are the amounts of the owner's WON deals (of every type) whose close date is in the quota's
 * period. Attainment is {@code wonBookings / quota}: it can exceed 1 and is undefined for a quota of zero. Results
 * for several quotas combine by adding bookings and quotas, which is the team's attainment.
 * <pre>{@code
 * QuotaAttainment ana = QuotaAttainment.of(new Quota("Ana", Period.quarter(2026, 1),
 *         Money.parse("USD 100000.00")), deals);
 * ana.attainment().value();                                  // OptionalDouble[1.2] for USD 120000.00 won
 * QuotaAttainment.byOwner(quotas, deals).total().attainment(); // the team's
 * }</pre>
 *
 * @param quota  the sum of the quotas, not null
 * @param wonBookings  the sum of the won deals, in the quota's currency, not null
 * @param wonDeals  the ids of those deals, sorted, not null
 * @since 0.1.0
 */
public record QuotaAttainment(Money quota, Money wonBookings, SortedSet<String> wonDeals)
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
        return new QuotaAttainment(Money.zero(currency), Money.zero(currency), Collections.emptySortedSet());
    }

    /**
     * Computes the attainment of one quota.
     *
     * @param quota  the quota, not null
     * @param deals  the deals, each in the quota's currency, not null
     * @return the attainment, never null
     * @throws CurrencyMismatchException if a deal is in another currency
     */
    public static QuotaAttainment of(Quota quota, Collection<Deal> deals) {
        Currency currency = quota.amount().currency();
        Accumulator acc = new Accumulator(currency, WonBookings.of(currency, deals, Map.of()));
        acc.add(quota);
        return acc.result();
    }

    /**
     * Computes the attainment of each owner's quotas (an owner's quotas for several periods add up); the total is
     * the team's attainment.
     *
     * @param currency  the currency of the quotas and deals, not null
     * @param quotas  the quotas, not null
     * @param deals  the deals, not null
     * @return the attainment per owner, owners in natural order, never null
     * @throws CurrencyMismatchException if a quota or deal is in another currency
     */
    public static Breakdown<String, QuotaAttainment> byOwner(Currency currency, Collection<Quota> quotas,
                                                             Collection<Deal> deals) {
        return quotas.stream().collect(Breakdown.by(Quota::owner, collector(currency, deals), empty(currency)));
    }

    /**
     * Returns a collector of quotas into their combined attainment against a fixed set of deals (indexed once).
     *
     * @param currency  the currency of the quotas and deals, not null
     * @param deals  the deals, not null
     * @return the collector, never null
     * @throws CurrencyMismatchException if a deal is in another currency
     */
    public static Collector<Quota, ?, QuotaAttainment> collector(Currency currency, Collection<Deal> deals) {
        WonBookings bookings = WonBookings.of(currency, deals, Map.of());
        return Collector.of(() -> new Accumulator(currency, bookings), Accumulator::add, Accumulator::merge,
                Accumulator::result, Collector.Characteristics.UNORDERED);
    }

    /**
     * Returns the attainment, {@code wonBookings / quota} in minor units; undefined when the quota is zero.
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

    /** The mutable accumulator behind the collector. */
    private static final class Accumulator {

        private final Currency currency;
        private final WonBookings bookings;
        private long quota;
        private long won;
        private final TreeSet<String> deals = new TreeSet<>();

        Accumulator(Currency currency, WonBookings bookings) {
            this.currency = currency;
            this.bookings = bookings;
        }

        void add(Quota q) {
            Currency c = q.amount().currency();
            if (!c.equals(currency)) {
                throw new CurrencyMismatchException(currency, c);
            }
            quota = Math.addExact(quota, q.amount().minorUnits());
            won = Math.addExact(won, bookings.total(q.owner(), q.period()).minorUnits());
            deals.addAll(bookings.dealIds(q.owner(), q.period()));
        }

        Accumulator merge(Accumulator other) {
            quota = Math.addExact(quota, other.quota);
            won = Math.addExact(won, other.won);
            deals.addAll(other.deals);
            return this;
        }

        QuotaAttainment result() {
            return new QuotaAttainment(Money.ofMinor(currency, quota), Money.ofMinor(currency, won), deals);
        }
    }
}
