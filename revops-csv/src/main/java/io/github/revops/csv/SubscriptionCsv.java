package io.github.revops.csv;

import static io.github.revops.csv.SubscriptionField.AMOUNT;
import static io.github.revops.csv.SubscriptionField.CANCELLATION_DATE;
import static io.github.revops.csv.SubscriptionField.CURRENCY;
import static io.github.revops.csv.SubscriptionField.CUSTOMER;
import static io.github.revops.csv.SubscriptionField.END_DATE;
import static io.github.revops.csv.SubscriptionField.ID;
import static io.github.revops.csv.SubscriptionField.INTERVAL;
import static io.github.revops.csv.SubscriptionField.START_DATE;
import static io.github.revops.csv.SubscriptionField.TRIAL;

import io.github.revops.domain.BillingInterval;
import io.github.revops.domain.InvalidRecordException;
import io.github.revops.domain.Subscription;
import io.github.revops.money.Money;
import io.github.revops.table.SubscriptionTable;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads {@link Subscription}s from CSV: your own columns with {@link #builder()}, or the preset for the RavenStack
 * synthetic SaaS data set ({@link #ravenStack()}).
 *
 * <p>The billing interval goes through the interval labels: month, monthly, quarter, quarterly, year, yearly,
 * annual, annually, week, weekly, day, daily (any case), and the {@link BillingInterval#parse} forms such as
 * {@code EVERY_6_MONTHS}. The amount is billed per interval unless {@link AmountBasis#MONTHLY} is set. The end date
 * is read by the {@link EndDateConvention} (EXCLUSIVE unless set). A blank trial cell is false.
 * <pre>{@code
 * CsvReader<Subscription> reader = SubscriptionCsv.builder()
 *         .column(SubscriptionField.ID, "id").column(SubscriptionField.CUSTOMER, "customer")
 *         .column(SubscriptionField.AMOUNT, "price").column(SubscriptionField.INTERVAL, "billing")
 *         .column(SubscriptionField.START_DATE, "start").column(SubscriptionField.END_DATE, "end")
 *         .endDates(EndDateConvention.INCLUSIVE)
 *         .defaultCurrency("EUR")
 *         .build();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class SubscriptionCsv {

    private SubscriptionCsv() {
    }

    /**
     * Obtains an empty builder.
     *
     * @return a new builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Obtains a builder for {@code ravenstack_subscriptions.csv} of the RavenStack synthetic SaaS data set.
     *
     * <p>Columns: {@code subscription_id}, {@code account_id} (the customer), {@code billing_frequency} (monthly
     * or annual) as the interval, {@code mrr_amount} as the monthly amount in USD ({@link AmountBasis#MONTHLY}: an
     * annual row bills 12 times it, which is its {@code arr_amount}), {@code start_date}, {@code end_date} (blank
     * while active; taken as the exclusive end, the domain's convention, as the data set does not say) and
     * {@code is_trial} (TRUE/FALSE).
     *
     * <p>Thirteen rows of the data set end on the day they start, which leaves no day of service: strict mode stops
     * at the first, lenient mode rejects the thirteen (docs/decisions/0053); {@code endDates(INCLUSIVE)} keeps them
     * as one-day subscriptions.
     *
     * @return a new builder, never null
     */
    public static Builder ravenStack() {
        return new Builder()
                .column(ID, "subscription_id")
                .column(CUSTOMER, "account_id")
                .column(AMOUNT, "mrr_amount")
                .amountBasis(AmountBasis.MONTHLY)
                .column(INTERVAL, "billing_frequency")
                .column(START_DATE, "start_date")
                .column(END_DATE, "end_date")
                .column(TRIAL, "is_trial")
                .defaultCurrency("USD")
                .dateFormats("yyyy-MM-dd");
    }

    /**
     * Builds a subscription reader. Not thread-safe.
     *
     * @since 0.1.0
     */
    public static final class Builder extends CsvReaderBuilder<SubscriptionField, Subscription, Builder> {

        private final Map<String, BillingInterval> intervals = new LinkedHashMap<>();
        private EndDateConvention endDates = EndDateConvention.EXCLUSIVE;
        private AmountBasis amountBasis = AmountBasis.PER_INTERVAL;

        private Builder() {
            super(SubscriptionField.class);
            intervals(BillingInterval.MONTH, "month", "monthly");
            intervals(BillingInterval.QUARTER, "quarter", "quarterly");
            intervals(BillingInterval.YEAR, "year", "yearly", "annual", "annually");
            intervals(BillingInterval.WEEK, "week", "weekly");
            intervals(BillingInterval.DAY, "day", "daily");
        }

        @Override
        Builder self() {
            return this;
        }

        /**
         * Maps a billing interval label to an interval, replacing an earlier mapping of the same label.
         *
         * @param label  the label, not blank
         * @param interval  what it means, not null
         * @return this builder
         */
        public Builder interval(String label, BillingInterval interval) {
            intervals.put(name("label", label), Objects.requireNonNull(interval, "interval"));
            return this;
        }

        /**
         * Maps several billing interval labels to one interval.
         *
         * @param interval  what they mean, not null
         * @param labels  the labels, each not blank
         * @return this builder
         */
        public Builder intervals(BillingInterval interval, String... labels) {
            Objects.requireNonNull(interval, "interval");
            for (String label : Objects.requireNonNull(labels, "labels")) {
                interval(label, interval);
            }
            return this;
        }

        /**
         * Sets how the end date column is written.
         *
         * @param convention  EXCLUSIVE (the default) or INCLUSIVE, not null
         * @return this builder
         */
        public Builder endDates(EndDateConvention convention) {
            this.endDates = Objects.requireNonNull(convention, "convention");
            return this;
        }

        /**
         * Sets what the amount column holds.
         *
         * @param basis  PER_INTERVAL (the default) or MONTHLY, not null
         * @return this builder
         */
        public Builder amountBasis(AmountBasis basis) {
            this.amountBasis = Objects.requireNonNull(basis, "basis");
            return this;
        }

        /**
         * Builds the subscription reader.
         *
         * @return the reader, never null
         * @throws IllegalStateException if a required field is unmapped or amounts have no currency
         */
        @Override
        public CsvReader<Subscription> build() {
            return new CsvReader<>(schema());
        }

        /**
         * Builds a reader of files straight into a {@link SubscriptionTable}, with this builder's columns, labels,
         * checks and mode: its table equals {@code SubscriptionTable.of} of the record reader's subscriptions, and
         * its summary and errors are the record reader's (docs/decisions/0126).
         *
         * @return the reader, never null
         * @throws IllegalStateException if a required field is unmapped or amounts have no currency
         */
        public CsvTableReader<SubscriptionTable> buildTableReader() {
            Schema<SubscriptionField, Subscription> schema = schema();
            return tableReader(schema, new SubscriptionTableTarget(schema.mapper(),
                    schema.settings().defaultCurrency()));
        }

        private Schema<SubscriptionField, Subscription> schema() {
            requireCurrency("subscription", CURRENCY);
            Labels<BillingInterval> labels = Labels.of("billing interval label", intervals);
            EndDateConvention convention = endDates;
            AmountBasis basis = amountBasis;
            return schema("subscription", List.of(), List.of(), row -> {
                BillingInterval interval = interval(row, labels);
                Money amount = billed(row, row.money(AMOUNT, CURRENCY), interval, basis);
                Optional<LocalDate> end = row.date(END_DATE)
                        .map(d -> convention == EndDateConvention.INCLUSIVE ? d.plusDays(1) : d);
                try {
                    return new Subscription(row.text(ID), row.text(CUSTOMER), amount, interval,
                            row.date(START_DATE).orElse(null), end, row.flag(TRIAL), row.date(CANCELLATION_DATE));
                } catch (InvalidRecordException e) {
                    throw row.rejectedBy(e);
                }
            });
        }

        private static Money billed(Row<SubscriptionField> row, Money amount, BillingInterval interval,
                                    AmountBasis basis) {
            if (basis == AmountBasis.PER_INTERVAL) {
                return amount;
            }
            if (interval.months() == 0) {
                throw row.problem(INTERVAL, row.text(INTERVAL), "has no whole number of months, so a monthly amount "
                        + "cannot be billed per " + interval);
            }
            try {
                return amount.multipliedBy(interval.months());
            } catch (ArithmeticException e) {
                throw row.problem(AMOUNT, row.text(AMOUNT), "is too large for an amount");
            }
        }

        private static BillingInterval interval(Row<SubscriptionField> row, Labels<BillingInterval> labels) {
            String text = row.text(INTERVAL);
            Optional<BillingInterval> known = text.isEmpty() ? Optional.empty() : labels.find(text);
            if (known.isPresent()) {
                return known.get();
            }
            try {
                return BillingInterval.parse(text);
            } catch (IllegalArgumentException e) {
                throw row.problem(INTERVAL, text, text.isEmpty() ? "is blank (expected a billing interval label)"
                        : labels.unknown());
            }
        }
    }
}
