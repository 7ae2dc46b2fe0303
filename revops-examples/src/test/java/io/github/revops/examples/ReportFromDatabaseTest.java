package io.github.revops.examples;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report's database input on DuckDB (embedded, in memory), which reads the bundled files through SQL: the
 * README's "From a database" query gives the bundled report's pipeline tables, a subscriptions query its recurring
 * tables with the same 13 bad rows set aside; and the input's errors.
 */
@Timeout(120)
class ReportFromDatabaseTest {

    /** The bundled files, from the module's directory (where tests run); the README runs from the repository's. */
    private static final String DATA = "src/main/resources/io/github/revops/examples/data/";

    private static String readmeQuery() throws IOException {
        String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
        Matcher example = Pattern.compile("<!-- jdbc-report-example -->(.*?)<!-- /jdbc-report-example -->",
                Pattern.DOTALL).matcher(readme);
        assertThat(example.find()).as("the README's jdbc-report-example").isTrue();
        Matcher query = Pattern.compile("--deals-query \"(.*?)\"", Pattern.DOTALL).matcher(example.group(1));
        assertThat(query.find()).isTrue();
        return query.group(1).replace("revops-examples/", "");
    }

    @Test
    void theReadmesQuery_givesTheBundledReportsPipelineTables() throws IOException {
        ReportRun bundled = ReportRun.of();
        ReportRun database = ReportRun.of("--jdbc", "jdbc:duckdb:", "--deals-query", readmeQuery());

        assertThat(database.code()).as(database.err()).isZero();
        assertThat(database.out()).contains("Deals: deals query (maven-crm layout), 8,300 rows: 8,300 deals\n")
                .doesNotContain("Recurring revenue");
        assertThat(database.table("Per quarter")).isEqualTo(bundled.table("Per quarter"));
        assertThat(database.row("Per quarter", "2017")).startsWith("2017", "4,238", "2,473", "63.2", "51.8", "57.0");
        assertThat(database.table("Per sales agent")).isEqualTo(bundled.table("Per sales agent"));
    }

    @Test
    void aSubscriptionsQuery_givesTheBundledReportsRecurringTables() {
        ReportRun bundled = ReportRun.of();
        ReportRun database = ReportRun.of("--jdbc", "jdbc:duckdb:", "--subscriptions-query",
                "SELECT * FROM read_csv('" + DATA + "ravenstack/ravenstack_subscriptions.csv');");

        assertThat(database.code()).as(database.err()).isZero();
        assertThat(database.out()).contains("Subscriptions: subscriptions query, 5,000 rows: 4,987 subscriptions,"
                + " 13 bad rows set aside").doesNotContain("Deals:");
        String recurring = bundled.out().substring(bundled.out().indexOf("== Recurring revenue"));
        assertThat(database.out()).endsWith(recurring);
    }

    @Test
    void prospectingDeals_withoutAnEngageDate_areSetAside_orStopAStrictReport() {
        String all = "SELECT * FROM read_csv('" + DATA + "crm/sales_pipeline.csv') ORDER BY opportunity_id";
        ReportRun lenient = ReportRun.of("--jdbc", "jdbc:duckdb:", "--deals-query", all);
        assertThat(lenient.code()).as(lenient.err()).isZero();
        assertThat(lenient.out()).contains("Deals: deals query (maven-crm layout), 8,800 rows: 8,300 deals, 500 bad"
                + " rows set aside");

        ReportRun strict = ReportRun.of("--jdbc", "jdbc:duckdb:", "--deals-query", all, "--strict");
        assertThat(strict.code()).isEqualTo(1);
        assertThat(strict.err()).matches("(?s)revops-report: deals query row \\d+, column 'engage_date', value NULL:"
                + " deal '\\w+': createdDate \\(null\\) is required\\R.*");
    }

    @Test
    void help_listsTheDatabaseOptions() {
        assertThat(ReportRun.of("--help").out()).contains("--jdbc=URL", "--deals-query=SQL",
                "--subscriptions-query=SQL", "--db-user=USER", "--db-password-env=VAR",
                "REVOPS_DB_PASSWORD");
    }

    @Test
    void inputErrors_areOneLine_andNeverShowThePassword() {
        ReportRun noQuery = ReportRun.of("--jdbc", "jdbc:duckdb:");
        assertThat(noQuery.code()).isEqualTo(2);
        assertThat(noQuery.err()).startsWith("revops-report: --jdbc needs --deals-query, --subscriptions-query or"
                + " both");

        ReportRun otherLayout = ReportRun.of("--jdbc", "jdbc:duckdb:", "--deals-query", "SELECT 1",
                "--preset", "hubspot");
        assertThat(otherLayout.code()).isEqualTo(2);

        ReportRun missingColumn = ReportRun.of("--jdbc", "jdbc:duckdb:", "--deals-query",
                "SELECT 1 AS opportunity_id");
        assertThat(missingColumn.code()).isEqualTo(1);
        assertThat(missingColumn.err()).startsWith("revops-report: deals query: the query failed: ");

        ReportRun noServer = ReportRun.of("--jdbc", "jdbc:postgresql://127.0.0.1:1/crm", "--db-user", "report",
                "--db-password-env", "PATH", "--deals-query", "SELECT 1");
        assertThat(noServer.code()).isEqualTo(1);
        assertThat(noServer.err()).startsWith("revops-report: --jdbc: ").doesNotContain(System.getenv("PATH"));
    }
}
