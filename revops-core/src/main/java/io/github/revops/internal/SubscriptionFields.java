package io.github.revops.internal;

import io.github.revops.domain.Subscription;

import java.lang.invoke.MethodHandles;
import java.util.Currency;
import java.util.Objects;

/**
 * The primitive form of a {@link Subscription}'s dates (and its id's hash and amount), for the recurring-revenue kernels: epoch days as {@code long},
 * read without building a {@code LocalDate} or an {@code Optional}. {@code Subscription} keeps its dates in this form
 * and registers the one {@link Reader} when its class is initialised; users see only its {@code LocalDate} accessors.
 * <pre>{@code
 * long start = SubscriptionFields.startDay(s);      // s.startDate().toEpochDay()
 * long end = SubscriptionFields.endDay(s);          // OPEN_END when s.endDate() is empty
 * }</pre>
 *
 * <p>Internal: this package is not exported by the module and may change in any release.
 */
public final class SubscriptionFields {

    /** The end day of an open-ended subscription: above every epoch day, so {@code day < endDay} always holds. */
    public static final long OPEN_END = Long.MAX_VALUE;
    /** The cancellation day of a subscription without one: above every epoch day. */
    public static final long NOT_CANCELLED = Long.MAX_VALUE;

    private static Reader reader;

    private SubscriptionFields() {
    }

    /**
     * How {@link Subscription} exposes its primitive fields to this class.
     *
     * @since 0.1.0
     */
    public interface Reader {

        /**
         * Returns the start's epoch day.
         *
         * @param s  the subscription, not null
         * @return the epoch day
         */
        long startDay(Subscription s);

        /**
         * Returns the exclusive end's epoch day.
         *
         * @param s  the subscription, not null
         * @return the epoch day, or {@link #OPEN_END}
         */
        long endDay(Subscription s);

        /**
         * Returns the cancellation's epoch day.
         *
         * @param s  the subscription, not null
         * @return the epoch day, or {@link #NOT_CANCELLED}
         */
        long cancellationDay(Subscription s);

        /**
         * Returns the hash of the id, kept by the subscription.
         *
         * @param s  the subscription, not null
         * @return {@code s.id().hashCode()}
         */
        int idHash(Subscription s);

        /**
         * Returns the amount's minor units.
         *
         * @param s  the subscription, not null
         * @return {@code s.amount().minorUnits()}
         */
        long amountMinor(Subscription s);

        /**
         * Returns the amount's currency.
         *
         * @param s  the subscription, not null
         * @return {@code s.amount().currency()}
         */
        Currency currency(Subscription s);

        /**
         * Returns whether the subscription pays.
         *
         * @param s  the subscription, not null
         * @return {@code s.isPaying()}
         */
        boolean paying(Subscription s);
    }

    /**
     * Registers the reader; {@link Subscription} calls this once, from its static initialiser.
     *
     * @param r  the reader, not null
     * @throws IllegalStateException if a reader is already registered
     */
    public static synchronized void register(Reader r) {
        if (reader != null) {
            throw new IllegalStateException("the subscription field reader is already registered");
        }
        reader = Objects.requireNonNull(r, "r");
    }

    /**
     * Returns a subscription's start as an epoch day.
     *
     * @param s  the subscription, not null
     * @return the epoch day of {@code s.startDate()}
     */
    public static long startDay(Subscription s) {
        return reader().startDay(s);
    }

    /**
     * Returns a subscription's exclusive end as an epoch day.
     *
     * @param s  the subscription, not null
     * @return the epoch day of {@code s.endDate()}, or {@link #OPEN_END} when open-ended
     */
    public static long endDay(Subscription s) {
        return reader().endDay(s);
    }

    /**
     * Returns the day a subscription's customer asked to cancel, as an epoch day.
     *
     * @param s  the subscription, not null
     * @return the epoch day of {@code s.cancellationDate()}, or {@link #NOT_CANCELLED} when there is none
     */
    public static long cancellationDay(Subscription s) {
        return reader().cancellationDay(s);
    }

    /**
     * Returns the hash of a subscription's id, kept by the subscription, so that an id check need not read the id.
     *
     * @param s  the subscription, not null
     * @return {@code s.id().hashCode()}
     */
    public static int idHash(Subscription s) {
        return reader().idHash(s);
    }

    /**
     * Returns a subscription's amount in minor units, kept by the subscription.
     *
     * @param s  the subscription, not null
     * @return {@code s.amount().minorUnits()}
     */
    public static long amountMinor(Subscription s) {
        return reader().amountMinor(s);
    }

    /**
     * Returns the currency of a subscription's amount, kept by the subscription.
     *
     * @param s  the subscription, not null
     * @return {@code s.amount().currency()}
     */
    public static Currency currency(Subscription s) {
        return reader().currency(s);
    }

    /**
     * Returns whether a subscription pays: not a trial, and a positive amount.
     *
     * @param s  the subscription, not null
     * @return {@code s.isPaying()}
     */
    public static boolean paying(Subscription s) {
        return reader().paying(s);
    }

    private static Reader reader() {
        Reader r = reader;
        if (r == null) {
            try {
                MethodHandles.lookup().ensureInitialized(Subscription.class);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("cannot initialise " + Subscription.class, e);
            }
            r = reader;
        }
        return r;
    }
}
