package io.github.revops.spark;

import io.github.revops.domain.Deal;
import io.github.revops.domain.DealStatus;
import io.github.revops.domain.DealType;
import io.github.revops.domain.ForecastCategory;
import io.github.revops.money.Money;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A mapping from the named columns of a DataFrame to {@link Deal}s: which column holds each field, how dates and
 * amounts are written, the currency, and which status labels mean won, lost and open.
 *
 * <p>Each row becomes a deal through the core's validating constructor, so a row that breaks a rule of a deal (a
 * close date before the created date, a negative amount, a missing owner) fails with the core's
 * {@code InvalidRecordException} and its message; a value the mapping cannot read (a date not in the pattern, an
 * unknown status label, a currency code that does not exist) fails the same way, naming the deal's field. The
 * {@link InvalidRowPolicy} chooses whether such a row fails the job or is kept aside with its message.
 * <pre>{@code
 * DealColumns columns = DealColumns.builder()
 *         .id("opportunity_id").customer("account").owner("sales_agent").source("source")
 *         .amount("close_value").currency("USD")
 *         .created("engage_date").closeDate("close_date")
 *         .status("deal_stage").statusLabel("Won", DealStatus.WON).statusLabel("Lost", DealStatus.LOST)
 *         .statusLabel("Engaging", DealStatus.OPEN)
 *         .build();
 * MappedRecords<Deal> mapped = columns.map(frame, InvalidRowPolicy.COLLECT);
 * }</pre>
 *
 * <p>Text dates follow the pattern {@code yyyy-MM-dd} unless set; date columns are read as they are. Amounts are in
 * major units ({@link AmountUnit#MAJOR}) unless set, from integer, decimal or text columns; a binary floating point
 * column is refused, since money never passes through a double. Without a {@code type} column every deal is
 * {@link DealType#NEW_BUSINESS}; a type or forecast category column holds the enum constant names. Stage histories
 * are not mapped. Blank values (Spark's CSV reader makes empty cells null) count as missing.
 *
 * <h2>Implementation Requirements:</h2>
 * This class is immutable and serializable (Spark ships it to the executors).
 *
 * @since 0.1.0
 */
public final class DealColumns extends RecordColumns<Deal> {

    private static final long serialVersionUID = 1L;

    /** Column names by field. */
    private final String id;
    /** The customer column. */
    private final String customer;
    /** The owner column. */
    private final String owner;
    /** The source column. */
    private final String source;
    /** The type column, or null. */
    private final String type;
    /** The amount column. */
    private final String amount;
    /** The created-date column. */
    private final String created;
    /** The status column. */
    private final String status;
    /** The close-date column, or null. */
    private final String closeDate;
    /** The forecast-category column, or null. */
    private final String forecastCategory;
    /** Status by label. */
    private final LinkedHashMap<String, DealStatus> statusLabels;
    /** Segment column by attribute name. */
    private final LinkedHashMap<String, String> segments;
    /** Dates, amounts and currency. */
    private final ColumnConventions conventions;

    private DealColumns(Builder b) {
        this.id = required("deal", b.id(), "id");
        this.customer = required("deal", b.customer(), "customerId");
        this.owner = required("deal", b.owner, "owner");
        this.source = required("deal", b.source, "source");
        this.type = b.type;
        this.amount = required("deal", b.amount(), "amount");
        this.created = required("deal", b.created, "createdDate");
        this.status = required("deal", b.status, "status");
        this.closeDate = b.closeDate;
        this.forecastCategory = b.forecastCategory;
        this.statusLabels = new LinkedHashMap<>(b.statusLabels);
        if (statusLabels.isEmpty()) {
            for (DealStatus s : DealStatus.values()) {
                statusLabels.put(s.name(), s);
            }
        }
        this.segments = new LinkedHashMap<>(b.segments);
        this.conventions = b.conventions("deal");
    }

    /**
     * Obtains an empty builder.
     *
     * @return a new builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    Encoder<Deal> encoder() {
        return RevopsEncoders.deal();
    }

    @Override
    RowReader<Deal> reader(StructType schema) {
        ColumnConventions c = conventions;
        int idAt = c.index(schema, id, "id", ColumnConventions.Kind.TEXT);
        int customerAt = c.index(schema, customer, "customerId", ColumnConventions.Kind.TEXT);
        int ownerAt = c.index(schema, owner, "owner", ColumnConventions.Kind.TEXT);
        int sourceAt = c.index(schema, source, "source", ColumnConventions.Kind.TEXT);
        int typeAt = type == null ? -1 : c.index(schema, type, "type", ColumnConventions.Kind.TEXT);
        int amountAt = c.index(schema, amount, "amount", ColumnConventions.Kind.AMOUNT);
        int currencyAt = c.currencyIndex(schema);
        int createdAt = c.index(schema, created, "createdDate", ColumnConventions.Kind.DATE);
        int statusAt = c.index(schema, status, "status", ColumnConventions.Kind.TEXT);
        int closeAt = closeDate == null ? -1 : c.index(schema, closeDate, "closeDate", ColumnConventions.Kind.DATE);
        int categoryAt = forecastCategory == null ? -1
                : c.index(schema, forecastCategory, "forecastCategory", ColumnConventions.Kind.TEXT);
        List<String> segmentNames = List.copyOf(segments.keySet());
        int[] segmentAt = segments.entrySet().stream()
                .mapToInt(e -> c.index(schema, e.getValue(), "segments", ColumnConventions.Kind.TEXT)).toArray();
        Map<String, DealStatus> labels = statusLabels;
        return row -> {
            String dealId = c.text(row, idAt);
            Money value = c.amount(row, amountAt, currencyAt, dealId);
            LocalDate createdDate = c.date(row, createdAt, dealId, "createdDate");
            String label = c.text(row, statusAt);
            DealStatus dealStatus = label == null ? null : labels.get(label);
            if (label != null && dealStatus == null) {
                throw c.invalid(dealId, "status", "'" + label + "'", "is not a mapped status label "
                        + labels.keySet());
            }
            Optional<LocalDate> closed = Optional.ofNullable(c.date(row, closeAt, dealId, "closeDate"));
            Map<String, String> attributes = new LinkedHashMap<>();
            for (int i = 0; i < segmentAt.length; i++) {
                String v = c.text(row, segmentAt[i]);
                if (v != null) {
                    attributes.put(segmentNames.get(i), v);
                }
            }
            return new Deal(dealId, c.text(row, customerAt), c.text(row, ownerAt), c.text(row, sourceAt),
                    enumValue(c, row, typeAt, dealId, "type", DealType.class, DealType.NEW_BUSINESS), value,
                    createdDate, dealStatus, closed, List.of(),
                    Optional.ofNullable(enumValue(c, row, categoryAt, dealId, "forecastCategory",
                            ForecastCategory.class, null)),
                    attributes);
        };
    }

    private static <E extends Enum<E>> E enumValue(ColumnConventions c, Row row, int index, String id, String field,
                                                   Class<E> type, E missing) {
        String text = c.text(row, index);
        if (text == null || text.isBlank()) {
            return missing;
        }
        try {
            return Enum.valueOf(type, text.trim());
        } catch (IllegalArgumentException e) {
            throw c.invalid(id, field, "'" + text + "'", "is not one of " + List.of(type.getEnumConstants()));
        }
    }

    /**
     * Builds a {@link DealColumns}. Not thread-safe.
     *
     * @since 0.1.0
     */
    public static final class Builder extends ColumnsBuilder<Builder> {

        private String owner;
        private String source;
        private String type;
        private String created;
        private String status;
        private String closeDate;
        private String forecastCategory;
        private final Map<String, DealStatus> statusLabels = new LinkedHashMap<>();
        private final Map<String, String> segments = new LinkedHashMap<>();

        private Builder() {
        }

        @Override
        Builder self() {
            return this;
        }

        /**
         * Sets the column of the owner.
         *
         * @param column  the column name
         * @return this builder
         */
        public Builder owner(String column) {
            this.owner = Objects.requireNonNull(column, "column");
            return this;
        }

        /**
         * Sets the column of the lead source or channel.
         *
         * @param column  the column name
         * @return this builder
         */
        public Builder source(String column) {
            this.source = Objects.requireNonNull(column, "column");
            return this;
        }

        /**
         * Sets the column of the deal type ({@code NEW_BUSINESS}, {@code RENEWAL}, {@code EXPANSION}); without
         * one, every deal is new business.
         *
         * @param column  the column name
         * @return this builder
         */
        public Builder type(String column) {
            this.type = Objects.requireNonNull(column, "column");
            return this;
        }

        /**
         * Sets the column of the created date.
         *
         * @param column  the column name
         * @return this builder
         */
        public Builder created(String column) {
            this.created = Objects.requireNonNull(column, "column");
            return this;
        }

        /**
         * Sets the column of the close date (empty for open deals).
         *
         * @param column  the column name
         * @return this builder
         */
        public Builder closeDate(String column) {
            this.closeDate = Objects.requireNonNull(column, "column");
            return this;
        }

        /**
         * Sets the column of the status label.
         *
         * @param column  the column name
         * @return this builder
         */
        public Builder status(String column) {
            this.status = Objects.requireNonNull(column, "column");
            return this;
        }

        /**
         * Maps a status label to a status; without any, the labels are {@code OPEN}, {@code WON} and
         * {@code LOST}. A label that is not mapped makes the row invalid.
         *
         * @param label  the label as the column holds it
         * @param status  the status it means
         * @return this builder
         */
        public Builder statusLabel(String label, DealStatus status) {
            this.statusLabels.put(Objects.requireNonNull(label, "label"), Objects.requireNonNull(status, "status"));
            return this;
        }

        /**
         * Sets the column of the forecast category ({@code COMMIT}, {@code BEST_CASE}, {@code PIPELINE}).
         *
         * @param column  the column name
         * @return this builder
         */
        public Builder forecastCategory(String column) {
            this.forecastCategory = Objects.requireNonNull(column, "column");
            return this;
        }

        /**
         * Maps a column to a segment attribute (region, tenant, ...); a null cell leaves the attribute out.
         *
         * @param name  the attribute name
         * @param column  the column name
         * @return this builder
         */
        public Builder segment(String name, String column) {
            this.segments.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(column, "column"));
            return this;
        }

        /**
         * Builds the mapping.
         *
         * @return the mapping, never null
         * @throws IllegalStateException if a required field has no column
         * @throws IllegalArgumentException if the currency or date pattern is not valid
         */
        public DealColumns build() {
            return new DealColumns(this);
        }
    }
}
