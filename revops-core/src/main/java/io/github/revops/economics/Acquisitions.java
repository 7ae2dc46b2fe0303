package io.github.revops.economics;

import io.github.revops.domain.Deal;
import io.github.revops.domain.DealType;
import io.github.revops.domain.Subscription;
import io.github.revops.domain.InvalidRecordException;
import io.github.revops.domain.UniqueIds;
import io.github.revops.internal.DatedIndex;
import io.github.revops.time.Period;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The new customers of a business: for each customer, the day they were acquired and their channel.
 *
 * <p>Built from subscriptions or deals ({@link EconomicsInput#newCustomers(NewCustomerSource)}) or from explicit
 * records, then queried per period; a customer is new in the period that contains its acquisition date, found by
 * binary search on the dates.
 * <pre>{@code
 * Acquisitions acquisitions = Acquisitions.fromSubscriptions(subscriptions)
 *         .withChannels(Map.of("ACME", "Paid search"));
 * acquisitions.in(Period.month(2026, 3));     // the customers new in March, by id
 * }</pre>
 * Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Acquisitions {

    private static final Comparator<Acquisition> BY_DATE_THEN_ID =
            Comparator.comparing(Acquisition::date).thenComparing(Acquisition::customerId);

    private final List<Acquisition> byDate;
    private final Map<String, Acquisition> byCustomer;

    private Acquisitions(List<Acquisition> acquisitions) {
        List<Acquisition> sorted = new ArrayList<>(acquisitions);
        sorted.sort(BY_DATE_THEN_ID);
        this.byDate = List.copyOf(sorted);
        Map<String, Acquisition> map = new HashMap<>();
        for (Acquisition a : sorted) {
            if (map.put(a.customerId(), a) != null) {
                throw new IllegalArgumentException("customerId ('" + a.customerId() + "') is acquired twice");
            }
        }
        this.byCustomer = Map.copyOf(map);
    }

    /**
     * Obtains the acquisitions from explicit records.
     *
     * @param acquisitions  one per customer, not null
     * @return the acquisitions, never null
     * @throws IllegalArgumentException if a customer appears twice
     */
    public static Acquisitions of(Collection<Acquisition> acquisitions) {
        return new Acquisitions(List.copyOf(acquisitions));
    }

    /**
     * Finds new customers from subscriptions: a customer is acquired on the start date of their first paying
     * subscription (not a trial, amount above zero). No channel is known.
     *
     * @param subscriptions  the subscriptions, not null
     * @return the acquisitions, never null
     * @throws InvalidRecordException if two subscriptions share an id
     */
    public static Acquisitions fromSubscriptions(Collection<Subscription> subscriptions) {
        UniqueIds.check(subscriptions, Subscription::id, "subscription");
        Map<String, LocalDate> first = new HashMap<>();
        for (Subscription s : subscriptions) {
            if (s.isPaying()) {
                first.merge(s.customerId(), s.startDate(), (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        List<Acquisition> out = new ArrayList<>(first.size());
        first.forEach((customer, date) -> out.add(new Acquisition(customer, date, Optional.empty())));
        return new Acquisitions(out);
    }

    /**
     * Finds new customers from deals: a customer is acquired on the close date of their first WON deal of type
     * NEW_BUSINESS (the earliest; a tie goes to the smaller deal id), whose source is the channel. RENEWAL and
     * EXPANSION deals never make a customer new.
     *
     * @param deals  the deals, not null
     * @return the acquisitions, never null
     * @throws InvalidRecordException if two deals share an id
     */
    public static Acquisitions fromDeals(Collection<Deal> deals) {
        UniqueIds.check(deals, Deal::id, "deal");
        Comparator<Deal> earliest = Comparator.comparing((Deal d) -> d.closeDate().orElseThrow())
                .thenComparing(Deal::id);
        Map<String, Deal> first = new HashMap<>();
        for (Deal d : deals) {
            if (d.isWon() && d.type() == DealType.NEW_BUSINESS) {
                first.merge(d.customerId(), d, (a, b) -> earliest.compare(a, b) <= 0 ? a : b);
            }
        }
        List<Acquisition> out = new ArrayList<>(first.size());
        first.forEach((customer, deal) -> out.add(new Acquisition(customer, deal.closeDate().orElseThrow(),
                Optional.of(deal.source()))));
        return new Acquisitions(out);
    }

    /**
     * Returns a copy with channels assigned by the caller; a customer in the map gets that channel (replacing a
     * deal's source), the others keep theirs. {@link EconomicsInput} applies its map to acquisitions from
     * subscriptions only (from deals the channel is the deal's source); calling this on acquisitions from deals, and
     * giving them with {@link EconomicsInput#withAcquisitions} under {@link NewCustomerSource#EXPLICIT}, is an
     * explicit choice to let the map win.
     *
     * @param channels  customer id to channel, not null
     * @return the acquisitions with the channels, never null
     */
    public Acquisitions withChannels(Map<String, String> channels) {
        Objects.requireNonNull(channels, "channels");
        List<Acquisition> out = new ArrayList<>(byDate.size());
        for (Acquisition a : byDate) {
            String channel = channels.get(a.customerId());
            out.add(channel == null ? a : new Acquisition(a.customerId(), a.date(), Optional.of(channel)));
        }
        return new Acquisitions(out);
    }

    /**
     * Returns the customers acquired in a period, by customer id.
     *
     * @param period  the period, not null
     * @return the acquisitions, sorted by customer id, never null
     */
    public List<Acquisition> in(Period period) {
        int from = indexOf(period.start());
        int to = indexOf(period.end());
        List<Acquisition> out = new ArrayList<>(byDate.subList(from, to));
        out.sort(Comparator.comparing(Acquisition::customerId));
        return List.copyOf(out);
    }

    /**
     * Returns how many customers were acquired in a period.
     *
     * @param period  the period, not null
     * @return the count
     */
    public int countIn(Period period) {
        return indexOf(period.end()) - indexOf(period.start());
    }

    /**
     * Returns a customer's acquisition.
     *
     * @param customerId  the customer, not null
     * @return the acquisition, or empty when the customer was never acquired
     */
    public Optional<Acquisition> of(String customerId) {
        return Optional.ofNullable(byCustomer.get(Objects.requireNonNull(customerId, "customerId")));
    }

    /**
     * Returns every acquisition, by date then customer id.
     *
     * @return the acquisitions, never null
     */
    public List<Acquisition> all() {
        return byDate;
    }

    /**
     * Checks if another object holds the same acquisitions.
     *
     * @param obj  the other object, may be null
     * @return true when both hold the same acquisitions
     */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof Acquisitions other && byDate.equals(other.byDate);
    }

    @Override
    public int hashCode() {
        return byDate.hashCode();
    }

    /**
     * Returns the acquisitions by date then customer id, such as
     * {@code "Acquisitions[Acquisition[customerId=ACME, date=2026-03-05, channel=Optional.empty]]"}.
     *
     * @return the text form, never null
     */
    @Override
    public String toString() {
        return "Acquisitions" + byDate;
    }

    private int indexOf(LocalDate day) {
        return DatedIndex.countBefore(byDate, Acquisition::date, day);
    }
}
