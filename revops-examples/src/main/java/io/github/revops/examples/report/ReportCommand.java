package io.github.revops.examples.report;

import io.github.revops.csv.CsvImportResult;
import io.github.revops.csv.ImportMode;
import io.github.revops.domain.Deal;
import io.github.revops.domain.Subscription;
import io.github.revops.examples.BundledData;
import io.github.revops.money.Money;
import io.github.revops.time.Period;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * The report's command line: which files to read, which periods to report, and where to write the HTML page. With
 * no file named, it reads the data sets bundled with it.
 */
@Command(name = "revops-report", mixinStandardHelpOptions = true, version = "revops report 0.1.0",
        sortOptions = false, usageHelpAutoWidth = true,
        description = {"Prints win rate, sales cycle, pipeline velocity, ARR, the MRR bridge, churn and cohort"
                + " retention as terminal tables, and with --html writes them as a page of charts.",
            "With no --deals and no --subscriptions it reads the bundled data sets: the Maven CRM opportunities"
                + " and the RavenStack synthetic subscriptions."},
        footer = {"", "Examples:",
            "  java -jar revops-examples.jar",
            "  java -jar revops-examples.jar --html report.html",
            "  java -jar revops-examples.jar --deals opportunities.csv --preset salesforce --currency EUR"
                + " --period 2025-Q3",
            "  java -jar revops-examples.jar --subscriptions subscriptions.csv --recurring-period 2024",
            "  java -jar revops-examples.jar --jdbc jdbc:postgresql://localhost/crm --db-user report"
                + " --deals-query 'SELECT * FROM sales_pipeline'"})
