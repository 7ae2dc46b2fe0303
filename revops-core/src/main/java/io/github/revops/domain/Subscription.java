package io.github.revops.domain;

import io.github.revops.money.ExactMoney;
import io.github.revops.internal.SubscriptionFields;
import io.github.revops.money.Money;

import java.time.LocalDate;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;

/**
 * A recurring charge to a customer: an amount per billing interval, from a start date to an optional end date.
 *
 * <p>The end date is exclusive: a subscription with end date 1 February was last in service on 31 January. A
 * cancellation date, where known, is the day the customer asked to cancel; service still runs to the end date.
 * A subscription counts toward MRR on a date when it is paying (not a trial, amount above zero) and
 * {@code startDate <= date < endDate}. Its monthly value is exact ({@link #monthlyValue()}): a weekly plan of 10.00
 * is 13000/3 cents a month, never rounded per subscription.
 * <pre>{@code
 * Subscription s = Subscription.of("S-1", "ACME", Money.parse("USD 1200.00"), BillingInterval.YEAR,
 *         LocalDate.of(2026, 1, 1));
 * s.monthlyValue().toMoney(RoundingMode.HALF_EVEN);   // USD 100.00
 * s.isActiveOn(LocalDate.of(2026, 6, 1));               // true
 * }</pre>
 *
 * <p>It behaves as a record of its eight components (the constructor's parameters): the accessors return them,
 * and {@code equals}, {@code hashCode} and {@code toString} are those a record of the same components would have. It
 * is a final class because it keeps its dates as epoch days, so that the recurring metrics read a list of
 * subscriptions without building dates (docs/decisions/0088).
 *
 * <h2>Implementation Requirements:</h2>
 * This class is immutable and thread-safe. It must be treated as a value type: do not synchronize, rely on the
 * identity hash code or use the distinction between {@code equals()} and {@code ==}.
 *
 * @since 0.1.0
 */
public final class Subscription {

    static {
        SubscriptionFields.register(new SubscriptionFields.Reader() {
            @Override
            public long startDay(Subscription s) {
                return s.startDay;
            }

            @Override
            public long endDay(Subscription s) {
                return s.endDay;
            }

            @Override
            public long cancellationDay(Subscription s) {
                return s.cancellationDay;
            }

            @Override
            public int idHash(Subscription s) {
                return s.idHash;
            }

            @Override
            public long amountMinor(Subscription s) {
                return s.amountMinor;
            }

            @Override
            public Currency currency(Subscription s) {
                return s.currency;
            }

            @Override
            public boolean paying(Subscription s) {
                return s.paying;
            }
        });
    }

    private final String id;
    private final String customerId;
    private final Money amount;
    private final BillingInterval interval;
    /** The start's epoch day. */
    private final long startDay;
    /** The exclusive end's epoch day, or {@link SubscriptionFields#OPEN_END}. */
    private final long endDay;
    private final boolean trial;
    /** The cancellation's epoch day, or {@link SubscriptionFields#NOT_CANCELLED}. */
    private final long cancellationDay;
    /** {@code id.hashCode()}, so that an id check need not read the id. */
    private final int idHash;
    /** The amount's minor units and currency, so that a kernel need not read the {@code Money}. */
    private final long amountMinor;
    private final Currency currency;
    /** {@link #isPaying()}, kept. */
    private final boolean paying;

    /**
     * Creates the Subscription, validating every component.
     *
     * @param id  the subscription's id, unique among the subscriptions of one computation, not blank
     * @param customerId  the customer billed, not blank
     * @param amount  the recurring amount per billing interval, not negative, net of discounts
     * @param interval  the billing interval, not null
     * @param startDate  the first day of service, not null
     * @param endDate  the first day no longer in service (exclusive), after the start; empty when open-ended
     * @param trial  true for a trial, which never counts toward MRR
     * @param cancellationDate  the day the customer asked to cancel, only with an end date and not after it
     * @throws InvalidRecordException if a component is missing or breaks a rule of the record
     */
    public Subscription(String id, String customerId, Money amount, BillingInterval interval, LocalDate startDate,
                        Optional<LocalDate> endDate, boolean trial, Optional<LocalDate> cancellationDate) {
        Validation v = Validation.of("subscription", id);
        v.text("customerId", customerId);
        v.nonNegative("amount", amount);
        v.present("interval", interval);
        v.present("startDate", startDate);
        v.optional("endDate", endDate);
        v.optional("cancellationDate", cancellationDate);
        endDate.ifPresent(end -> v.after("endDate", end, "startDate", startDate));
        if (cancellationDate.isPresent()) {
            LocalDate cancelled = cancellationDate.get();
            if (endDate.isEmpty()) {
                throw v.invalid("cancellationDate", cancelled, "requires an endDate (service runs to the end date)");
            }
            if (cancelled.isAfter(endDate.get())) {
                throw v.invalid("cancellationDate", cancelled, "must not be after endDate (" + endDate.get() + ")");
            }
        }
        this.id = id;
        this.idHash = id.hashCode();
        this.customerId = customerId;
        this.amount = amount;
        this.amountMinor = amount.minorUnits();
        this.currency = amount.currency();
        this.paying = !trial && amount.isPositive();
        this.interval = interval;
        this.startDay = startDate.toEpochDay();
        this.endDay = endDate.map(LocalDate::toEpochDay).orElse(SubscriptionFields.OPEN_END);
        this.trial = trial;
        this.cancellationDay = cancellationDate.map(LocalDate::toEpochDay).orElse(SubscriptionFields.NOT_CANCELLED);
    }

    /**
     * Returns the subscription's id.
     *
     * @return the id, unique among the subscriptions of one computation, never blank
     */
    public String id() {
        return id;
    }

