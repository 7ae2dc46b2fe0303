package io.github.revops.domain;

import io.github.revops.money.Money;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A sales opportunity as a CRM keeps it: who it is for, who owns it, what it is worth and how it ended.
 *
 * <p>A deal is validated once, here: an OPEN deal has no close date; a WON or LOST deal has one, on or after its
 * created date; the amount is not negative; the stage history is in date order. A bad field throws
 * {@link InvalidRecordException} naming the deal's id, the field and the value.
 * <pre>{@code
 * Deal deal = Deal.builder("D-1")
 *         .customer("ACME").owner("Ana").source("Inbound").type(DealType.NEW_BUSINESS)
 *         .amount(Money.parse("USD 12000.00"))
 *         .created(LocalDate.of(2017, 7, 3))
 *         .won(LocalDate.of(2017, 8, 14))
 *         .build();
 * deal.cycleDays();   // 42
 * }</pre>
 *
 * @param id  the deal's id, unique among the deals of one computation, not blank
 * @param customerId  the account the deal is for, not blank
 * @param owner  the sales rep who owns the deal, not blank
 * @param source  the lead source or channel, not blank
 * @param type  new business, renewal or expansion, not null
 * @param amount  the deal's value, not negative (CRMs record lost deals at 0 or at their last value)
 * @param createdDate  the date the opportunity was created, not null
 * @param status  open, won or lost, not null
 * @param closeDate  the close date for WON and LOST, empty for OPEN, not null
 * @param stageHistory  the stages entered, in date order, possibly empty, not null
 * @param forecastCategory  the deal's forecast category if the CRM sets one, not null
 * @param segments  free attributes for grouping (region, industry, ...), possibly empty, not null
 * @since 0.1.0
 */
