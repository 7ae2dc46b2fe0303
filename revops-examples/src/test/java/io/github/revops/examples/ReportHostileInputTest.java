package io.github.revops.examples;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * The report on hostile files and arguments (issue 16, items 2, 3, 4 and 7): it ends within seconds with a bounded
 * report or one clear line on standard error, never a stall, a stack trace or a control character on the terminal.
 */
@Tag("hostile-input")
class ReportHostileInputTest {

    private static final Duration BOUND = Duration.ofSeconds(10);
    private static final String DEALS_HEADER = "opportunity_id,sales_agent,product,account,deal_stage,engage_date,"
            + "close_date,close_value";
    private static final String SUBSCRIPTIONS_HEADER = "subscription_id,account_id,start_date,end_date,mrr_amount,"
            + "billing_frequency,is_trial";

    @TempDir
    Path dir;

    private Path file(String name, String... lines) throws IOException {
        Path path = dir.resolve(name);
        Files.writeString(path, String.join("\n", lines) + "\n");
        return path;
    }

    private static ReportRun run(String... args) {
        return assertTimeoutPreemptively(BOUND, () -> ReportRun.of(args));
    }

    /** Nothing a terminal would act on: no control character but the line feed, no bidi control. */
    private static void assertTerminalSafe(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            assertThat(c < 0x20 && c != '\n' || c >= 0x7F && c <= 0x9F || c >= '\u202A' && c <= '\u202E')
                    .as("character U+%04X at %d", (int) c, i).isFalse();
        }
    }

    @Test
    void aFarFutureCloseDate_isSetAside_andTheReportStaysShort() throws IOException {
        Path deals = file("deals.csv", DEALS_HEADER,
                "D1,Ana,GTX,Acme,Won,2017-01-05,2017-03-01,100",
                "D2,Ana,GTX,Acme,Won,2017-01-05,9999-12-31,100",
                "D3,Ana,GTX,Acme,Won,2017-01-05,+999999999-12-31,100");
        ReportRun run = run("--deals", deals.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("3 rows: 1 deals, 2 bad rows set aside")
                .contains("line 3, column 'close_date', value '9999-12-31': is outside the years 1900 to 2199")
                .contains("== Pipeline, 2017 (2017-01-01 to 2017-12-31), USD ==");
        assertThat(run.out().lines().count()).isLessThan(60);
        ReportRun strict = run("--deals", deals.toString(), "--strict");
        assertThat(strict.code()).isEqualTo(1);
        assertThat(strict.err()).contains("revops-report: deals.csv line 3, column 'close_date', value"
                + " '9999-12-31': is outside the years 1900 to 2199 a date may have (set yearRange on the reader to"
                + " accept it)\n").doesNotContain("\tat ");
    }

    @Test
    void closeDatesCenturiesApart_giveABoundedQuarterTable_thatSaysWhatItLeftOut() throws IOException {
        List<String> lines = new ArrayList<>(List.of(DEALS_HEADER));
        for (int year = 1900; year <= 2199; year += 3) {
            lines.add("D" + year + ",Ana,GTX,Acme,Won," + year + "-01-05," + year + "-03-01,100");
        }
        ReportRun run = run("--deals", file("deals.csv", lines.toArray(String[]::new)).toString());
        assertThat(run.code()).as(run.err()).isZero();
        List<String> quarters = run.table("Per quarter");
        assertThat(quarters).hasSize(2 + 40 + 2 + 1);   // header, rule, 40 quarters, rule, total, the note
        assertThat(quarters.get(2)).startsWith("2080-Q1");   // the 40 latest with a close: 2080, 2083, ..., 2197
        assertThat(quarters.get(41)).startsWith("2197-Q1");
        // the default range: the calendar years of the close dates, 1900 to 2197, 1,192 quarters
        assertThat(run.row("Per quarter", "1900-01-01/2198-01-01")).startsWith("1900-01-01/2198-01-01", "100", "0");
        assertThat(run.out()).contains("Not shown: 1,152 of the range's 1,192 quarters; the table lists at most 40,"
                + " the latest in which a deal closed (the total covers them all).");
    }

    @Test
    void periodArguments_outsideTheAcceptedYears_orTooLong_areUsageErrors() throws IOException {
        Path subscriptions = file("subscriptions.csv", SUBSCRIPTIONS_HEADER, "S-1,A-1,2025-01-01,,100,monthly,FALSE");
        ReportRun far = run("--subscriptions", subscriptions.toString(), "--period", "0001-01-01/9999-12-31");
        assertThat(far.code()).isEqualTo(2);
        assertThat(far.err()).startsWith("revops-report: Invalid value for option '--period': period"
                + " ('0001-01-01/9999-12-31') must lie within the years 1900 to 2199");
        ReportRun year = run("--subscriptions", subscriptions.toString(), "--recurring-period", "+999999999-01-01/"
                + "+999999999-12-31");
        assertThat(year.code()).isEqualTo(2);
        ReportRun longRange = run("--subscriptions", subscriptions.toString(), "--recurring-period",
                "1900-01-01/2200-01-01");
        assertThat(longRange.code()).isEqualTo(2);
        assertThat(longRange.err()).startsWith("revops-report: --recurring-period (1900-01-01/2200-01-01) spans 3600"
                + " months; the recurring revenue section shows at most 120 months");
        assertThat(longRange.out()).isEmpty();
    }

    @Test
    void controlCharacters_inNamesAndValues_areEscapedOnTheTerminalAndThePage() throws Exception {
        Path deals = file("deals.csv", DEALS_HEADER,
                "D1,\"\u001B]0;pwned\u0007A\rna\",GTX,Acme,Won,2017-01-05,2017-03-01,100",
                "D2,Bo\u202Eevil,GTX,Acme,Won,2017-01-05,2017-03-01,100",
                "D3,Cy,GTX,Acme,\u001B[2JWon,2017-01-05,2017-03-01,100");
        Path html = dir.resolve("report.html");
        ReportRun run = run("--deals", deals.toString(), "--html", html.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertTerminalSafe(run.out());
        assertTerminalSafe(run.err().replace("\rreading ", "reading "));   // the progress line's own return
        assertThat(run.out()).contains("\\u001B]0;pwned\\u0007A\\u000Dna", "Bo\\u202Eevil",
                "value '\\u001B[2JWon': unknown stage label");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document page = factory.newDocumentBuilder().parse(html.toFile());   // throws if not well-formed XML
        assertThat(page.getElementsByTagNameNS("*", "pre").item(0).getTextContent()).isEqualTo(run.out());
    }

    @Test
    void hugeValues_andManyAgents_keepTheReportShort() throws IOException {
        List<String> lines = new ArrayList<>(List.of(DEALS_HEADER));
        lines.add("D0," + "N".repeat(60_000) + ",GTX,Acme,Won,2017-01-05,2017-03-01,100");
        lines.add("D0b," + "N".repeat(60_000) + ",GTX,Acme,Won,2017-01-05,2017-03-01,100");   // the most closed
        for (int i = 1; i <= 150; i++) {
            lines.add("D" + i + ",Agent " + i + ",GTX,Acme," + (i % 2 == 0 ? "Won" : "Lost") + ",2017-01-05,"
                    + "2017-03-01," + (i % 2 == 0 ? "100" : "0"));
        }
        for (int i = 0; i < 2_000; i++) {
            lines.add("B" + i + ",Ana,GTX,Acme,Won,2017-01-05,2017-03-01," + "9".repeat(50) + "x");
        }
        ReportRun run = run("--deals", file("deals.csv", lines.toArray(String[]::new)).toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out().lines().mapToInt(String::length).max().orElse(0)).isLessThan(400);
        assertThat(run.table("Per sales agent")).hasSize(2 + 100 + 2 + 1);   // with the note under the total
        assertThat(run.out()).contains("2,000 bad rows set aside", "  ... and 1,997 more",
                "Not shown: 51 more sales agents with fewer deals closed; the table lists the 100 with the most",
                "N".repeat(57) + "...");
    }

    @Test
    void aMalformedTeamsFile_namesTheFileAndTheLine() throws IOException {
        Path deals = file("deals.csv", DEALS_HEADER, "D1,Ana,GTX,Acme,Won,2017-01-05,2017-03-01,100");
        ReportRun short_ = run("--deals", deals.toString(), "--teams",
                file("teams.csv", "sales_agent,regional_office", "Ana,West", "Bo").toString());
        assertThat(short_.code()).isEqualTo(1);
        assertThat(short_.err()).contains("revops-report: teams.csv line 3: the row has 1 values, the header has"
                + " 2\n");
        ReportRun quoting = run("--deals", deals.toString(), "--teams",
                file("teams.csv", "sales_agent,regional_office", "Ana,West", "\"Bo,East").toString());
        assertThat(quoting.code()).isEqualTo(1);
        assertThat(quoting.err()).contains("revops-report: teams.csv line 3: not a valid CSV file (");
        ReportRun header = run("--deals", deals.toString(), "--teams",
                file("teams.csv", "sales_agent,sales_agent,regional_office", "Ana,Ana,West").toString());
        assertThat(header.code()).isEqualTo(1);
        assertThat(header.err()).contains("revops-report: teams.csv line 1: column 'sales_agent' appears more than"
                + " once in the header\n");
        assertThat(List.of(short_.err(), quoting.err(), header.err())).allSatisfy(err ->
                assertThat(err).doesNotContain("\tat ", "Exception"));
    }
}
