package io.github.revops.spark;

import io.github.revops.domain.BillingInterval;
import io.github.revops.domain.Subscription;
import io.github.revops.money.Money;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.types.StructType;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A mapping from the named columns of a DataFrame to {@link Subscription}s: which column holds each field, how dates
 * and amounts are written, and the currency.
 *
 * <p>Each row becomes a subscription through the core's validating constructor, so a row that breaks a rule (an end
 * date not after the start, a cancellation without an end date, a negative amount) fails with the core's
 * {@code InvalidRecordException} and its message; a value the mapping cannot read (a date not in the pattern, an
 * unknown billing interval) fails the same way. The {@link InvalidRowPolicy} chooses whether such a row fails the job
 * or is kept aside with its message.
 * <pre>{@code
 * SubscriptionColumns columns = SubscriptionColumns.builder()
 *         .id("subscription_id").customer("customer_id").amount("amount").currency("EUR")
 *         .interval("billing_interval").start("start_date").end("end_date")
 *         .build();
 * Dataset<Subscription> subscriptions = columns.map(frame);
 * }</pre>
 *
 * <p>The interval column holds {@code MONTH}, {@code QUARTER}, {@code YEAR}, {@code WEEK}, {@code DAY} or
 * {@code EVERY_N_MONTHS}; the end date is exclusive; the trial column is boolean or the text true or false (false
 * when missing). Dates, amounts and currency follow the same conventions as {@link DealColumns}.
 *
 * <h2>Implementation Requirements:</h2>
 * This class is immutable and serializable (Spark ships it to the executors).
 *
 * @since 0.1.0
 */
public final class SubscriptionColumns extends RecordColumns<Subscription> {

    private static final long serialVersionUID = 1L;

    /** The id column. */
    private final String id;
    /** The customer column. */
    private final String customer;
    /** The amount column. */
    private final String amount;
    /** The billing-interval column. */
    private final String interval;
    /** The start-date column. */
    private final String start;
    /** The end-date column, or null. */
    private final String end;
    /** The trial column, or null. */
    private final String trial;
    /** The cancellation-date column, or null. */
    private final String cancellation;
    /** Dates, amounts and currency. */
    private final ColumnConventions conventions;

    private SubscriptionColumns(Builder b) {
        this.id = required("subscription", b.id(), "id");
        this.customer = required("subscription", b.customer(), "customerId");
        this.amount = required("subscription", b.amount(), "amount");
        this.interval = required("subscription", b.interval, "interval");
        this.start = required("subscription", b.start, "startDate");
        this.end = b.end;
        this.trial = b.trial;
        this.cancellation = b.cancellation;
        this.conventions = b.conventions("subscription");
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
    Encoder<Subscription> encoder() {
        return RevopsEncoders.subscription();
    }

    @Override
    RowReader<Subscription> reader(StructType schema) {
        ColumnConventions c = conventions;
        int idAt = c.index(schema, id, "id", ColumnConventions.Kind.TEXT);
        int customerAt = c.index(schema, customer, "customerId", ColumnConventions.Kind.TEXT);
        int amountAt = c.index(schema, amount, "amount", ColumnConventions.Kind.AMOUNT);
        int currencyAt = c.currencyIndex(schema);
        int intervalAt = c.index(schema, interval, "interval", ColumnConventions.Kind.TEXT);
        int startAt = c.index(schema, start, "startDate", ColumnConventions.Kind.DATE);
        int endAt = end == null ? -1 : c.index(schema, end, "endDate", ColumnConventions.Kind.DATE);
        int trialAt = trial == null ? -1 : c.index(schema, trial, "trial", ColumnConventions.Kind.FLAG);
        int cancelledAt = cancellation == null ? -1
                : c.index(schema, cancellation, "cancellationDate", ColumnConventions.Kind.DATE);
        return row -> {
            String subscriptionId = c.text(row, idAt);
            Money value = c.amount(row, amountAt, currencyAt, subscriptionId);
            String intervalText = c.text(row, intervalAt);
            BillingInterval billing = null;
            if (intervalText != null) {
                try {
                    billing = BillingInterval.parse(intervalText);
                } catch (IllegalArgumentException e) {
                    throw c.invalid(subscriptionId, "interval", "'" + intervalText + "'", "is not a billing interval"
                            + " (MONTH, QUARTER, YEAR, WEEK, DAY or EVERY_N_MONTHS)");
                }
            }
            LocalDate startDate = c.date(row, startAt, subscriptionId, "startDate");
            Optional<LocalDate> endDate = Optional.ofNullable(c.date(row, endAt, subscriptionId, "endDate"));
            boolean isTrial = c.flag(row, trialAt, subscriptionId, "trial");
            Optional<LocalDate> cancelled =
                    Optional.ofNullable(c.date(row, cancelledAt, subscriptionId, "cancellationDate"));
            return new Subscription(subscriptionId, c.text(row, customerAt), value, billing, startDate, endDate,
                    isTrial, cancelled);
        };
    }

    /**
     * Builds a {@link SubscriptionColumns}. Not thread-safe.
     *
     * @since 0.1.0
     */
    public static final class Builder extends ColumnsBuilder<Builder> {

        private String interval;
        private String start;
        private String end;
        private String trial;
        private String cancellation;

        private Builder() {
        }

        @Override
        Builder self() {
            return this;
        }

        /**
         * Sets the column of the billing interval.
         *
         * @param column  the column name
         * @return this builder
         */
        public Builder interval(String column) {
            this.interval = Objects.requireNonNull(column, "column");
            return this;
        }

        /**
         * Sets the column of the start date.
         *
         * @param column  the column name
         * @return this builder
         */
        public Builder start(String column) {
            this.start = Objects.requireNonNull(column, "column");
            return this;
        }

        /**
         * Sets the column of the exclusive end date (empty while the subscription runs).
         *
         * @param column  the column name
         * @return this builder
         */
        public Builder end(String column) {
            this.end = Objects.requireNonNull(column, "column");
            return this;
        }

        /**
         * Sets the column of the trial flag.
         *
         * @param column  the column name
         * @return this builder
         */
        public Builder trial(String column) {
            this.trial = Objects.requireNonNull(column, "column");
            return this;
        }

        /**
         * Sets the column of the cancellation date.
         *
         * @param column  the column name
         * @return this builder
         */
        public Builder cancellation(String column) {
            this.cancellation = Objects.requireNonNull(column, "column");
            return this;
        }

        /**
         * Builds the mapping.
         *
         * @return the mapping, never null
         * @throws IllegalStateException if a required field has no column
         * @throws IllegalArgumentException if the currency or date pattern is not valid
         */
        public SubscriptionColumns build() {
            return new SubscriptionColumns(this);
        }
    }
}
