package io.github.revops.csv;

import static io.github.revops.csv.DealField.AMOUNT;
import static io.github.revops.csv.DealField.CLOSE_DATE;
import static io.github.revops.csv.DealField.CREATED_DATE;
import static io.github.revops.csv.DealField.CURRENCY;
import static io.github.revops.csv.DealField.CUSTOMER;
import static io.github.revops.csv.DealField.FORECAST_CATEGORY;
import static io.github.revops.csv.DealField.ID;
import static io.github.revops.csv.DealField.OWNER;
import static io.github.revops.csv.DealField.SOURCE;
import static io.github.revops.csv.DealField.STATUS;
import static io.github.revops.csv.DealField.TYPE;

import io.github.revops.domain.Deal;
import io.github.revops.domain.DealStatus;
import io.github.revops.domain.DealType;
import io.github.revops.domain.ForecastCategory;
import io.github.revops.table.DealTable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads {@link Deal}s from CSV: your own columns with {@link #builder()}, or a preset for a Salesforce opportunity
 * report ({@link #salesforce()}), a HubSpot deals export ({@link #hubSpot()}) or the Maven CRM data set
 * ({@link #mavenCrm()}). A preset is a builder: change what differs in your export, then {@code build()}.
 * <pre>{@code
 * CsvReader<Deal> reader = DealCsv.salesforce()
 *         .defaultCurrency("USD")
 *         .status("Discovery", DealStatus.OPEN)      // a stage your org added
 *         .build();
 * CsvImportResult<Deal> result = reader.readAll(Path.of("opportunities.csv"));
 * }</pre>
 *
 * <h2>How a row becomes a deal</h2>
 * <ul>
 *   <li>The status column is read through the status labels ("Closed Won" to WON); a label not listed is an
 *       error, never guessed. Labels match trimmed and ignoring case.</li>
 *   <li>The close date is read for WON and LOST deals only: an open deal's close date in a CRM is the date it is
 *       expected to close, and {@code Deal} keeps none.</li>
 *   <li>A blank created date follows {@link MissingCreatedDate} (REJECT unless set).</li>
 *   <li>Type and forecast category go through their labels; a blank type is NEW_BUSINESS and a blank forecast
 *       category none.</li>
 *   <li>Stage history (kept simple): each {@link Builder#stageDate} column adds the stage with the date in it,
 *       in the order declared (the order of the sales process; dates out of that order reject the row); with
 *       {@link Builder#closingStageInHistory} a won or lost deal also enters its final stage (the status label)
 *       on its close date. Exports with one row per deal have no more history than that.</li>
 *   <li>Segment columns become segment attributes; blank cells are left out.</li>
 * </ul>
 *
 * @since 0.1.0
 */
public final class DealCsv {

    private DealCsv() {
    }

    /**
     * Obtains an empty builder: map the columns, the status labels and a currency, then build.
     *
     * @return a new builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Obtains a builder for a Salesforce opportunity report exported as CSV ("Export", "Details Only").
     *
     * <p>Columns (as Salesforce labels them): {@code Opportunity ID}, {@code Account Name}, {@code Opportunity
     * Owner}, {@code Amount}, {@code Created Date}, {@code Close Date}, {@code Stage}; optional {@code Lead Source}
     * (blank is "(none)"), {@code Type}, {@code Forecast Category} and {@code Amount Currency} (multi-currency
     * orgs). A blank amount is 0. Dates {@code M/d/yyyy} (a US-locale user; set {@code dateFormats} for others),
     * {@code M/d/yyyy h:mm a} or {@code yyyy-MM-dd}; amounts may group thousands with {@code ,}. Reading ends at
     * the blank row before the report's footer. Set the {@code defaultCurrency}: a report states none.
     *
     * <p>Stages: the standard sales process (Prospecting, Qualification, Needs Analysis, Value Proposition, Id.
     * Decision Makers, Perception Analysis, Proposal/Price Quote, Negotiation/Review) is OPEN, Closed Won is WON and
     * Closed Lost is LOST; add your org's own stages with {@code status}. Types: New Customer and New Business are
     * NEW_BUSINESS; Existing Customer - Upgrade, Expansion and Upsell are EXPANSION; Existing Customer - Replacement,
     * Existing Customer - Downgrade and Renewal are RENEWAL. Forecast categories: Pipeline, Best Case, Commit; Closed
     * and Omitted are none.
     *
     * @return a new builder, never null
     */
    public static Builder salesforce() {
        return new Builder()
                .column(ID, "Opportunity ID")
                .column(CUSTOMER, "Account Name")
                .column(OWNER, "Opportunity Owner")
                .optionalColumn(SOURCE, "Lead Source").whenBlank(SOURCE, "(none)")
                .optionalColumn(TYPE, "Type")
                .column(AMOUNT, "Amount").whenBlank(AMOUNT, "0")
                .optionalColumn(CURRENCY, "Amount Currency")
                .column(CREATED_DATE, "Created Date")
                .column(CLOSE_DATE, "Close Date")
                .column(STATUS, "Stage")
                .optionalColumn(FORECAST_CATEGORY, "Forecast Category")
                .statuses(DealStatus.OPEN, "Prospecting", "Qualification", "Needs Analysis", "Value Proposition",
                        "Id. Decision Makers", "Perception Analysis", "Proposal/Price Quote", "Negotiation/Review")
                .status("Closed Won", DealStatus.WON)
                .status("Closed Lost", DealStatus.LOST)
                .types(DealType.NEW_BUSINESS, "New Customer", "New Business")
                .types(DealType.EXPANSION, "Existing Customer - Upgrade", "Expansion", "Upsell")
                .types(DealType.RENEWAL, "Existing Customer - Replacement", "Existing Customer - Downgrade",
                        "Renewal")
                .forecastCategory("Pipeline", ForecastCategory.PIPELINE)
                .forecastCategory("Best Case", ForecastCategory.BEST_CASE)
                .forecastCategory("Commit", ForecastCategory.COMMIT)
                .noForecastCategory("Closed")
                .noForecastCategory("Omitted")
                .dateFormats("M/d/yyyy", "M/d/yyyy h:mm a", "yyyy-MM-dd")
                .groupingSeparator(',')
                .endAtBlankRow(true);
    }

    /**
     * Obtains a builder for a HubSpot deals export (CRM, Deals, Export, CSV).
     *
     * <p>Columns (as HubSpot labels them): {@code Record ID}, {@code Deal owner} (blank is "(no owner)"),
     * {@code Amount} (blank is 0), {@code Create Date}, {@code Close Date}, {@code Deal Stage}; optional
     * {@code Associated Company} (blank is "(no company)"), {@code Deal Type}, {@code Currency},
     * {@code Forecast category}, and {@code Pipeline} as the segment "pipeline". HubSpot has no standard lead
     * source on deals: the source is "(none)" unless you map a column. Dates {@code yyyy-MM-dd HH:mm},
     * {@code yyyy-MM-dd HH:mm:ss}, {@code yyyy-MM-dd}, {@code M/d/yyyy H:mm} or {@code M/d/yyyy} (the date part is
     * kept). Set the {@code defaultCurrency} unless the export has the Currency column.
     *
     * <p>Stages: the default sales pipeline (Appointment Scheduled, Qualified To Buy, Presentation Scheduled,
     * Decision Maker Bought-In, Contract Sent) is OPEN, Closed Won is WON, Closed Lost is LOST; add the stages of
     * other pipelines with {@code status}. Types: New Business is NEW_BUSINESS, Existing Business is EXPANSION
     * (set {@code type("Existing Business", DealType.RENEWAL)} if yours are renewals). Forecast categories:
     * Pipeline, Best case, Commit; Not forecasted, Omit and Closed won are none.
     *
     * @return a new builder, never null
     */
    public static Builder hubSpot() {
        return new Builder()
                .column(ID, "Record ID")
                .optionalColumn(CUSTOMER, "Associated Company").whenBlank(CUSTOMER, "(no company)")
                .column(OWNER, "Deal owner").whenBlank(OWNER, "(no owner)")
                .constant(SOURCE, "(none)")
                .optionalColumn(TYPE, "Deal Type")
                .column(AMOUNT, "Amount").whenBlank(AMOUNT, "0")
                .optionalColumn(CURRENCY, "Currency")
                .column(CREATED_DATE, "Create Date")
                .column(CLOSE_DATE, "Close Date")
                .column(STATUS, "Deal Stage")
                .optionalColumn(FORECAST_CATEGORY, "Forecast category")
                .optionalSegment("pipeline", "Pipeline")
                .statuses(DealStatus.OPEN, "Appointment Scheduled", "Qualified To Buy", "Presentation Scheduled",
                        "Decision Maker Bought-In", "Contract Sent")
                .status("Closed Won", DealStatus.WON)
                .status("Closed Lost", DealStatus.LOST)
                .type("New Business", DealType.NEW_BUSINESS)
                .type("Existing Business", DealType.EXPANSION)
                .forecastCategory("Pipeline", ForecastCategory.PIPELINE)
                .forecastCategory("Best case", ForecastCategory.BEST_CASE)
                .forecastCategory("Commit", ForecastCategory.COMMIT)
                .noForecastCategory("Not forecasted")
                .noForecastCategory("Omit")
                .noForecastCategory("Closed won")
                .dateFormats("yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd", "M/d/yyyy H:mm", "M/d/yyyy");
    }

    /**
     * Obtains a builder for {@code sales_pipeline.csv} of the Maven Analytics "CRM Sales Opportunities" data set.
     *
     * <p>Columns: {@code opportunity_id} is the id, {@code account} the customer (blank, as on many open deals, is
     * "(no account)"), {@code sales_agent} the owner, {@code engage_date} the created date, {@code close_date} the
     * close date, {@code close_value} the amount in USD (blank on open deals, read as 0; lost deals carry 0),
     * {@code deal_stage} the status (Prospecting and Engaging OPEN, Won WON, Lost LOST) and {@code product} the
     * segment "product". The source is "(none)": the data set has none. Stage history: Engaging on the engage
     * date, then Won or Lost on the close date.
     *
     * <p>Prospecting deals have no engage date, so no created date: the preset skips them
     * ({@link MissingCreatedDate#SKIP}); they are listed in the summary's skipped rows (500 in the data set).
     * Choose {@link MissingCreatedDate#USE_FALLBACK} with a date to keep them (docs/decisions/0051).
     *
     * @return a new builder, never null
     */
    public static Builder mavenCrm() {
        return new Builder()
                .column(ID, "opportunity_id")
                .column(CUSTOMER, "account").whenBlank(CUSTOMER, "(no account)")
                .column(OWNER, "sales_agent")
                .constant(SOURCE, "(none)")
                .column(AMOUNT, "close_value").whenBlank(AMOUNT, "0")
                .defaultCurrency("USD")
                .column(CREATED_DATE, "engage_date")
                .column(CLOSE_DATE, "close_date")
                .column(STATUS, "deal_stage")
                .segment("product", "product")
                .statuses(DealStatus.OPEN, "Prospecting", "Engaging")
                .status("Won", DealStatus.WON)
                .status("Lost", DealStatus.LOST)
                .stageDate("Engaging", "engage_date")
                .closingStageInHistory(true)
                .whenCreatedDateMissing(MissingCreatedDate.SKIP)
                .dateFormats("yyyy-MM-dd");
    }

    /**
     * Builds a deal reader. Starts with no status labels; type labels NEW_BUSINESS, RENEWAL, EXPANSION and forecast
     * category labels COMMIT, BEST_CASE, PIPELINE (their enum names). Not thread-safe.
     *
     * @since 0.1.0
     */
    public static final class Builder extends SegmentedCsvBuilder<DealField, Deal, Builder> {

        private final Map<String, DealStatus> statuses = new LinkedHashMap<>();
        private final Map<String, DealType> types = new LinkedHashMap<>();
        private final Map<String, Optional<ForecastCategory>> forecastCategories = new LinkedHashMap<>();
        private final List<NamedColumn> stages = new ArrayList<>();
        private boolean closingStageInHistory;
        private MissingCreatedDate missingCreatedDate = MissingCreatedDate.REJECT;
        private LocalDate createdDateFallback;

        private Builder() {
            super(DealField.class);
            for (DealType type : DealType.values()) {
                types.put(type.name(), type);
            }
            for (ForecastCategory category : ForecastCategory.values()) {
                forecastCategories.put(category.name(), Optional.of(category));
            }
        }

        @Override
        Builder self() {
            return this;
        }

        /**
         * Maps a status (stage) label to OPEN, WON or LOST, replacing an earlier mapping of the same label.
         *
         * @param label  the label as the export writes it, not blank
         * @param status  what it means, not null
         * @return this builder
         */
        public Builder status(String label, DealStatus status) {
            statuses.put(name("label", label), Objects.requireNonNull(status, "status"));
            return this;
        }

        /**
         * Maps several status (stage) labels to one status.
         *
         * @param status  what they mean, not null
         * @param labels  the labels, each not blank
         * @return this builder
         */
        public Builder statuses(DealStatus status, String... labels) {
            Objects.requireNonNull(status, "status");
            for (String label : Objects.requireNonNull(labels, "labels")) {
                status(label, status);
            }
            return this;
        }

        /**
         * Maps a type label to a deal type.
         *
         * @param label  the label, not blank
         * @param type  what it means, not null
         * @return this builder
         */
        public Builder type(String label, DealType type) {
            types.put(name("label", label), Objects.requireNonNull(type, "type"));
            return this;
        }

        /**
         * Maps several type labels to one deal type.
         *
         * @param type  what they mean, not null
         * @param labels  the labels, each not blank
         * @return this builder
         */
        public Builder types(DealType type, String... labels) {
            Objects.requireNonNull(type, "type");
            for (String label : Objects.requireNonNull(labels, "labels")) {
                type(label, type);
            }
            return this;
        }

        /**
         * Maps a forecast category label to a category.
         *
         * @param label  the label, not blank
         * @param category  what it means, not null
         * @return this builder
         */
        public Builder forecastCategory(String label, ForecastCategory category) {
            forecastCategories.put(name("label", label), Optional.of(Objects.requireNonNull(category, "category")));
            return this;
        }

        /**
         * Declares a forecast category label that means no category (Salesforce's "Omitted" and "Closed").
         *
         * @param label  the label, not blank
         * @return this builder
         */
        public Builder noForecastCategory(String label) {
            forecastCategories.put(name("label", label), Optional.empty());
            return this;
        }

        /**
         * Adds a stage to the stage history, entered on the date in a column (no entry when the cell is blank).
         * Declare stages in the order of the sales process.
         *
         * @param stage  the stage name, not blank
         * @param header  the header of the column with the date the deal entered it, not blank
         * @return this builder
         */
        public Builder stageDate(String stage, String header) {
            stages.add(new NamedColumn(name("stage", stage), name("header", header), false));
            return this;
        }

        /**
         * Makes a won or lost deal enter its final stage (its status label) on its close date, after the
         * {@link #stageDate} entries.
         *
         * @param enabled  true to add the closing stage; false (the default) leaves it out
         * @return this builder
         */
        public Builder closingStageInHistory(boolean enabled) {
            this.closingStageInHistory = enabled;
            return this;
        }

        /**
         * Sets what a row with a blank created date does.
         *
         * @param policy  the policy, REJECT unless set, not null
         * @return this builder
         */
        public Builder whenCreatedDateMissing(MissingCreatedDate policy) {
            this.missingCreatedDate = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /**
         * Sets the created date given to rows without one under {@link MissingCreatedDate#USE_FALLBACK}.
         *
         * @param date  the date, not null
         * @return this builder
         */
        public Builder createdDateFallback(LocalDate date) {
            this.createdDateFallback = Objects.requireNonNull(date, "date");
            return this;
        }

        /**
         * Builds the deal reader.
         *
         * @return the reader, never null
         * @throws IllegalStateException if a required field is unmapped, no status label is mapped, amounts have no
         *         currency, or USE_FALLBACK has no fallback date, or the fallback date is outside the year range
         */
        @Override
        public CsvReader<Deal> build() {
            return new CsvReader<>(schema());
        }

        /**
         * Builds a reader of files straight into a {@link DealTable}, with this builder's columns, labels, checks and
         * mode: its table equals {@code DealTable.of} of the record reader's deals, and its summary and errors are
         * the record reader's (docs/decisions/0125).
         * <pre>{@code
         * DealTable deals = DealCsv.mavenCrm().buildTableReader().read(Path.of("sales_pipeline.csv")).table();
         * }</pre>
         *
         * @return the reader, never null
         * @throws IllegalStateException as {@link #build()} does
         */
        public CsvTableReader<DealTable> buildTableReader() {
            Schema<DealField, Deal> schema = schema();
            return tableReader(schema, new DealTableTarget((DealRowMapper) schema.mapper(),
                    schema.settings().defaultCurrency()));
        }

        private Schema<DealField, Deal> schema() {
            if (statuses.isEmpty()) {
                throw new IllegalStateException("deal CSV: no status labels; map them with status(label, status)");
            }
            requireCurrency("deal", CURRENCY);
            if (missingCreatedDate == MissingCreatedDate.USE_FALLBACK && createdDateFallback == null) {
                throw new IllegalStateException("deal CSV: USE_FALLBACK needs createdDateFallback(date)");
            }
            if (createdDateFallback != null) {
                try {
                    years().check(createdDateFallback);
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException("deal CSV: createdDateFallback (" + createdDateFallback + ") "
                            + e.getMessage(), e);
                }
            }
            DealRowMapper mapper = new DealRowMapper(Labels.of("stage label", statuses),
                    Labels.of("deal type label", types), Labels.of("forecast category label", forecastCategories),
                    closingStageInHistory, missingCreatedDate, Optional.ofNullable(createdDateFallback));
            return schema("deal", segments(), stages, mapper);
        }
    }
}
