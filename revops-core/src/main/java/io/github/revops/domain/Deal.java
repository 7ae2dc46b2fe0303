package io.github.revops.domain;

import io.github.revops.internal.DealFields;
import io.github.revops.money.Money;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
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
 * <p>A deal is a plain value of twelve components, read by accessors of the same names as the constructor's
 * parameters; two deals are equal when every component is equal, and {@link #toString()} lists the components as a
 * record's does. It keeps its dates as epoch days and its amount as minor units with the currency, the form the
 * metrics read without following a pointer per field (ADR 0085), so {@link #createdDate()}, {@link #closeDate()} and
 * {@link #amount()} return a new, equal object on each call; so does {@link #stageHistory()} for a history of up to
 * two entries, which the deal keeps without a list (docs/decisions/0105).
 *
 * <h2>Implementation Requirements:</h2>
 * This class is immutable and thread-safe. It must be treated as a value type: do not synchronize, rely on the
 * identity hash code or use the distinction between {@code equals()} and {@code ==}.
 *
 * @since 0.1.0
 */
public final class Deal {

    private static final DealType[] TYPES = DealType.values();
    private static final DealStatus[] STATUSES = DealStatus.values();
    private static final ForecastCategory[] FORECASTS = ForecastCategory.values();
    private static final byte OPEN = (byte) DealStatus.OPEN.ordinal();
    private static final byte WON = (byte) DealStatus.WON.ordinal();
    private static final byte LOST = (byte) DealStatus.LOST.ordinal();
    private static final byte NO_FORECAST = -1;

    static {
        DealFields.install(new DealFields.Access() {
            @Override
            public long createdDay(Deal deal) {
                return deal.createdDay;
            }

            @Override
            public long closeDay(Deal deal) {
                return deal.closeDay;
            }

            @Override
            public int status(Deal deal) {
                return deal.status;
            }

            @Override
            public long amountMinor(Deal deal) {
                return deal.amountMinor;
            }

            @Override
            public Currency currency(Deal deal) {
                return deal.currency;
            }

            @Override
            public int idHash(Deal deal) {
                return deal.idHash;
            }

            @Override
            public String[] segmentPairs(Deal deal) {
                return deal.segments;
            }
        });
    }

    // The fields the metrics read come first, so that they share the object's first bytes.
    private final long amountMinor;
    private final long createdDay;
    /** The close date's epoch day, {@link DealFields#NO_CLOSE} for an open deal. */
    private final long closeDay;
    private final byte status;
    private final byte type;
    /** The forecast category's ordinal, or {@link #NO_FORECAST}. */
    private final byte forecast;
    /** {@code id.hashCode()}, so that an id check need not read the id. */
    private final int idHash;
    private final Currency currency;
    private final String id;
    private final String customerId;
    private final String owner;
    private final String source;
    /**
     * The stage history's first two entries, null where it is shorter, and the whole history when it has more than
     * two entries (else null): a history of up to two entries, the common case, costs no list of its own
     * (docs/decisions/0105).
     */
    private final StageEntry stage0;
    private final StageEntry stage1;
    private final List<StageEntry> longHistory;
    /**
     * The segment attributes as one array of names and values, {@code name0, value0, name1, ...}, names sorted and
     * distinct ({@link DealSegments}); {@link DealSegments#NONE} for none.
     */
    private final String[] segments;

    /**
     * Creates a deal, validating every component.
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
     * @throws InvalidRecordException if a component is missing or breaks a rule of the deal
     */
    public Deal(String id, String customerId, String owner, String source, DealType type, Money amount,
                LocalDate createdDate, DealStatus status, Optional<LocalDate> closeDate,
                List<StageEntry> stageHistory, Optional<ForecastCategory> forecastCategory,
                Map<String, String> segments) {
        this(Validation.of("deal", id), id, customerId, owner, source, type, amount, createdDate, status, closeDate,
                stageHistory, forecastCategory, segments, null, 0);
    }

    /**
     * Creates a deal from the segment attributes of a map, or (when {@code segmentPairs} is not null) of the first
     * {@code segmentCount} name/value pairs of an array in set order, which the deal may keep.
     */
    private Deal(Validation v, String id, String customerId, String owner, String source, DealType type,
                 Money amount, LocalDate createdDate, DealStatus status, Optional<LocalDate> closeDate,
                 List<StageEntry> stageHistory, Optional<ForecastCategory> forecastCategory,
                 Map<String, String> segments, String[] segmentPairs, int segmentCount) {
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
        if (closeDate.isPresent()) {
            v.notBefore("closeDate", closeDate.get(), "createdDate", createdDate);
        }
        v.present("stageHistory", stageHistory);
        List<StageEntry> history = List.copyOf(stageHistory);
        for (int i = 1; i < history.size(); i++) {
            LocalDate entered = history.get(i).entered();
            LocalDate previous = history.get(i - 1).entered();
            if (entered.isBefore(previous)) {
                throw v.invalid("stageHistory", entered, "is out of date order: entry " + i + " ("
                        + history.get(i).stage() + ") is before entry " + (i - 1) + " (" + previous + ")");
            }
        }
        this.segments = SharedSegmentPairs.shared(segmentPairs == null ? v.attributePairs("segments", segments)
                : v.attributePairs("segments", segmentPairs, segmentCount));
        this.id = id;
        this.idHash = id.hashCode();
        this.customerId = customerId;
        this.owner = owner;
        this.source = source;
        this.type = (byte) type.ordinal();
        this.currency = amount.currency();
        this.amountMinor = amount.minorUnits();
        this.createdDay = createdDate.toEpochDay();
        this.status = (byte) status.ordinal();
        this.closeDay = closeDate.isPresent() ? closeDate.get().toEpochDay() : DealFields.NO_CLOSE;
        this.stage0 = history.isEmpty() ? null : history.get(0);
        this.stage1 = history.size() < 2 ? null : history.get(1);
        this.longHistory = history.size() > 2 ? history : null;
        this.forecast = forecastCategory.isPresent() ? (byte) forecastCategory.get().ordinal() : NO_FORECAST;
    }

    /**
     * Returns the deal's id.
     *
     * @return the id, unique among the deals of one computation, not blank
     */
    public String id() {
        return id;
    }

    /**
     * Returns the account the deal is for.
     *
     * @return the customer id, not blank
     */
    public String customerId() {
        return customerId;
    }

    /**
     * Returns the sales rep who owns the deal.
     *
     * @return the owner, not blank
     */
    public String owner() {
        return owner;
    }

    /**
     * Returns the lead source or channel.
     *
     * @return the source, not blank
     */
    public String source() {
        return source;
    }

    /**
     * Returns the deal's type.
     *
     * @return new business, renewal or expansion, never null
     */
    public DealType type() {
        return TYPES[type];
    }

    /**
     * Returns the deal's value.
     *
     * @return the amount, not negative, never null
     */
    public Money amount() {
        return Money.ofMinor(currency, amountMinor);
    }

    /**
     * Returns the date the opportunity was created.
     *
     * @return the created date, never null
     */
    public LocalDate createdDate() {
        return LocalDate.ofEpochDay(createdDay);
    }

    /**
     * Returns the deal's status.
     *
     * @return open, won or lost, never null
     */
    public DealStatus status() {
        return STATUSES[status];
    }

    /**
     * Returns the close date.
     *
     * @return the close date of a WON or LOST deal, empty for an OPEN one
     */
    public Optional<LocalDate> closeDate() {
        return status == OPEN ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(closeDay));
    }

    /**
     * Returns the stages entered.
     *
     * @return the entries in date order, possibly empty, unmodifiable, never null
     */
    public List<StageEntry> stageHistory() {
        if (longHistory != null) {
            return longHistory;
        }
        return stage0 == null ? List.of() : stage1 == null ? List.of(stage0) : List.of(stage0, stage1);
    }

    /**
     * Returns the deal's forecast category.
     *
     * @return the category, or empty when the CRM sets none
     */
    public Optional<ForecastCategory> forecastCategory() {
        return forecast == NO_FORECAST ? Optional.empty() : Optional.of(FORECASTS[forecast]);
    }

    /**
     * Returns the free attributes for grouping (region, industry, ...).
     *
     * @return the attributes in name order, possibly empty, unmodifiable, never null
     */
    public Map<String, String> segments() {
        return DealSegments.map(segments);
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
        return status == WON;
    }

    /**
     * Checks if the deal was lost.
     *
     * @return true when LOST
     */
    public boolean isLost() {
        return status == LOST;
    }

    /**
     * Checks if the deal is still open.
     *
     * @return true when OPEN
     */
    public boolean isOpen() {
        return status == OPEN;
    }

    /**
     * Returns the sales cycle in calendar days, {@code closeDate - createdDate} (no +1; a same-day close is 0).
     *
     * @return the days from creation to close
     * @throws IllegalStateException if the deal is open
     */
    public int cycleDays() {
        if (status == OPEN) {
            throw new IllegalStateException("deal '" + id + "' is open and has no sales cycle");
        }
        return Math.toIntExact(closeDay - createdDay);
    }

    /**
     * Returns a segment attribute.
     *
     * @param name  the attribute name, not null
     * @return the value, or empty when the deal has no such attribute
     */
    public Optional<String> segment(String name) {
        return Optional.ofNullable(DealSegments.get(segments, Objects.requireNonNull(name, "name")));
    }

    /**
     * Returns a builder holding this deal's fields, to make a changed copy.
     *
     * @return a builder, never null
     */
    public Builder toBuilder() {
        Builder b = new Builder(id).customer(customerId).owner(owner).source(source).type(type()).amount(amount())
                .created(createdDate()).stageHistory(stageHistory()).segments(segments());
        b.status = status();
        b.closeDate = closeDate().orElse(null);
        b.forecastCategory = forecastCategory().orElse(null);
        return b;
    }

    /**
     * Checks if this deal equals another: every component equal.
     *
     * @param obj  the other object, null returns false
     * @return true when the other is a deal with equal components
     */
    @Override
    public boolean equals(Object obj) {
        return this == obj || obj instanceof Deal other
                && amountMinor == other.amountMinor && createdDay == other.createdDay && closeDay == other.closeDay
                && type == other.type && status == other.status && forecast == other.forecast
                && currency.equals(other.currency) && id.equals(other.id) && customerId.equals(other.customerId)
                && owner.equals(other.owner) && source.equals(other.source)
                && Objects.equals(stage0, other.stage0) && Objects.equals(stage1, other.stage1)
                && Objects.equals(longHistory, other.longHistory) && Arrays.equals(segments, other.segments);
    }

    /**
     * Returns a hash code of every component.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        // Objects.hash of the twelve components, the last one, the segments' map hash code, added without its map
        return 31 * Objects.hash(id, customerId, owner, source, type(), amount(), createdDate(), status(),
                closeDate(), stageHistory(), forecastCategory()) + DealSegments.hashCode(segments);
    }

    /**
     * Returns every component, named, as a record's {@code toString} does, such as
     * {@code Deal[id=D-1, customerId=ACME, ..., segments={}]}.
     *
     * @return the text form, never null
     */
    @Override
    public String toString() {
        return "Deal[id=" + id + ", customerId=" + customerId + ", owner=" + owner + ", source=" + source
                + ", type=" + type() + ", amount=" + amount() + ", createdDate=" + createdDate() + ", status="
                + status() + ", closeDate=" + closeDate() + ", stageHistory=" + stageHistory()
                + ", forecastCategory=" + forecastCategory() + ", segments=" + segments() + "]";
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
        /**
         * The stage entries, null until the first: the builder's own list ({@link #historyOwned}), or an unmodifiable
         * one given to {@link #stageHistory}, which the deal keeps as it is and {@link #stage} copies first.
         */
        private List<StageEntry> stageHistory;
        private boolean historyOwned;
        private ForecastCategory forecastCategory;
        /** The segment names and values in the order first set, {@code name0, value0, ...}; null until the first. */
        private String[] segmentPairs;
        private int segmentCount;
        /** True when the last deal built keeps {@link #segmentPairs}, which a change then copies first. */
        private boolean segmentsGiven;

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
            if (!historyOwned) {
                stageHistory = stageHistory == null ? new ArrayList<>() : new ArrayList<>(stageHistory);
                historyOwned = true;
            }
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
            Objects.requireNonNull(history, "history");
            historyOwned = false;
            for (StageEntry entry : history) {
                if (entry == null) {
                    historyOwned = true;   // kept, so that build() refuses it as it always did
                }
            }
            // an unmodifiable list (List.of, a deal's stageHistory()) is kept as it is: List.copyOf returns it
            this.stageHistory = historyOwned ? new ArrayList<>(history) : List.copyOf(history);
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
            if (segmentsGiven) {
                segmentPairs = segmentPairs.clone();   // the last deal built keeps the array
                segmentsGiven = false;
            }
            for (int k = 0; k < segmentCount; k++) {
                if (Objects.equals(segmentPairs[2 * k], name)) {
                    segmentPairs[2 * k + 1] = value;   // as a map's put: the value replaced, the place kept
                    return this;
                }
            }
            if (segmentPairs == null) {
                segmentPairs = new String[2];
            } else if (2 * segmentCount == segmentPairs.length) {
                segmentPairs = Arrays.copyOf(segmentPairs, 2 * segmentPairs.length);
            }
            segmentPairs[2 * segmentCount] = name;
            segmentPairs[2 * segmentCount + 1] = value;
            segmentCount++;
            return this;
        }

        /**
         * Replaces the segment attributes.
         *
         * @param attributes  the attributes
         * @return this builder
         */
        public Builder segments(Map<String, String> attributes) {
            Objects.requireNonNull(attributes, "attributes");
            segmentPairs = new String[2 * Math.max(1, attributes.size())];
            segmentCount = 0;
            segmentsGiven = false;
            attributes.forEach(this::segment);
            return this;
        }

        /**
         * Builds and validates the deal.
         *
         * @return the deal, never null
         * @throws InvalidRecordException if a field is missing or breaks a rule of the deal
         */
        public Deal build() {
            String[] pairs;
            if (segmentCount == 0) {
                pairs = DealSegments.NONE;
            } else if (2 * segmentCount == segmentPairs.length) {
                pairs = segmentPairs;   // the deal may keep it (sorted in place): a later change copies it first
                segmentsGiven = true;
            } else {
                pairs = Arrays.copyOf(segmentPairs, 2 * segmentCount);
            }
            return new Deal(Validation.of("deal", id), id, customerId, owner, source, type, amount, createdDate,
                    status, Optional.ofNullable(closeDate), stageHistory == null ? List.of() : stageHistory,
                    Optional.ofNullable(forecastCategory), Map.of(), pairs, segmentCount);
        }
    }
}