public final class ReportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--deals", paramLabel = "FILE", order = 1,
            description = "Deals CSV to report on (default: the bundled Maven CRM data set).")
    private Path deals;

    @Option(names = "--preset", paramLabel = "NAME", order = 2, defaultValue = "maven-crm",
            converter = PresetConverter.class,
            description = "Layout of the deals file: salesforce, hubspot or maven-crm (default: ${DEFAULT-VALUE}).")
    private DealPreset preset;

    @Option(names = "--teams", paramLabel = "FILE", order = 3,
            description = "CSV with the columns sales_agent and regional_office, for the table per office"
                    + " (default: the bundled sales_teams.csv with the bundled deals).")
    private Path teams;

    @Option(names = "--subscriptions", paramLabel = "FILE", order = 4,
            description = "Subscriptions CSV with the RavenStack columns subscription_id, account_id, mrr_amount"
                    + " (a month), billing_frequency (monthly or annual), start_date, end_date (exclusive) and"
                    + " is_trial (default: the bundled RavenStack data set).")
    private Path subscriptions;

    @Option(names = "--period", paramLabel = "PERIOD", order = 5, converter = PeriodConverter.class,
            description = "Period of both sections: 2017, 2017-Q3, 2024-06 or 2024-01-01/2025-01-01"
                    + " (end excluded).")
    private Period period;

    @Option(names = "--pipeline-period", paramLabel = "PERIOD", order = 6, converter = PeriodConverter.class,
            description = "Period of the pipeline section (default: the calendar years of the close dates).")
    private Period pipelinePeriod;

    @Option(names = "--recurring-period", paramLabel = "PERIOD", order = 7, converter = PeriodConverter.class,
            description = "Period of the recurring revenue section (default: the twelve months to the latest"
                    + " start date).")
    private Period recurringPeriod;

    @Option(names = "--currency", paramLabel = "CODE", order = 8, defaultValue = "USD",
            converter = CurrencyConverter.class,
            description = "Currency of amounts in files that state none (default: ${DEFAULT-VALUE}).")
    private String currency;

    @Option(names = "--strict", order = 9,
            description = "Stop at the first bad row; by default bad rows are set aside and listed.")
    private boolean strict;

    @Option(names = "--html", paramLabel = "FILE", order = 10,
            description = "Also write the report as one self-contained HTML page with charts.")
    private Path html;

    @Option(names = "--jdbc", paramLabel = "URL", order = 11,
            description = "Database to run --deals-query and --subscriptions-query on, as a JDBC URL"
                    + " (jdbc:postgresql://host/db, or jdbc:duckdb: with DuckDB's driver on the class path).")
    private String jdbc;

    @Option(names = "--deals-query", paramLabel = "SQL", order = 12,
            description = "Query returning the deals in the maven-crm layout: opportunity_id, sales_agent,"
                    + " account, deal_stage (Won, Lost, Engaging, Prospecting), engage_date, close_date (DATE),"
                    + " close_value (NUMERIC or integer, in --currency).")
    private String dealsQuery;

    @Option(names = "--subscriptions-query", paramLabel = "SQL", order = 13,
            description = "Query returning the subscriptions in the RavenStack layout of --subscriptions"
                    + " (start_date and end_date DATE, is_trial BOOLEAN).")
    private String subscriptionsQuery;

    @Option(names = "--db-user", paramLabel = "USER", order = 14,
            description = "User of the --jdbc database.")
    private String dbUser;

    @Option(names = "--db-password-env", paramLabel = "VAR", order = 15, defaultValue = "REVOPS_DB_PASSWORD",
            description = "Environment variable holding the password of the --jdbc database, never printed"
                    + " (default: ${DEFAULT-VALUE}; none when it is not set).")
    private String dbPasswordEnv;

    /** Creates the command; picocli sets its options. */
    public ReportCommand() {
        // options are injected by picocli
    }

    /**
     * Reads the inputs, computes the figures, prints the tables and writes the HTML page when asked.
     *
     * @return the exit code, 0
     */
    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        checkRecurringLength();
        ReportFigures figures = compute(read(err));
        String text = TextReport.render(figures);
        out.print(text);
        out.flush();
        if (html != null) {
            try {
                Files.writeString(html, HtmlReport.render(figures, text), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + html + ": " + e.getMessage(), e);   // Report escapes
            }
            err.println("wrote " + DisplayText.escape(html.toString()));
            err.flush();
        }
        return 0;
    }

    /** Refuses a recurring period longer than the section shows, before any file is read. */
    private void checkRecurringLength() {
        Optional<Period> asked = first(recurringPeriod, period);
        if (asked.isPresent() && asked.get().months().size() > RecurringFigures.MAX_MONTHS) {
            String option = recurringPeriod != null ? "--recurring-period" : "--period";
            throw new ParameterException(spec.commandLine(), option + " (" + asked.get() + ") spans "
                    + asked.get().months().size() + " months; the recurring revenue section shows at most "
                    + RecurringFigures.MAX_MONTHS + " months: give a shorter --recurring-period");
        }
    }

    private ReportInput read(PrintWriter err) {
        if (jdbc != null || dealsQuery != null || subscriptionsQuery != null) {
            return readQueries(err);
        }
        boolean bundled = deals == null && subscriptions == null;
        InputLoader loader = new InputLoader(err, currency, strict ? ImportMode.STRICT : ImportMode.LENIENT);
        Optional<CsvInput> dealInput = deals != null ? Optional.of(CsvInput.file(deals))
                : bundled ? Optional.of(CsvInput.bundled(BundledData.CRM_DEALS)) : Optional.empty();
        Optional<CsvInput> teamsInput = teams != null ? Optional.of(CsvInput.file(teams))
                : bundled ? Optional.of(CsvInput.bundled(BundledData.CRM_TEAMS)) : Optional.empty();
        Optional<CsvInput> subscriptionInput = subscriptions != null ? Optional.of(CsvInput.file(subscriptions))
                : bundled ? Optional.of(CsvInput.bundled(BundledData.RAVENSTACK_SUBSCRIPTIONS)) : Optional.empty();
        DealPreset layout = bundled ? DealPreset.MAVEN_CRM : preset;
        return new ReportInput(dealInput.map(in -> loader.deals(in, layout)), teamsInput.map(loader::teams),
                subscriptionInput.map(loader::subscriptions));
    }

    /** Reads the queries of {@code --jdbc}, and the {@code --teams} file if given. */
    private ReportInput readQueries(PrintWriter err) {
        if (jdbc == null || dealsQuery == null && subscriptionsQuery == null || dealsQuery != null && deals != null
                || subscriptionsQuery != null && subscriptions != null || dealsQuery != null
                && preset != DealPreset.MAVEN_CRM) {
            throw new ParameterException(spec.commandLine(), "--jdbc needs --deals-query, --subscriptions-query or"
                    + " both; a query replaces the file of the same records; a deals query is read in the maven-crm"
                    + " layout");
        }
        QueryInput database = new QueryInput(jdbc, Optional.ofNullable(dbUser),
                Optional.ofNullable(System.getenv(dbPasswordEnv)), currency, strict);
        InputLoader loader = new InputLoader(err, currency, strict ? ImportMode.STRICT : ImportMode.LENIENT);
        return new ReportInput(
                dealsQuery != null ? Optional.of(database.deals(dealsQuery))
                        : Optional.ofNullable(deals).map(f -> loader.deals(CsvInput.file(f), preset)),
                Optional.ofNullable(teams).map(f -> loader.teams(CsvInput.file(f))),
                subscriptionsQuery != null ? Optional.of(database.subscriptions(subscriptionsQuery))
                        : Optional.ofNullable(subscriptions).map(f -> loader.subscriptions(CsvInput.file(f))));
    }

    private ReportFigures compute(ReportInput input) {
        Optional<PipelineFigures> pipeline = input.deals().map(CsvImportResult::records)
                .filter(list -> !list.isEmpty())
                .map(list -> PipelineFigures.compute(list, first(pipelinePeriod, period)
                        .orElseGet(() -> defaultPipelinePeriod(list)), input.teams()));
        Optional<RecurringFigures> recurring = input.subscriptions().map(CsvImportResult::records)
                .filter(list -> !list.isEmpty())
                .map(list -> RecurringFigures.compute(list, first(recurringPeriod, period)
                        .orElseGet(() -> defaultRecurringPeriod(list))));
        return new ReportFigures(input, deals == null && subscriptions == null && jdbc == null ? DealPreset.MAVEN_CRM
                : preset,
                pipeline, recurring);
    }

    private static Optional<Period> first(Period specific, Period general) {
        return Optional.ofNullable(specific != null ? specific : general);
    }

    /**
     * Returns the default pipeline period: the calendar years from the first to the last close date, or of the
     * created dates when nothing closed.
     *
     * @param deals  the deals, at least one, not null
     * @return the period, never null
     */
    static Period defaultPipelinePeriod(java.util.List<Deal> deals) {
        Comparator<LocalDate> order = Comparator.naturalOrder();
        Optional<LocalDate> firstClose = deals.stream().flatMap(d -> d.closeDate().stream()).min(order);
        if (firstClose.isPresent()) {
            LocalDate lastClose = deals.stream().flatMap(d -> d.closeDate().stream()).max(order).orElseThrow();
            return Periods.yearsSpanning(firstClose.get(), lastClose);
        }
        return Periods.yearsSpanning(deals.stream().map(Deal::createdDate).min(order).orElseThrow(),
                deals.stream().map(Deal::createdDate).max(order).orElseThrow());
    }

    /**
     * Returns the default recurring period: the twelve calendar months to the latest start date.
     *
     * @param subscriptions  the subscriptions, at least one, not null
     * @return the period, never null
     */
    static Period defaultRecurringPeriod(java.util.List<Subscription> subscriptions) {
        return Periods.twelveMonthsTo(subscriptions.stream().map(Subscription::startDate)
                .max(Comparator.naturalOrder()).orElseThrow());
    }

    /** Reads {@code --preset}. */
    static final class PresetConverter implements ITypeConverter<DealPreset> {
        @Override
        public DealPreset convert(String value) {
            try {
                return DealPreset.of(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** Reads the period arguments. */
    static final class PeriodConverter implements ITypeConverter<Period> {
        @Override
        public Period convert(String value) {
            try {
                return Periods.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** Reads {@code --currency}, checking the code. */
    static final class CurrencyConverter implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            try {
                return Money.currency(value.strip().toUpperCase(java.util.Locale.ROOT)).getCurrencyCode();
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
