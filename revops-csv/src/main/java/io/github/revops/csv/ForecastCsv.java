package io.github.revops.csv;

import static io.github.revops.csv.ForecastField.AMOUNT;
import static io.github.revops.csv.ForecastField.CATEGORY;
import static io.github.revops.csv.ForecastField.CURRENCY;
import static io.github.revops.csv.ForecastField.ID;
import static io.github.revops.csv.ForecastField.PERIOD_END;
import static io.github.revops.csv.ForecastField.PERIOD_START;
import static io.github.revops.csv.ForecastField.SUBMITTED_DATE;
import static io.github.revops.csv.ForecastField.SUBMITTER;

import io.github.revops.domain.ForecastCategory;
import io.github.revops.domain.ForecastSubmission;
import io.github.revops.domain.InvalidRecordException;
import io.github.revops.money.Money;
import io.github.revops.time.Period;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads {@link ForecastSubmission}s from CSV: who forecast how much, for which period, in which category, on
 * which day.
 *
 * <p>The period is two columns, its first and its last day (inclusive: {@code 2026-01-01} to
 * {@code 2026-03-31} is the first quarter). The category goes through the category labels: commit, best case,
 * best_case and pipeline (any case) unless more are mapped.
 * <pre>{@code
 * CsvReader<ForecastSubmission> reader = ForecastCsv.builder()
 *         .column(ForecastField.ID, "id").column(ForecastField.SUBMITTER, "rep")
 *         .column(ForecastField.PERIOD_START, "from").column(ForecastField.PERIOD_END, "to")
 *         .column(ForecastField.SUBMITTED_DATE, "submitted").column(ForecastField.CATEGORY, "category")
 *         .column(ForecastField.AMOUNT, "amount")
 *         .defaultCurrency("USD")
 *         .build();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class ForecastCsv {

    private ForecastCsv() {
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
     * Builds a forecast submission reader. Not thread-safe.
     *
     * @since 0.1.0
     */
    public static final class Builder extends CsvReaderBuilder<ForecastField, ForecastSubmission, Builder> {

        private final Map<String, ForecastCategory> categories = new LinkedHashMap<>();

        private Builder() {
            super(ForecastField.class);
            category("commit", ForecastCategory.COMMIT);
            category("best case", ForecastCategory.BEST_CASE);
            category("best_case", ForecastCategory.BEST_CASE);
            category("pipeline", ForecastCategory.PIPELINE);
        }

        @Override
        Builder self() {
            return this;
        }

        /**
         * Maps a category label to a forecast category.
         *
         * @param label  the label, not blank
         * @param category  what it means, not null
         * @return this builder
         */
        public Builder category(String label, ForecastCategory category) {
            categories.put(name("label", label), Objects.requireNonNull(category, "category"));
            return this;
        }

        /**
         * Builds the forecast submission reader.
         *
         * @return the reader, never null
         * @throws IllegalStateException if a required field is unmapped or amounts have no currency
         */
        @Override
        public CsvReader<ForecastSubmission> build() {
            requireCurrency("forecast", CURRENCY);
            Labels<ForecastCategory> labels = Labels.of("forecast category label", categories);
            return build("forecast", List.of(), List.of(), row -> {
                LocalDate first = row.date(PERIOD_START)
                        .orElseThrow(() -> row.problem(PERIOD_START, "", "is blank (expected a date)"));
                LocalDate last = row.date(PERIOD_END)
                        .orElseThrow(() -> row.problem(PERIOD_END, "", "is blank (expected a date)"));
                if (last.isBefore(first)) {
                    throw row.problem(PERIOD_END, row.text(PERIOD_END),
                            "is before the period's first day (" + first + ")");
                }
                ForecastCategory category = row.label(CATEGORY, labels);
                Money amount = row.money(AMOUNT, CURRENCY);
                try {
                    return new ForecastSubmission(row.text(ID), row.text(SUBMITTER), Period.ofClosed(first, last),
                            row.date(SUBMITTED_DATE).orElse(null), category, amount);
                } catch (InvalidRecordException e) {
                    throw row.rejectedBy(e);
                }
            });
        }
    }
}
