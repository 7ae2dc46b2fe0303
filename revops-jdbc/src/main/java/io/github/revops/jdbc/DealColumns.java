package io.github.revops.jdbc;

import io.github.revops.domain.Deal;
import io.github.revops.domain.DealStatus;
import io.github.revops.table.DealTable;

import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A mapping from the columns of a SQL result to {@link Deal}s, or straight into a {@link DealTable} without a
 * record per row: which column holds each field, the status labels, the currency, how amounts count and in which
 * zone timestamps become dates; strict or lenient.
 * <pre>{@code
 * DealColumns columns = DealColumns.builder()
 *         .id("opportunity_id").customer("account").owner("sales_agent").source("lead_source")
 *         .amount("close_value").currency("USD")
 *         .created("engage_date").closeDate("close_date")
 *         .status("deal_stage").statusLabel("Won", DealStatus.WON).statusLabel("Lost", DealStatus.LOST)
 *         .statusLabel("Engaging", DealStatus.OPEN)
 *         .build();
 * SqlSource query = SqlSource.query(dataSource, "SELECT * FROM deals WHERE engage_date >= ?",
 *         LocalDate.of(2017, 1, 1));
 * List<Deal> deals = columns.readAll(query).loaded();     // records
 * DealTable table = columns.readTable(query).loaded();    // columns, no record per row
 * }</pre>
 *
 * <h2>How a row becomes a deal</h2>
 * <ul>
 *   <li>Columns are found by their label in the result (exactly, or else ignoring case) and their SQL types are
 *       checked before the first row: text fields take character, integer, decimal and database-specific (uuid,
 *       enum) columns; dates take {@code DATE}, {@code TIMESTAMP} and {@code TIMESTAMP WITH TIME ZONE} (see
 *       {@link Builder#zone}); the amount takes integer and {@code NUMERIC}/{@code DECIMAL} columns, in major or
 *       minor units ({@link Builder#amountUnit}), and never {@code DOUBLE}, {@code REAL} or {@code FLOAT}: money is
 *       not read through binary floating point. A column that is missing or of another type stops the import in
 *       both modes, naming the column and its type.</li>
 *   <li>The status goes through the status labels (matched as they are, or trimmed and ignoring case; the enum
 *       names OPEN, WON and LOST when none is mapped); an unknown label is a bad row, never guessed.</li>
 *   <li>The close date is read for WON and LOST deals only: an open deal's close date in a CRM is the date it is
 *       expected to close, and {@code Deal} keeps none.</li>
 *   <li>The type and forecast category columns hold the enum names ({@code NEW_BUSINESS}, {@code COMMIT}, ...);
 *       without a type column or on SQL {@code NULL} a deal is NEW_BUSINESS. Segment columns become segment
 *       attributes; SQL {@code NULL} leaves the attribute out. Stage histories are not mapped.</li>
 *   <li>A value is never defaulted: SQL {@code NULL} in a required field (created date, amount, status, ...) is a
 *       bad row. Fill defaults in the query ({@code COALESCE(close_value, 0)}) where you mean them.</li>
 *   <li>Every deal goes through the record's rules ({@code Deal}'s constructor, or the same rules in the table's
 *       builder): a negative amount or a close date before the created date is a bad row, with the domain's
 *       {@code InvalidRecordException} as the cause and its message as the reason.</li>
 * </ul>
 * A table keeps no ids: {@link #readTable} reads the id column only to name a bad row. Neither form checks that
 * ids are unique: a key of the database does.
 *
 * <h2>Implementation Requirements:</h2>
 * This class is immutable and thread-safe; each import has its own state.
 *
 * @since 0.1.0
 */
public final class DealColumns extends RecordColumns<Deal> {

    static final String RECORD = "deal";

    final String id;
    final String customer;
    final String owner;
    final String source;
    final String type;
    final String amount;
    final String created;
    final String status;
    final String closeDate;
    final String forecastCategory;
    final Labels<DealStatus> statusLabels;
    final Map<String, String> segments;

    private DealColumns(Builder b) {
        super(b.settings(RECORD));
        this.id = ColumnsBuilder.required(RECORD, b.id(), "id");
        this.customer = ColumnsBuilder.required(RECORD, b.customer, "customerId");
        this.owner = ColumnsBuilder.required(RECORD, b.owner, "owner");
        this.source = ColumnsBuilder.required(RECORD, b.source, "source");
        this.type = b.type;
        this.amount = ColumnsBuilder.required(RECORD, b.amount(), "amount");
        this.created = ColumnsBuilder.required(RECORD, b.created, "createdDate");
        this.status = ColumnsBuilder.required(RECORD, b.status, "status");
        this.closeDate = b.closeDate;
        this.forecastCategory = b.forecastCategory;
        this.statusLabels = b.statusLabels.isEmpty() ? Labels.ofEnum(DealStatus.class) : Labels.of(b.statusLabels);
        this.segments = Map.copyOf(b.segments);
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
    DealRow bind(ResultColumns result) {
        return new DealRow(this, result);
    }

    /**
     * Reads every row of a source straight into a table in the mapping's currency, without a record per row: the
     * same columns, rules and messages as {@link #readAll}. A row in another currency (a currency column) is a bad
     * row.
     *
     * @param source  the rows, not null
     * @return the table, in result order, and the summary, never null
     * @throws IllegalStateException if the mapping has no {@link Builder#currency}
     * @throws JdbcImportException at the first bad row in strict mode, or, in both modes, if a mapped column is
     *         missing or of a type that cannot hold its field, or the query fails
     */
    public JdbcImportResult<DealTable> readTable(SqlSource source) {
        Currency currency = tableCurrency(RECORD);
        DealTable.Builder table = DealTable.builder(currency);
        return load(source, result -> {
            DealRow row = bind(result);
            return rows -> row.append(rows, table, currency);
        }, table::build);
    }

    /**
     * Builds a {@link DealColumns}. Not thread-safe.
     *
     * @since 0.1.0
     */
    public static final class Builder extends ColumnsBuilder<Builder> {

        private String customer;
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
         * Sets the column of the customer (account) id.
         *
         * @param column  the column's label in the result, not blank
         * @return this builder
         */
        public Builder customer(String column) {
            this.customer = label(column);
            return this;
        }

        /**
         * Sets the column of the owner.
         *
         * @param column  the column's label in the result, not blank
         * @return this builder
         */
        public Builder owner(String column) {
            this.owner = label(column);
            return this;
        }

        /**
         * Sets the column of the lead source or channel.
         *
         * @param column  the column's label in the result, not blank
         * @return this builder
         */
        public Builder source(String column) {
            this.source = label(column);
            return this;
        }

        /**
         * Sets the column of the deal type ({@code NEW_BUSINESS}, {@code RENEWAL}, {@code EXPANSION}); without
         * one, every deal is new business.
         *
         * @param column  the column's label in the result, not blank
         * @return this builder
         */
        public Builder type(String column) {
            this.type = label(column);
            return this;
        }

        /**
         * Sets the column of the created date.
         *
         * @param column  the column's label in the result, not blank
         * @return this builder
         */
        public Builder created(String column) {
            this.created = label(column);
            return this;
        }

        /**
         * Sets the column of the close date, read for won and lost deals.
         *
         * @param column  the column's label in the result, not blank
         * @return this builder
         */
        public Builder closeDate(String column) {
            this.closeDate = label(column);
            return this;
        }

        /**
         * Sets the column of the status label.
         *
         * @param column  the column's label in the result, not blank
         * @return this builder
         */
        public Builder status(String column) {
            this.status = label(column);
            return this;
        }

        /**
         * Maps a status label to a status; without any, the labels are {@code OPEN}, {@code WON} and
         * {@code LOST}. A label that is not mapped makes the row bad.
         *
         * @param text  the label as the column holds it, not blank
         * @param meaning  the status it means, not null
         * @return this builder
         */
        public Builder statusLabel(String text, DealStatus meaning) {
            statusLabels.put(label(text), Objects.requireNonNull(meaning, "meaning"));
            return this;
        }

        /**
         * Sets the column of the forecast category ({@code COMMIT}, {@code BEST_CASE}, {@code PIPELINE}; SQL
         * {@code NULL} for none).
         *
         * @param column  the column's label in the result, not blank
         * @return this builder
         */
        public Builder forecastCategory(String column) {
            this.forecastCategory = label(column);
            return this;
        }

        /**
         * Maps a column to a segment attribute (region, product, tenant, ...); SQL {@code NULL} leaves the
         * attribute out.
         *
         * @param name  the attribute name, not blank
         * @param column  the column's label in the result, not blank
         * @return this builder
         */
        public Builder segment(String name, String column) {
            segments.put(label(name), label(column));
            return this;
        }

        /**
         * Builds the mapping.
         *
         * @return the mapping, never null
         * @throws IllegalStateException if a required field has no column, amounts have no currency, or a
         *         timestamp zone is set without a zone
         */
        public DealColumns build() {
            return new DealColumns(this);
        }
    }
}
