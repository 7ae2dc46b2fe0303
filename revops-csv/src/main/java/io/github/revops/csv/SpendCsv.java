package io.github.revops.csv;

import static io.github.revops.csv.SpendField.AMOUNT;
import static io.github.revops.csv.SpendField.CATEGORY;
import static io.github.revops.csv.SpendField.CHANNEL;
import static io.github.revops.csv.SpendField.CURRENCY;
import static io.github.revops.csv.SpendField.DATE;
import static io.github.revops.csv.SpendField.ID;
import static io.github.revops.csv.SpendField.PAID;

import io.github.revops.domain.InvalidRecordException;
import io.github.revops.domain.Spend;
import io.github.revops.domain.SpendCategory;
import io.github.revops.money.Money;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads sales and marketing costs ({@link Spend}) from CSV, one cost per row dated by the day it was incurred.
 *
 * <p>The category goes through the category labels: sales and marketing (any case) unless more are mapped. A
 * cost that spans a month is best exported as one row per month, dated on its first day (see {@link Spend}).
 * <pre>{@code
 * CsvReader<Spend> reader = SpendCsv.builder()
 *         .column(SpendField.ID, "id").column(SpendField.DATE, "date").column(SpendField.AMOUNT, "amount")
 *         .column(SpendField.CATEGORY, "team").column(SpendField.CHANNEL, "channel").column(SpendField.PAID, "paid")
 *         .category("Demand Gen", SpendCategory.MARKETING)
 *         .defaultCurrency("USD")
 *         .build();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class SpendCsv {

    private SpendCsv() {
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
     * Builds a spend reader. Not thread-safe.
     *
     * @since 0.1.0
     */
    public static final class Builder extends CsvReaderBuilder<SpendField, Spend, Builder> {

        private final Map<String, SpendCategory> categories = new LinkedHashMap<>();

        private Builder() {
            super(SpendField.class);
            category("sales", SpendCategory.SALES);
            category("marketing", SpendCategory.MARKETING);
        }

        @Override
        Builder self() {
            return this;
        }

        /**
         * Maps a category label to sales or marketing.
         *
         * @param label  the label, not blank
         * @param category  what it means, not null
         * @return this builder
         */
        public Builder category(String label, SpendCategory category) {
            categories.put(name("label", label), Objects.requireNonNull(category, "category"));
            return this;
        }

        /**
         * Builds the spend reader.
         *
         * @return the reader, never null
         * @throws IllegalStateException if a required field is unmapped or amounts have no currency
         */
        @Override
        public CsvReader<Spend> build() {
            requireCurrency("spend", CURRENCY);
            Labels<SpendCategory> labels = Labels.of("spend category label", categories);
            return build("spend", List.of(), List.of(), row -> {
                LocalDate date = row.date(DATE).orElseThrow(() -> row.problem(DATE, "", "is blank (expected a date)"));
                Money amount = row.money(AMOUNT, CURRENCY);
                SpendCategory category = row.label(CATEGORY, labels);
                try {
                    return Spend.of(row.text(ID), date, amount, category, row.text(CHANNEL), row.flag(PAID));
                } catch (InvalidRecordException e) {
                    throw row.rejectedBy(e);
                }
            });
        }
    }
}
