package io.github.revops.jdbc;

import io.github.revops.domain.Spend;
import io.github.revops.domain.SpendCategory;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * A mapping from the columns of a SQL result to {@link Spend}s, the sales and marketing costs that CAC counts: which
 * column holds each field, the currency, how amounts count; strict or lenient.
 * <pre>{@code
 * SpendColumns columns = SpendColumns.builder()
 *         .id("cost_id").date("incurred_on").amount("amount").currency("USD")
 *         .category("category").channel("channel").paid("is_paid")
 *         .build();
 * List<Spend> spend = columns.readAll(SqlSource.query(dataSource, "SELECT * FROM costs")).loaded();
 * }</pre>
 *
 * <p>Each row is a cost of one day ({@link Spend#of}). The category column holds {@code SALES} or
 * {@code MARKETING} (any case); the paid column is {@code BOOLEAN} (or an integer 0 or 1), false when SQL
 * {@code NULL} or unmapped. Columns, types, dates, amounts, currencies and bad rows follow the same rules as
 * {@link DealColumns}.
 *
 * <h2>Implementation Requirements:</h2>
 * This class is immutable and thread-safe; each import has its own state.
 *
 * @since 0.1.0
 */
public final class SpendColumns extends RecordColumns<Spend> {

    static final String RECORD = "spend";

    final String id;
    final String date;
    final String amount;
    final String category;
    final String channel;
    final String paid;

    private SpendColumns(Builder b) {
        super(b.settings(RECORD));
        this.id = ColumnsBuilder.required(RECORD, b.id(), "id");
        this.date = ColumnsBuilder.required(RECORD, b.date, "date");
        this.amount = ColumnsBuilder.required(RECORD, b.amount(), "amount");
        this.category = ColumnsBuilder.required(RECORD, b.category, "category");
        this.channel = ColumnsBuilder.required(RECORD, b.channel, "channel");
        this.paid = b.paid;
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
    RecordRow<Spend> bind(ResultColumns result) {
        return new SpendRow(this, result);
    }

    /**
     * Builds a {@link SpendColumns}. Not thread-safe.
     *
     * @since 0.1.0
     */
    public static final class Builder extends ColumnsBuilder<Builder> {

        private String date;
        private String category;
        private String channel;
        private String paid;

        private Builder() {
        }

        @Override
        Builder self() {
            return this;
        }

        /**
         * Sets the column of the day the cost was incurred.
         *
         * @param column  the column's label in the result, not blank
         * @return this builder
         */
        public Builder date(String column) {
            this.date = label(column);
            return this;
        }

        /**
         * Sets the column of the category, {@code SALES} or {@code MARKETING}.
         *
         * @param column  the column's label in the result, not blank
         * @return this builder
         */
        public Builder category(String column) {
            this.category = label(column);
            return this;
        }

        /**
         * Sets the column of the acquisition channel the cost paid for.
         *
         * @param column  the column's label in the result, not blank
         * @return this builder
         */
        public Builder channel(String column) {
            this.channel = label(column);
            return this;
        }

        /**
         * Sets the column of the paid-acquisition flag.
         *
         * @param column  the column's label in the result, not blank
         * @return this builder
         */
        public Builder paid(String column) {
            this.paid = label(column);
            return this;
        }

        /**
         * Builds the mapping.
         *
         * @return the mapping, never null
         * @throws IllegalStateException if a required field has no column, amounts have no currency, or a
         *         timestamp zone is set without a zone
         */
        public SpendColumns build() {
            return new SpendColumns(this);
        }
    }

    /** One import's reader of spend rows. */
    private static final class SpendRow extends RecordRow<Spend> {

        private static final Labels<SpendCategory> CATEGORIES = Labels.ofEnum(SpendCategory.class);

        private final Column id;
        private final DateColumn date;
        private final AmountColumn amount;
        private final Column category;
        private final Column channel;
        private final Column paid;

        SpendRow(SpendColumns columns, ResultColumns result) {
            super(RECORD, result, columns.settings());
            this.id = bind("id", columns.id, ColumnKind.TEXT);
            this.date = bindDate("date", columns.date);
            this.amount = bindAmount(columns.amount);
            this.category = bind("category", columns.category, ColumnKind.TEXT);
            this.channel = bind("channel", columns.channel, ColumnKind.TEXT);
            this.paid = bind("paid", columns.paid, ColumnKind.FLAG);
        }

        @Override
        Spend record(ResultSet rows) throws SQLException {
            String spendId = id(rows, id);
            return Spend.of(spendId, date(rows, date, "date"), money(rows, amount),
                    label(rows, category, CATEGORIES, "category", null), text(rows, channel),
                    flag(rows, paid, "paid"));
        }
    }
}