    /**
     * Returns the customer billed.
     *
     * @return the customer id, never blank
     */
    public String customerId() {
        return customerId;
    }

    /**
     * Returns the recurring amount per billing interval, net of discounts.
     *
     * @return the amount, not negative, never null
     */
    public Money amount() {
        return amount;
    }

    /**
     * Returns the billing interval.
     *
     * @return the interval, never null
     */
    public BillingInterval interval() {
        return interval;
    }

    /**
     * Returns the first day of service.
     *
     * @return the start date, never null
     */
    public LocalDate startDate() {
        return LocalDate.ofEpochDay(startDay);
    }

    /**
     * Returns the first day no longer in service (exclusive).
     *
     * @return the end date, empty when open-ended
     */
    public Optional<LocalDate> endDate() {
        return endDay == SubscriptionFields.OPEN_END ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(endDay));
    }

    /**
     * Checks if the subscription is a trial, which never counts toward MRR.
     *
     * @return true for a trial
     */
    public boolean trial() {
        return trial;
    }

    /**
     * Returns the day the customer asked to cancel.
     *
     * @return the cancellation date, empty when there is none
     */
    public Optional<LocalDate> cancellationDate() {
        return cancellationDay == SubscriptionFields.NOT_CANCELLED ? Optional.empty()
                : Optional.of(LocalDate.ofEpochDay(cancellationDay));
    }

    /**
     * Obtains an open-ended paying subscription.
     *
     * @param id  the id, not blank
     * @param customerId  the customer, not blank
     * @param amount  the amount per interval, not negative
     * @param interval  the billing interval, not null
     * @param startDate  the first day of service, not null
     * @return the subscription, never null
     * @throws InvalidRecordException if a field is invalid
     */
    public static Subscription of(String id, String customerId, Money amount, BillingInterval interval,
                                  LocalDate startDate) {
        return new Subscription(id, customerId, amount, interval, startDate, Optional.empty(), false,
                Optional.empty());
    }

    /**
     * Returns a copy that ends (exclusively) on a date.
     *
     * @param end  the first day no longer in service, after the start
     * @return the ended subscription, never null
     * @throws InvalidRecordException if the end is not after the start
     */
    public Subscription endingOn(LocalDate end) {
        Objects.requireNonNull(end, "end");
        return new Subscription(id, customerId, amount, interval, startDate(), Optional.of(end), trial,
                cancellationDate());
    }

    /**
     * Returns a copy marked as cancelled on a date; service still runs to the end date.
     *
     * @param cancelled  the day the customer asked to cancel, not after the end date
     * @return the cancelled subscription, never null
     * @throws InvalidRecordException if there is no end date or the date is after it
     */
    public Subscription cancelledOn(LocalDate cancelled) {
        Objects.requireNonNull(cancelled, "cancelled");
        return new Subscription(id, customerId, amount, interval, startDate(), endDate(), trial,
                Optional.of(cancelled));
    }

    /**
     * Returns a copy marked as a trial.
     *
     * @return the trial subscription, never null
     */
    public Subscription asTrial() {
        return new Subscription(id, customerId, amount, interval, startDate(), endDate(), true, cancellationDate());
    }

    /**
     * Checks if the subscription is paying: not a trial and its amount above zero.
     *
     * @return true when paying
     */
    public boolean isPaying() {
        return paying;
    }

    /**
     * Checks if the subscription is in service on a date: {@code startDate <= date < endDate}.
     *
     * @param date  the date, not null
     * @return true when in service
     */
    public boolean isActiveOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        long day = date.toEpochDay();
        return startDay <= day && day < endDay;
    }

    /**
     * Checks if the subscription counts toward MRR on a date: paying and in service.
     *
     * @param date  the date, not null
     * @return true when it counts
     */
    public boolean countsOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return isPaying() && isActiveOn(date);
    }

    /**
     * Returns the exact monthly value of the amount (amount times the interval's monthly factor), whether or not
     * the subscription is paying.
     *
     * @return the monthly value, never null
     */
    public ExactMoney monthlyValue() {
        return amount.toExact().multipliedBy(interval.monthlyFactor());
    }

    /**
     * Returns the subscription's contribution to MRR on a date: its monthly value when it counts, otherwise zero.
     *
     * @param date  the date, not null
     * @return the MRR on that date, never null
     */
    public ExactMoney mrrOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return countsOn(date) ? monthlyValue() : ExactMoney.zero(amount.currency());
    }

    /**
     * Checks if another object is a subscription with equal components.
     *
     * @param obj  the other object, may be null
     * @return true when every component is equal
     */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof Subscription other && id.equals(other.id) && customerId.equals(other.customerId)
                && amount.equals(other.amount) && interval.equals(other.interval) && startDay == other.startDay
                && endDay == other.endDay && trial == other.trial && cancellationDay == other.cancellationDay;
    }

    /**
     * Returns the hash code a record of the same components would have.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        int h = 0;
        for (Object component : new Object[] {id, customerId, amount, interval, startDate(), endDate(), trial,
            cancellationDate()}) {
            h = 31 * h + Objects.hashCode(component);
        }
        return h;
    }

    /**
     * Returns the components as a record would, such as {@code Subscription[id=S-1, customerId=ACME, amount=USD
     * 1200.00, interval=YEAR, startDate=2026-01-01, endDate=Optional.empty, trial=false,
     * cancellationDate=Optional.empty]}.
     *
     * @return the text form, never null
     */
    @Override
    public String toString() {
        return "Subscription[id=" + id + ", customerId=" + customerId + ", amount=" + amount + ", interval="
                + interval + ", startDate=" + startDate() + ", endDate=" + endDate() + ", trial=" + trial
                + ", cancellationDate=" + cancellationDate() + "]";
    }
}
