package io.github.revops.examples;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

/**
 * The report's main entry, run in-process with random and adversarial arguments and files: every run ends with exit
 * code 0 (a report, or the usage), 1 (an input that cannot be read) or 2 (a bad argument), with at most a few lines
 * on standard error, no stack trace and no control character a terminal would act on (issue 16).
 */
@Tag("hostile-input")
class ReportArgumentsHostileInputTest {

    @TempDir
    static Path dir;

    private static final List<String> DEALS = new ArrayList<>();
    private static final List<String> SUBSCRIPTIONS = new ArrayList<>();
    private static final List<String> OTHER = new ArrayList<>();

    @BeforeAll
    static void writeTheFiles() throws IOException {
        String header = "opportunity_id,sales_agent,product,account,deal_stage,engage_date,close_date,close_value";
        DEALS.add(write("deals.csv", header, "D1,Ana,GTX,Acme,Won,2017-01-05,2017-03-01,100",
                "D2,Bo,GTX,Acme,Lost,2017-02-05,2017-05-01,0", "D3,Bo,GTX,,Engaging,2017-04-05,,"));
        DEALS.add(write("far.csv", header, "D1,Ana,GTX,Acme,Won,2017-01-05,9999-12-31,100",
                "D2,Ana,GTX,Acme,Won,1900-01-05,2199-03-01,100"));
        DEALS.add(write("\u001B[31mred\u0007.csv", header, "D1,\"\u001B]0;x\u0007\u202E\",GTX,Acme,Won,2017-01-05,"
                + "2017-03-01,1E+100000000", "D1,Ana,GTX,Acme,Won,2017-01-05,2017-03-01,100"));
        DEALS.add(write("broken.csv", header, "D1,\"Ana,GTX"));
        DEALS.add(write("empty.csv"));
        DEALS.add(write("huge.csv", header, "D1," + "x".repeat(70_000) + ",GTX,Acme,Won,2017-01-05,2017-03-01,1"));
        Path binary = dir.resolve("binary.csv");
        Files.write(binary, new byte[] {(byte) 0xC3, 0x28, 0x00, (byte) 0xFF, '\n', 'a'});
        DEALS.add(binary.toString());
        DEALS.add(dir.resolve("missing.csv").toString());
        DEALS.add(dir.toString());
        String subscriptions = "subscription_id,account_id,start_date,end_date,mrr_amount,billing_frequency,is_trial";
        SUBSCRIPTIONS.add(write("subscriptions.csv", subscriptions, "S-1,A-1,2025-01-01,,100,monthly,FALSE",
                "S-2,A-2,2025-01-01,2025-02-15,50,annual,FALSE"));
        SUBSCRIPTIONS.add(write("bad-subscriptions.csv", subscriptions, "S-1,A-1,2025-01-01,2025-01-01,100,monthly,"
                + "FALSE", "S-1,A-1,+999999999-01-01,,1E+2147483647,weekly,maybe"));
        OTHER.addAll(List.of("--preset", "salesforce", "hubspot", "maven-crm", "pipedrive", "--teams",
                write("teams.csv", "sales_agent,regional_office", "Ana,West", "Bo"), "--period", "2017", "2017-Q5",
                "9999", "+999999999-01-01/+999999999-12-31", "1900-01-01/2200-01-01", "2017-01-01/2016-01-01",
                "x".repeat(10_000), "--pipeline-period", "--recurring-period", "2025-02", "--currency", "usd", "XAU",
                "\u0000", "--strict", "--html=" + dir.resolve("page.html"), "--html=" + dir, dir.toString(), "--colour",
                "--", "-", "\u001B[2J", "--version", "--deals=", "--period=2017-Q3"));
    }

    private static String write(String name, String... lines) throws IOException {
        Path path = dir.resolve(name);
        Files.writeString(path, String.join("\n", lines) + (lines.length == 0 ? "" : "\n"));
        return path.toString();
    }

    /** A deals file, maybe a subscriptions file, then up to five options and values in any order. */
    private static Gen<List<String>> arguments() {
        return integers().between(0, DEALS.size() - 1)
                .zip(integers().between(-1, SUBSCRIPTIONS.size() - 1),
                        lists().of(integers().between(0, OTHER.size() - 1)).ofSizeBetween(0, 5),
                        (d, s, picks) -> {
                            List<String> args = new ArrayList<>(List.of("--deals", DEALS.get(d)));
                            if (s >= 0) {
                                args.addAll(List.of("--subscriptions", SUBSCRIPTIONS.get(s)));
                            }
                            picks.forEach(i -> args.add(OTHER.get(i)));
                            return args;
                        });
    }

    @Test
    void anyArguments_endInAReportOrOneClearMessage() {
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> qt().withExamples(40).withShrinkCycles(20)
                .forAll(arguments()).checkAssert(args -> {
                    ReportRun run = ReportRun.of(args.toArray(String[]::new));
                    String err = run.err().replace("\rreading ", "reading ");
                    assertThat(run.code()).as("%s%n%s", args, err).isBetween(0, 2);
                    assertThat(err).as("%s", args).doesNotContain("\tat ", "Exception in thread", "Caused by");
                    assertThat(run.out().length() + err.length()).isLessThan(200_000);
                    for (String text : List.of(run.out(), err)) {
                        assertThat(text.chars().filter(c -> c < 0x20 && c != '\n' || c >= 0x7F && c <= 0x9F
                                || c >= 0x202A && c <= 0x202E)).as("%s", args).isEmpty();
                    }
                    if (run.code() == 0) {
                        assertThat(run.out()).matches("(?s)(revops report\n|Usage: revops-report|revops report "
                                + "0\\.1\\.0).*");
                    } else {
                        assertThat(err).as("%s", args).contains("revops-report: ");
                        assertThat(err.lines().count()).as("%s", args).isLessThanOrEqualTo(3);
                    }
                }));
    }
}
