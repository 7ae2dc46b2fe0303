package io.github.revops.jdbc;

import io.github.revops.domain.BillingInterval;
import io.github.revops.domain.Subscription;
import io.github.revops.table.SubscriptionTable;

import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A mapping from the columns of a SQL result to {@link Subscription}s, or straight into a {@link SubscriptionTable}
 * without a record per row: which column holds each field, the billing interval labels, the currency, how amounts
 * count and in which zone timestamps become dates; strict or lenient.
 * <pre>{@code
 * SubscriptionColumns columns = SubscriptionColumns.builder()
 *         .id("subscription_id").customer("account_id").amount("price").currency("EUR")
 *         .interval("billing").start("start_date").end("end_date").trial("is_trial")
 *         .build();
 * SubscriptionTable table = columns.readTable(SqlSource.query(dataSource, "SELECT * FROM subscriptions"))
 *         .loaded();
 * }</pre>
 *
 * <p>The amount is billed per interval unless {@link AmountBasis#MONTHLY} is set. The interval column holds a label:
 * month, monthly, quarter, quarterly, year, yearly, annual, annually, week, weekly, day or daily (any case), one
 * mapped with
 * {@link Builder#intervalLabel}, or a {@link BillingInterval#parse} form such as {@code EVERY_6_MONTHS}. The end date
 * is exclusive, the first day no longer in service (add a day in the query to an inclusive one). The trial column is
 * {@code BOOLEAN} (or an integer 0 or 1); SQL {@code NULL} or no trial column is false. Columns, types, dates,
 * amounts, currencies and bad rows follow the same rules as {@link DealColumns}; a row that breaks a rule of
 * {@code Subscription} (an end date not after the start, a cancellation without an end date, a negative amount) is a
 * bad row with the domain's {@code InvalidRecordException} as its cause.
 *
 * <h2>Implementation Requirements:</h2>
 * This class is immutable and thread-safe; each import has its own state.
 *
 * @since 0.1.0
 */
public final class SubscriptionColumns extends RecordColumns<Subscription> {

    static final String RECORD = "subscription";

    final String id;
    final String customer;
    final String amount;
    final String interval;
    final String start;
    final String end;
    final String trial;
    final String cancellation;
    final Labels<BillingInterval> intervalLabels;
    final AmountBasis amountBasis;

    private SubscriptionColumns(Builder b) {
        super(b.settings(RECORD));
        this.id = ColumnsBuilder.required(RECORD, b.id(), "id");
        this.customer = ColumnsBuilder.required(RECORD, b.customer, "customerId");
        this.amount = ColumnsBuilder.required(RECORD, b.amount(), "amount");
        this.interval = ColumnsBuilder.required(RECORD, b.interval, "interval");
        this.start = ColumnsBuilder.required(RECORD, b.start, "startDate");
        this.end = b.end;
        this.trial = b.trial;
        this.cancellation = b.cancellation;
        this.intervalLabels = Labels.of(b.intervalLabels);
        this.amountBasis = b.amountBasis;
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
    SubscriptionRow bind(ResultColumns result) {
        return new SubscriptionRow(this, result);
    }

    /**
     * Reads every row of a source straight into a table in the mapping's currency, without a record per row: the
     * same columns, rules and messages as {@link #readAll}. A row in another currency is a bad row.
     *
     * @param source  the rows, not null
     * @return the table (rows sorted by customer, as the table keeps them) and the summary, never null
     * @throws IllegalStateException if the mapping has no {@link Builder#currency}
     * @throws JdbcImportException at the first bad row in strict mode, or, in both modes, if a mapped column is
     *         missing or of a type that cannot hold its field, or the query fails
     */
    public JdbcImportResult<SubscriptionTable> readTable(SqlSource source) {
        Currency currency = tableCurrency(RECORD);
        SubscriptionTable.Builder table = SubscriptionTable.builder(currency);
        return load(source, result -> {
            SubscriptionRow row = bind(result);
            return rows -> row.append(rows, table, currency);
        }, table::build);
    }

    /**
     * Builds a {@link SubscriptionColumns}. Not thread-safe.
     *
     * @since 0.1.0
     */
    public static final class Builder extends ColumnsBuilder<Builder> {

        private String customer;
        private String interval;
        private String start;
        private String end;
        private String trial;
        private String cancellation;
        private final Map<String, BillingInterval> intervalLabels = new LinkedHashMap<>();
        private AmountBasis amountBasis = AmountBasis.PER_INTERVAL;

        private Builder() {
            intervalLabels(BillingInterval.MONTH, "month", "monthly");
            intervalLabels(BillingInterval.QUARTER, "quarter", "quarterly");
            intervalLabels(BillingInterval.YEAR, "year", "yearly", "annual", "annually");
            intervalLabels(BillingInterval.WEEK, "week", "weekly");
            intervalLabels(BillingInterval.DAY, "day", "daily");
        }

        private void intervalLabels(BillingInterval meaning, String... texts) {
            for (String text : texts) {
                intervalLabel(text, meaning);
            }
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
         * Sets the column of the billing interval label.
         *
         * @param column  the column's label in the result, not blank
         * @return this builder
         */
        public Builder interval(String column) {
            this.interval = label(column);
            return this;
        }

        /**
         * Maps a billing interval label, besides the built-in ones (see the class comment).
         *
         * @param text  the label as the column holds it, not blank
         * @param meaning  the interval it means, not null
         * @return this builder
         */
        public Builder intervalLabel(String text, BillingInterval meaning) {
            intervalLabels.put(label(text), Objects.requireNonNull(meaning, "meaning"));
            return this;
        }

        /**
         * Sets what the amount column holds: the amount billed each interval (the default) or the monthly amount.
         *
         * @param basis  the basis, not null
         * @return this builder
         */
        public Builder amountBasis(AmountBasis basis) {
            this.amountBasis = Objects.requireNonNull(basis, "basis");
            return this;
        }

        /**
         * Sets the column of the start date, the first day of service.
         *
         * @param column  the column's label in the result, not blank
         * @return this builder
         */
        public Builder start(String column) {
            this.start = label(column);
            return this;
        }

        /**
         * Sets the column of the exclusive end date (SQL {@code NULL} while the subscription runs).
         *
         * @param column  the column's label in the result, not blank
         * @return this builder
         */
        public Builder end(String column) {
            this.end = label(column);
            return this;
        }

        /**
         * Sets the column of the trial flag.
         *
         * @param column  the column's label in the result, not blank
         * @return this builder
         */
        public Builder trial(String column) {
            this.trial = label(column);
            return this;
        }

        /**
         * Sets the column of the cancellation date (the day the customer asked to cancel).
         *
         * @param column  the column's label in the result, not blank
         * @return this builder
         */
        public Builder cancellation(String column) {
            this.cancellation = label(column);
            return this;
        }

        /**
         * Builds the mapping.
         *
         * @return the mapping, never null
         * @throws IllegalStateException if a required field has no column, amounts have no currency, or a
         *         timestamp zone is set without a zone
         */
        public SubscriptionColumns build() {
            return new SubscriptionColumns(this);
        }
    }
}
