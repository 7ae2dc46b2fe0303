package io.github.revops.jdbc;

import io.github.revops.domain.ForecastCategory;
import io.github.revops.domain.ForecastSubmission;
import io.github.revops.time.Period;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * A mapping from the columns of a SQL result to {@link ForecastSubmission}s: which column holds each field, the
 * currency, how amounts count; strict or lenient.
 * <pre>{@code
 * ForecastColumns columns = ForecastColumns.builder()
 *         .id("forecast_id").submitter("rep").periodStart("quarter_start").periodEnd("quarter_end")
 *         .submitted("submitted_on").category("category").amount("amount").currency("USD")
 *         .build();
 * }</pre>
 *
 * <p>The period forecast is {@code [periodStart, periodEnd)}: the end is exclusive, the first day after it
 * ({@code 2026-04-01} for the first quarter of 2026). The category column holds {@code COMMIT}, {@code BEST_CASE}
 * or {@code PIPELINE} (any case). Columns, types, dates, amounts, currencies and bad rows follow the same rules as
 * {@link DealColumns}.
 *
 * <h2>Implementation Requirements:</h2>
 * This class is immutable and thread-safe; each import has its own state.
 *
 * @since 0.1.0
 */
public final class ForecastColumns extends RecordColumns<ForecastSubmission> {

    static final String RECORD = "forecast";

    final String id;
    final String submitter;
    final String periodStart;
    final String periodEnd;
    final String submitted;
    final String category;
    final String amount;

    private ForecastColumns(Builder b) {
        super(b.settings(RECORD));
        this.id = ColumnsBuilder.required(RECORD, b.id(), "id");
        this.submitter = ColumnsBuilder.required(RECORD, b.submitter, "submitter");
        this.periodStart = ColumnsBuilder.required(RECORD, b.periodStart, "period start");
        this.periodEnd = ColumnsBuilder.required(RECORD, b.periodEnd, "period end");
        this.submitted = ColumnsBuilder.required(RECORD, b.submitted, "submittedDate");
        this.category = ColumnsBuilder.required(RECORD, b.category, "category");
        this.amount = ColumnsBuilder.required(RECORD, b.amount(), "amount");
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
    RecordRow<ForecastSubmission> bind(ResultColumns result) {
        return new ForecastRow(this, result);
    }

    /**
     * Builds a {@link ForecastColumns}. Not thread-safe.
     *
     * @since 0.1.0
     */
    public static final class Builder extends ColumnsBuilder<Builder> {

        private String submitter;
        private String periodStart;
        private String periodEnd;
        private String submitted;
        private String category;

        private Builder() {
        }

        @Override
        Builder self() {
            return this;
        }

        /**
         * Sets the column of who submitted the forecast (matched against deal owners).
         *
         * @param column  the column's label in the result, not blank
         * @return this builder
         */
        public Builder submitter(String column) {
            this.submitter = label(column);
            return this;
        }

        /**
         * Sets the column of the first day of the period forecast.
         *
         * @param column  the column's label in the result, not blank
         * @return this builder
         */
        public Builder periodStart(String column) {
            this.periodStart = label(column);
            return this;
        }

        /**
         * Sets the column of the exclusive end of the period forecast, the first day after it.
         *
         * @param column  the column's label in the result, not blank
         * @return this builder
         */
        public Builder periodEnd(String column) {
            this.periodEnd = label(column);
            return this;
        }

        /**
         * Sets the column of the day the forecast was submitted.
         *
         * @param column  the column's label in the result, not blank
         * @return this builder
         */
        public Builder submitted(String column) {
            this.submitted = label(column);
            return this;
        }

        /**
         * Sets the column of the forecast category.
         *
         * @param column  the column's label in the result, not blank
         * @return this builder
         */
        public Builder category(String column) {
            this.category = label(column);
            return this;
        }

        /**
         * Builds the mapping.
         *
         * @return the mapping, never null
         * @throws IllegalStateException if a required field has no column, amounts have no currency, or a
         *         timestamp zone is set without a zone
         */
        public ForecastColumns build() {
            return new ForecastColumns(this);
        }
    }

    /** One import's reader of forecast rows. */
    private static final class ForecastRow extends RecordRow<ForecastSubmission> {

        private static final Labels<ForecastCategory> CATEGORIES = Labels.ofEnum(ForecastCategory.class);

        private final Column id;
        private final Column submitter;
        private final DateColumn periodStart;
        private final DateColumn periodEnd;
        private final DateColumn submitted;
        private final Column category;
        private final AmountColumn amount;

        ForecastRow(ForecastColumns columns, ResultColumns result) {
            super(RECORD, result, columns.settings());
            this.id = bind("id", columns.id, ColumnKind.TEXT);
            this.submitter = bind("submitter", columns.submitter, ColumnKind.TEXT);
            this.periodStart = bindDate("period", columns.periodStart);
            this.periodEnd = bindDate("periodEnd", columns.periodEnd);
            this.submitted = bindDate("submittedDate", columns.submitted);
            this.category = bind("category", columns.category, ColumnKind.TEXT);
            this.amount = bindAmount(columns.amount);
        }

        @Override
        ForecastSubmission record(ResultSet rows) throws SQLException {
            String forecastId = id(rows, id);
            return new ForecastSubmission(forecastId, text(rows, submitter), period(rows),
                    date(rows, submitted, "submittedDate"), label(rows, category, CATEGORIES, "category", null),
                    money(rows, amount));
        }

        private Period period(ResultSet rows) throws SQLException {
            LocalDate start = date(rows, periodStart, "period");
            LocalDate end = date(rows, periodEnd, "periodEnd");
            if (start == null || end == null) {
                throw invalid(start == null ? "period" : "periodEnd", null, "is required");
            }
            try {
                return Period.of(start, end);
            } catch (DateTimeException e) {
                throw invalid("periodEnd", end, "must be after the period's start (" + start + ")");
            }
        }
    }
}
