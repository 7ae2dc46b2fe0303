package io.github.revops.examples;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report's command line: usage, other files and layouts, periods, currency, strict mode and bad arguments.
 */
class ReportArgumentsTest {

    @TempDir
    Path dir;

    @Test
    void help_listsEveryOption() {
        ReportRun run = ReportRun.of("--help");
        assertThat(run.code()).isZero();
        assertThat(run.out()).startsWith("Usage: revops-report")
                .contains("--deals=FILE", "--preset=NAME", "--teams=FILE", "--subscriptions=FILE", "--period=PERIOD",
                        "--pipeline-period=PERIOD", "--recurring-period=PERIOD", "--currency=CODE", "--strict",
                        "--html=FILE", "-h, --help", "(default: maven-crm)", "(default: USD)");
    }

    @Test
    void aSalesforceReport_inEuros_forOneQuarter() throws IOException {
        // a Salesforce "Details Only" export: US dates, amounts with grouping, the footer after blank rows ("")
        Path file = dir.resolve("opportunities.csv");
        Files.writeString(file, String.join("\n",
                "\"Opportunity Owner\",\"Account Name\",\"Opportunity ID\",\"Stage\",\"Amount\",\"Created Date\","
                        + "\"Close Date\"",
                "\"Ana\",\"Acme\",\"006A\",\"Closed Won\",\"1,000.00\",\"6/1/2025\",\"7/11/2025\"",
                "\"Ana\",\"Globex\",\"006B\",\"Closed Lost\",\"500.00\",\"6/15/2025\",\"8/4/2025\"",
                "\"Bo\",\"Initech\",\"006C\",\"Closed Won\",\"3,000.00\",\"7/1/2025\",\"9/30/2025\"",
                "\"Bo\",\"Hooli\",\"006D\",\"Negotiation/Review\",\"2,000.00\",\"8/1/2025\",\"12/1/2025\"",
                "\"\"",
                "\"\"",
                "\"Opportunities report\"",
                "\"Copyright (c) 2000-2025 salesforce.com, inc. All rights reserved.\"", ""));
        ReportRun run = ReportRun.of("--deals", file.toString(), "--preset", "salesforce", "--currency", "eur",
                "--period", "2025-Q3");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("Deals: opportunities.csv (salesforce layout), 4 rows: 4 deals")
                .contains("== Pipeline, 2025-Q3 (2025-07-01 to 2025-09-30), EUR ==")
                .doesNotContain("Recurring revenue").doesNotContain("Per regional office");
        // by hand: 2 won (cycles 40 and 91 days, EUR 4,000.00), 1 lost: win rate 2/3 = 66.7 %, mean cycle 65.5,
        // median 65.5, p90 (type 7) 40 + 0.9 x 51 = 85.9; 1 deal open on 2025-10-01 (006D);
        // velocity 1 x 2,000.00 x 2/3 / 65.5 = EUR 20.36 a day
        assertThat(run.row("Per quarter", "2025-Q3")).containsExactly("2025-Q3", "2", "1", "66.7", "65.5", "65.5",
                "85.9", "1", "2,000.00", "20.36");
        assertThat(run.row("Per sales agent", "Ana")).containsExactly("Ana", "1", "1", "50.0", "40.0", "40.0",
                "40.0", "0", "1,000.00", "0.00");
    }

    @Test
    void subscriptionsAlone_giveOnlyTheRecurringSection_forTheAskedPeriod() throws IOException {
        Path file = dir.resolve("subscriptions.csv");
        Files.writeString(file, String.join("\n",
                "subscription_id,account_id,start_date,end_date,mrr_amount,billing_frequency,is_trial",
                "S-1,A-1,2025-01-01,,100,annual,FALSE",
                "S-2,A-2,2025-01-01,2025-02-15,50,monthly,FALSE",
                "S-3,A-1,2025-02-10,,30,monthly,FALSE",
                "S-4,A-3,2025-02-01,,0,monthly,TRUE", ""));
        ReportRun run = ReportRun.of("--subscriptions", file.toString(), "--recurring-period", "2025-02");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).doesNotContain("Pipeline").contains("== Recurring revenue, 2025-02 (2025-02-01 to"
                + " 2025-02-28), USD ==");
        // by hand: January ends at 150 (A-1 100, A-2 50); February: A-1 expands by 30, A-2 churns 50 -> 130;
        // the trial A-3 pays nothing
        assertThat(run.row("MRR bridge per month (customers moving)", "2025-02")).containsExactly("2025-02",
                "150.00", "0.00 (0)", "30.00 (1)", "0.00 (0)", "0.00 (0)", "50.00 (1)", "130.00");
        // logo churn 1/2; gross MRR churn 50/150; net (50 - 30)/150; NRR 130/150; GRR 100/150; quick 30/50
        assertThat(run.row("Churn and retention", "2025-02")).containsExactly("2025-02", "2", "1", "50.0", "33.3",
                "13.3", "86.7", "66.7", "0.60");
    }

    @Test
    void strictMode_stopsAtTheFirstBadRow_namingIt() throws IOException {
        Path file = dir.resolve("ravenstack_subscriptions.csv");
        try (InputStream in = BundledData.open(BundledData.RAVENSTACK_SUBSCRIPTIONS)) {
            Files.copy(in, file);
        }
        ReportRun run = ReportRun.of("--subscriptions", file.toString(), "--strict");
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("revops-report: ravenstack_subscriptions.csv line 171, column 'end_date',"
                + " value '2024-12-31': subscription 'S-4f0027': endDate (2024-12-31) must be after startDate"
                + " (2024-12-31)");
    }

    @Test
    void aMissingFile_isAnErrorNotAStackTrace() {
        ReportRun run = ReportRun.of("--deals", dir.resolve("nope.csv").toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).startsWith("revops-report: cannot open ").contains("nope.csv");
    }

    @Test
    void badArguments_areUsageErrors() {
        ReportRun preset = ReportRun.of("--preset", "pipedrive");
        assertThat(preset.code()).isEqualTo(2);
        assertThat(preset.err()).contains("preset ('pipedrive') must be salesforce, hubspot or maven-crm");
        ReportRun period = ReportRun.of("--period", "2017-Q5");
        assertThat(period.code()).isEqualTo(2);
        assertThat(period.err()).contains("period '2017-Q5': quarter (5) must be 1 to 4");
        ReportRun currency = ReportRun.of("--currency", "XYZ");
        assertThat(currency.code()).isEqualTo(2);
        assertThat(currency.err()).contains("XYZ");
        ReportRun unknown = ReportRun.of("--colour");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("Unknown option: '--colour'");
    }

    @Test
    void aPeriodForBothSections() {
        ReportRun run = ReportRun.of("--period", "2017-Q3");
        assertThat(run.code()).isZero();
        assertThat(run.row("Per quarter", "2017-Q3")).isEqualTo(ReportRun.of().row("Per quarter", "2017-Q3"));
        // the subscriptions start in 2023: nothing is paying in 2017, and the report says so with zeros and '-'
        assertThat(run.row("Churn and retention", "2017-09")).containsExactly("2017-09", "0", "0", "-", "-", "-",
                "-", "-", "-");
    }
}