public record Deal(String id, String customerId, String owner, String source, DealType type, Money amount,
                   LocalDate createdDate, DealStatus status, Optional<LocalDate> closeDate,
                   List<StageEntry> stageHistory, Optional<ForecastCategory> forecastCategory,
                   Map<String, String> segments) {

    /**
     * Creates the Deal, validating every component.
     *
     * @param id  the deal's id, unique among the deals of one computation, not blank
     * @param customerId  the account the deal is for, not blank
     * @param owner  the sales rep who owns the deal, not blank
     * @param source  the lead source or channel, not blank
     * @param type  new business, renewal or expansion, not null
     * @param amount  the deal's value, not negative (CRMs record lost deals at 0 or at their last value)
     * @param createdDate  the date the opportunity was created, not null
     * @param status  open, won or lost, not null
     * @param closeDate  the close date for WON and LOST, empty for OPEN, not null
     * @param stageHistory  the stages entered, in date order, possibly empty, not null
     * @param forecastCategory  the deal's forecast category if the CRM sets one, not null
     * @param segments  free attributes for grouping (region, industry, ...), possibly empty, not null
     * @throws InvalidRecordException if a component is missing or breaks a rule of the record
     */
    public Deal {
        Validation v = Validation.of("deal", id);
        v.text("customerId", customerId);
        v.text("owner", owner);
        v.text("source", source);
        v.present("type", type);
        v.nonNegative("amount", amount);
        v.present("createdDate", createdDate);
        v.present("status", status);
        v.optional("closeDate", closeDate);
        v.optional("forecastCategory", forecastCategory);
        if (status == DealStatus.OPEN && closeDate.isPresent()) {
            throw v.invalid("closeDate", closeDate.get(), "must be empty for an OPEN deal");
        }
        if (status != DealStatus.OPEN && closeDate.isEmpty()) {
            throw v.invalid("closeDate", null, "is required for a " + status + " deal");
        }
        closeDate.ifPresent(d -> v.notBefore("closeDate", d, "createdDate", createdDate));
        v.present("stageHistory", stageHistory);
        stageHistory = List.copyOf(stageHistory);
        for (int i = 1; i < stageHistory.size(); i++) {
            LocalDate entered = stageHistory.get(i).entered();
            LocalDate previous = stageHistory.get(i - 1).entered();
            if (entered.isBefore(previous)) {
                throw v.invalid("stageHistory", entered, "is out of date order: entry " + i + " ("
                        + stageHistory.get(i).stage() + ") is before entry " + (i - 1) + " (" + previous + ")");
            }
        }
        segments = v.attributes("segments", segments);
    }

    /**
     * Obtains a builder for a deal with an id.
     *
     * @param id  the deal's id, not blank
     * @return a new builder, never null
     */
    public static Builder builder(String id) {
        return new Builder(id);
    }

    /**
     * Checks if the deal was won.
     *
     * @return true when WON
     */
    public boolean isWon() {
        return status == DealStatus.WON;
    }

    /**
     * Checks if the deal was lost.
     *
     * @return true when LOST
     */
    public boolean isLost() {
        return status == DealStatus.LOST;
    }

    /**
     * Checks if the deal is still open.
     *
     * @return true when OPEN
     */
    public boolean isOpen() {
        return status == DealStatus.OPEN;
    }

    /**
     * Returns the sales cycle in calendar days, {@code closeDate - createdDate} (no +1; a same-day close is 0).
     *
     * @return the days from creation to close
     * @throws IllegalStateException if the deal is open
     */
    public int cycleDays() {
        LocalDate closed = closeDate.orElseThrow(
                () -> new IllegalStateException("deal '" + id + "' is open and has no sales cycle"));
        return Math.toIntExact(ChronoUnit.DAYS.between(createdDate, closed));
    }

    /**
     * Returns a segment attribute.
     *
     * @param name  the attribute name, not null
     * @return the value, or empty when the deal has no such attribute
     */
    public Optional<String> segment(String name) {
        return Optional.ofNullable(segments.get(Objects.requireNonNull(name, "name")));
    }

    /**
     * Returns a builder holding this deal's fields, to make a changed copy.
     *
     * @return a builder, never null
     */
    public Builder toBuilder() {
        Builder b = new Builder(id).customer(customerId).owner(owner).source(source).type(type).amount(amount)
                .created(createdDate).stageHistory(stageHistory).segments(segments);
        b.status = status;
        b.closeDate = closeDate.orElse(null);
        b.forecastCategory = forecastCategory.orElse(null);
        return b;
    }

    /**
     * Builds a {@link Deal}; the common case reads as one chain, and {@link #build()} validates everything.
     * Not thread-safe.
     *
     * @since 0.1.0
     */
    public static final class Builder {

        private final String id;
        private String customerId;
        private String owner;
        private String source;
        private DealType type = DealType.NEW_BUSINESS;
        private Money amount;
        private LocalDate createdDate;
        private DealStatus status = DealStatus.OPEN;
        private LocalDate closeDate;
        private List<StageEntry> stageHistory = new ArrayList<>();
        private ForecastCategory forecastCategory;
        private Map<String, String> segments = new LinkedHashMap<>();

        private Builder(String id) {
            this.id = id;
        }

        /**
         * Sets the customer (account) id.
         *
         * @param customerId  the customer id
         * @return this builder
         */
        public Builder customer(String customerId) {
            this.customerId = customerId;
            return this;
        }

        /**
         * Sets the owner.
         *
         * @param owner  the owner
         * @return this builder
         */
        public Builder owner(String owner) {
            this.owner = owner;
            return this;
        }

        /**
         * Sets the source or channel.
         *
         * @param source  the source
         * @return this builder
         */
        public Builder source(String source) {
            this.source = source;
            return this;
        }

        /**
         * Sets the type; NEW_BUSINESS unless set.
         *
         * @param type  the type
         * @return this builder
         */
        public Builder type(DealType type) {
            this.type = type;
            return this;
        }

        /**
         * Sets the amount.
         *
         * @param amount  the amount
         * @return this builder
         */
        public Builder amount(Money amount) {
            this.amount = amount;
            return this;
        }

        /**
         * Sets the created date.
         *
         * @param createdDate  the created date
         * @return this builder
         */
        public Builder created(LocalDate createdDate) {
            this.createdDate = createdDate;
            return this;
        }

        /**
         * Marks the deal open, with no close date (the default).
         *
         * @return this builder
         */
        public Builder open() {
            this.status = DealStatus.OPEN;
            this.closeDate = null;
            return this;
        }

        /**
         * Marks the deal won on a date.
         *
         * @param closeDate  the close date
         * @return this builder
         */
        public Builder won(LocalDate closeDate) {
            this.status = DealStatus.WON;
            this.closeDate = closeDate;
            return this;
        }

        /**
         * Marks the deal lost on a date.
         *
         * @param closeDate  the close date
         * @return this builder
         */
        public Builder lost(LocalDate closeDate) {
            this.status = DealStatus.LOST;
            this.closeDate = closeDate;
            return this;
        }

        /**
         * Sets the status and close date together (close date null for OPEN).
         *
         * @param status  the status
         * @param closeDate  the close date, or null
         * @return this builder
         */
        public Builder status(DealStatus status, LocalDate closeDate) {
            this.status = status;
            this.closeDate = closeDate;
            return this;
        }

        /**
         * Appends a stage entry.
         *
         * @param stage  the stage name
         * @param entered  the date entered
         * @return this builder
         */
        public Builder stage(String stage, LocalDate entered) {
            this.stageHistory.add(StageEntry.of(stage, entered));
            return this;
        }

        /**
         * Replaces the stage history.
         *
         * @param history  the entries in date order
         * @return this builder
         */
        public Builder stageHistory(List<StageEntry> history) {
            this.stageHistory = new ArrayList<>(history);
            return this;
        }

        /**
         * Sets the forecast category.
         *
         * @param category  the category, or null for none
         * @return this builder
         */
        public Builder forecastCategory(ForecastCategory category) {
            this.forecastCategory = category;
            return this;
        }

        /**
         * Adds a segment attribute.
         *
         * @param name  the attribute name
         * @param value  the value
         * @return this builder
         */
        public Builder segment(String name, String value) {
            this.segments.put(name, value);
            return this;
        }

        /**
         * Replaces the segment attributes.
         *
         * @param attributes  the attributes
         * @return this builder
         */
        public Builder segments(Map<String, String> attributes) {
            this.segments = new LinkedHashMap<>(attributes);
            return this;
        }

        /**
         * Builds and validates the deal.
         *
         * @return the deal, never null
         * @throws InvalidRecordException if a field is missing or breaks a rule of the deal
         */
        public Deal build() {
            return new Deal(id, customerId, owner, source, type, amount, createdDate, status,
                    Optional.ofNullable(closeDate), stageHistory, Optional.ofNullable(forecastCategory), segments);
        }
    }
}
