package io.github.revops.internal;

import io.github.revops.domain.Deal;

import java.util.Currency;

/**
 * The primitive form of a {@link Deal}'s fields that the metric kernels read: dates as epoch days, the status as its
 * ordinal, the amount as minor units and its currency, the id's hash, without building the {@code LocalDate}, {@code Optional} and
 * {@code Money} that the public accessors return. {@code Deal} installs the accessor when its class loads, so any
 * deal that exists can be read.
 *
 * <p>Internal: this package is not exported by the module and may change in any release.
 */
public final class DealFields {

    /**
     * The close day of an open deal: below the epoch day of {@code LocalDate.MIN}, and far enough from
     * {@code Long.MIN_VALUE} that a difference with any epoch day does not overflow.
     */
    public static final long NO_CLOSE = -(1L << 60);

    private static Access access;

    private DealFields() {
    }

    /**
     * What {@link Deal} gives this class: the primitive form of its fields.
     */
    public interface Access {

        /**
         * Returns the created date's epoch day.
         *
         * @param deal  the deal
         * @return the epoch day
         */
        long createdDay(Deal deal);

        /**
         * Returns the close date's epoch day.
         *
         * @param deal  the deal
         * @return the epoch day, or {@link DealFields#NO_CLOSE} for an open deal
         */
        long closeDay(Deal deal);

        /**
         * Returns the status ordinal.
         *
         * @param deal  the deal
         * @return the ordinal of {@link Deal#status()}
         */
        int status(Deal deal);

        /**
         * Returns the amount in minor units.
         *
         * @param deal  the deal
         * @return the minor units of {@link Deal#amount()}
         */
        long amountMinor(Deal deal);

        /**
         * Returns the amount's currency.
         *
         * @param deal  the deal
         * @return the currency of {@link Deal#amount()}
         */
        Currency currency(Deal deal);

        /**
         * Returns the hash of the id.
         *
         * @param deal  the deal
         * @return {@code deal.id().hashCode()}
         */
        int idHash(Deal deal);

        /**
         * Returns the segment attributes in the deal's compact form.
         *
         * @param deal  the deal
         * @return {@code name0, value0, name1, value1, ...}, names sorted and distinct; not to be changed
         */
        String[] segmentPairs(Deal deal);
    }

    /**
     * Installs the accessor; {@link Deal} calls this once, when its class is initialised.
     *
     * @param fields  the accessor, not null
     * @throws IllegalStateException if an accessor is installed already
     */
    public static void install(Access fields) {
        if (access != null) {
            throw new IllegalStateException("the deal accessor is installed already");
        }
        access = fields;
    }

    /**
     * Returns the created date's epoch day.
     *
     * @param deal  the deal, not null
     * @return the epoch day
     */
    public static long createdDay(Deal deal) {
        return access.createdDay(deal);
    }

    /**
     * Returns the close date's epoch day.
     *
     * @param deal  the deal, not null
     * @return the epoch day, or {@link #NO_CLOSE} for an open deal
     */
    public static long closeDay(Deal deal) {
        return access.closeDay(deal);
    }

    /**
     * Returns the status ordinal.
     *
     * @param deal  the deal, not null
     * @return the ordinal of the status
     */
    public static int status(Deal deal) {
        return access.status(deal);
    }

    /**
     * Returns the amount in minor units.
     *
     * @param deal  the deal, not null
     * @return the minor units
     */
    public static long amountMinor(Deal deal) {
        return access.amountMinor(deal);
    }

    /**
     * Returns the amount's currency.
     *
     * @param deal  the deal, not null
     * @return the currency
     */
    public static Currency currency(Deal deal) {
        return access.currency(deal);
    }

    /**
     * Returns the hash of the id, kept by the deal.
     *
     * @param deal  the deal, not null
     * @return {@code deal.id().hashCode()}
     */
    public static int idHash(Deal deal) {
        return access.idHash(deal);
    }

    /**
     * Returns the segment attributes as the deal keeps them, so that a table is built without a map per deal.
     *
     * @param deal  the deal, not null
     * @return {@code name0, value0, name1, value1, ...}, names sorted and distinct, as {@link Deal#segments()}
     *         iterates them; the deal's own array, not to be changed
     */
    public static String[] segmentPairs(Deal deal) {
        return access.segmentPairs(deal);
    }
}
