package io.github.revops.examples;

import io.github.revops.domain.Deal;
import io.github.revops.domain.Subscription;
import io.github.revops.math.Rational;
import io.github.revops.money.ExactMoney;
import io.github.revops.pipeline.PipelineVelocity;
import io.github.revops.pipeline.SalesCycle;
import io.github.revops.pipeline.WinRate;
import io.github.revops.recurring.CohortTable;
import io.github.revops.recurring.MrrBridge;
import io.github.revops.recurring.RecurringRevenue;
import io.github.revops.result.Ratio;
import io.github.revops.time.Granularity;
import io.github.revops.time.Period;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report on the bundled data, checked line by line against figures derived without the report's code: the
 * library's results computed here and formatted with plain {@code BigDecimal} arithmetic, plain loops over the CSV
 * rows, and the python3 figures of revops-core's CrmDataSetTest and RavenStackMrrTest (csv.DictReader and
 * fractions.Fraction over the same files; quoted in the comments).
 */
class ReportGoldenOutputTest {

    private static final Period YEAR_2017 = Period.year(2017);
    private static final Period YEAR_2024 = Period.year(2024);

    private static ReportRun run;
    private static List<Deal> deals;
    private static List<Subscription> subscriptions;

    @BeforeAll
    static void runTheReport() {
        run = ReportRun.of();
        deals = BundledData.crmDeals();
        subscriptions = BundledData.ravenStackSubscriptions();
    }

    @Test
    void itRunsAndSaysWhatItRead() {
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("Deals: sales_pipeline.csv (maven-crm layout), 8,800 rows: 8,300 deals,"
                + " 500 skipped (engage_date is blank");
        assertThat(run.out()).contains("Subscriptions: ravenstack_subscriptions.csv, 5,000 rows: 4,987 subscriptions,"
                + " 13 bad rows set aside");
        assertThat(run.out()).contains("  line 171, column 'end_date', value '2024-12-31': subscription 'S-4f0027':");
        assertThat(run.out()).contains("  ... and 10 more");
        // progress lines go to standard error, never into the report
        assertThat(run.err()).contains("reading sales_pipeline.csv: 8,800 rows")
                .contains("reading ravenstack_subscriptions.csv: 5,000 rows");
        assertThat(run.out()).doesNotContain("reading ");
    }

    @Test
    void pipelinePerQuarter_equalsTheLibraryAndThePythonFigures() {
        String table = "Per quarter";
        List<Period> quarters = YEAR_2017.split(Granularity.QUARTER);
        for (int q = 0; q < 4; q++) {
            Period quarter = quarters.get(q);
            assertThat(run.row(table, "2017-Q" + (q + 1))).containsExactlyElementsOf(
                    pipelineCells("2017-Q" + (q + 1), quarter));
        }
        assertThat(run.row(table, "2017")).containsExactlyElementsOf(pipelineCells("2017", YEAR_2017));
        // python3 (CrmDataSetTest): Q3 1257 won, 790 lost, 1257/2047 = 61.4 %, mean cycle 61363/1257 = 48.8,
        // median 49, 2409 open at 2017-10-01, average won deal 2,982,255 / 1257 = 2,372.52, velocity 71,893.96
        assertThat(run.row(table, "2017-Q3")).containsExactly("2017-Q3", "1,257", "790", "61.4", "48.8", "49.0",
                "103.0", "2,409", "2,372.52", "71,893.96");
        // python3: 2017 4238 won, 2473 lost: 4238/6711 = 63.15 %; mean 109726/2119 = 51.8 days; median 57
        assertThat(run.row(table, "2017").subList(0, 6)).containsExactly("2017", "4,238", "2,473", "63.2", "51.8",
                "57.0");
    }

    @Test
    void pipelinePerAgent_equalsAPlainLoopOverTheCsv() throws IOException {
        Map<String, long[]> wonLost = new TreeMap<>();
        try (BufferedReader in = csv(BundledData.CRM_DEALS)) {
            in.readLine();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] r = line.split(",", -1);   // opportunity_id,sales_agent,...,deal_stage,engage,close,value
                long[] counts = wonLost.computeIfAbsent(r[1], a -> new long[2]);
                if (r[4].equals("Won")) {
                    counts[0]++;
                } else if (r[4].equals("Lost")) {
                    counts[1]++;
                }
            }
        }
        assertThat(wonLost).hasSize(30);
        for (Map.Entry<String, long[]> agent : wonLost.entrySet()) {
            long won = agent.getValue()[0];
            long lost = agent.getValue()[1];
            List<String> row = run.row("Per sales agent", agent.getKey());
            assertThat(row.subList(1, 4)).as(agent.getKey()).containsExactly(grouped(won), grouped(lost),
                    percent(Rational.of(won, won + lost)));
            assertThat(row).containsExactlyElementsOf(pipelineCells(agent.getKey(), YEAR_2017,
                    deals.stream().filter(d -> d.owner().equals(agent.getKey())).toList()));
        }
    }

    @Test
    void pipelinePerOffice_joinsTheSalesTeams() throws IOException {
        Map<String, String> office = new HashMap<>();
        try (BufferedReader in = csv(BundledData.CRM_TEAMS)) {
            in.readLine();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] r = line.split(",", -1);
                office.put(r[0], r[2]);
            }
        }
        for (String name : List.of("Central", "East", "West")) {
            List<Deal> ofOffice = deals.stream().filter(d -> office.get(d.owner()).equals(name)).toList();
            assertThat(run.row("Per regional office", name))
                    .containsExactlyElementsOf(pipelineCells(name, YEAR_2017, ofOffice));
        }
        // python3 (CrmDataSetTest, Q3 only): Central 494/805; the offices add up to the whole year here
        assertThat(run.row("Per regional office", "2017")).isEqualTo(run.row("Per quarter", "2017"));
    }

    @Test
    void stageConversion_isNotInvented() {
        assertThat(run.out()).contains("Stage conversion: not shown. The deals carry no stage history beyond their"
                + " creation and their outcome");
        assertThat(run.out()).doesNotContain("Stage conversion (");
    }

    @Test
    void monthEndMrr_equalsThePythonFigures() {
        // python3 (RavenStackMrrTest): MRR in dollars and paying accounts at each 2024 month end, and 1,262,113 on
        // 2023-12-31 (185 accounts)
        long[] mrr = {1_522_685, 1_873_778, 2_276_266, 2_707_236, 3_316_249, 3_833_405, 4_513_192, 5_120_881,
            6_035_345, 7_098_896, 8_460_824, 10_159_608};
        long[] accounts = {206, 225, 250, 274, 302, 333, 360, 384, 414, 437, 474, 500};
        String table = "MRR and ARR at month ends";
        assertThat(run.row(table, "2023-12-31").subList(0, 4)).containsExactly("2023-12-31", "1,262,113.00",
                "15,145,356.00", "185");
        for (int m = 0; m < 12; m++) {
            LocalDate end = YEAR_2024.split(Granularity.MONTH).get(m).lastDay();
            BigDecimal arpa = BigDecimal.valueOf(mrr[m]).divide(BigDecimal.valueOf(accounts[m]), 2,
                    RoundingMode.HALF_EVEN);
            assertThat(run.row(table, end.toString())).containsExactly(end.toString(), money(mrr[m]),
                    money(12 * mrr[m]), grouped(accounts[m]), grouped(arpa));
        }
    }

    @Test
    void mrrBridge_equalsTheLibraryAndThePythonFigures() {
        List<MrrBridge> months = MrrBridge.series(subscriptions, YEAR_2024, Granularity.MONTH).values();
        String table = "MRR bridge per month (customers moving)";
        for (MrrBridge b : months) {
            String label = b.period().start().toString().substring(0, 7);
            assertThat(run.row(table, label)).containsExactly(label, money(b.startMrr()), moved(b.newBusiness()),
                    moved(b.expansion()), moved(b.reactivation()), moved(b.contraction()), moved(b.churn()),
                    money(b.endMrr()));
        }
        // python3 (RavenStackMrrTest): December: new 26 for 496,667, expansion 255 for 1,365,101, contraction 36
        // for 162,984; September: churn 1 for 5,771
        assertThat(run.row(table, "2024-12")).containsExactly("2024-12", "8,460,824.00", "496,667.00 (26)",
                "1,365,101.00 (255)", "0.00 (0)", "162,984.00 (36)", "0.00 (0)", "10,159,608.00");
        assertThat(run.row(table, "2024-09").get(6)).isEqualTo("5,771.00 (1)");
    }

    @Test
    void mrrBridge_yearRow_isTheSumOfTheMonthsPrintedAboveIt() {
        String table = "MRR bridge per month (customers moving)";
        // a plain loop over the twelve printed month rows: each movement's amount and count added up
        BigDecimal[] amounts = new BigDecimal[5];
        long[] counts = new long[5];
        java.util.Arrays.fill(amounts, BigDecimal.ZERO);
        for (Period month : YEAR_2024.split(Granularity.MONTH)) {
            List<String> row = run.row(table, month.start().toString().substring(0, 7));
            for (int m = 0; m < 5; m++) {
                String cell = row.get(m + 2);
                amounts[m] = amounts[m].add(number(cell.substring(0, cell.indexOf(" ("))));
                counts[m] += Long.parseLong(cell.substring(cell.indexOf('(') + 1, cell.indexOf(')')).replace(",", ""));
            }
        }
        List<String> year = run.row(table, "2024 sum of months");
        assertThat(year.get(1)).isEqualTo("1,262,113.00");                   // MRR on 2023-12-31
        for (int m = 0; m < 5; m++) {
            assertThat(year.get(m + 2)).isEqualTo(grouped(amounts[m]) + " (" + grouped(counts[m]) + ")");
        }
        assertThat(year.get(7)).isEqualTo("10,159,608.00");                   // MRR on 2024-12-31
        // the figure: new MRR summed over the months is 2,005,808, not the start-versus-end 6,446,243
        assertThat(year.get(2)).startsWith("2,005,808.00 (");
        // the bridge still holds: start + new + expansion + reactivation - contraction - churn = end
        assertThat(number(year.get(1)).add(amounts[0]).add(amounts[1]).add(amounts[2]).subtract(amounts[3])
                .subtract(amounts[4])).isEqualByComparingTo(number(year.get(7)));
    }

    @Test
    void mrrBridge_startVersusEnd_isTheLibrarysBridgeOfTheYear_labelledSo() {
        MrrBridge year = RecurringRevenue.of(subscriptions).movements(YEAR_2024);
        String table = "MRR bridge, 2024 start vs end (each customer on 2023-12-31 against 2024-12-31)";
        assertThat(run.row(table, "2024 start vs end")).containsExactly("2024 start vs end", money(year.startMrr()),
                moved(year.newBusiness()), moved(year.expansion()), moved(year.reactivation()),
                moved(year.contraction()), moved(year.churn()), money(year.endMrr()));
        assertThat(run.row(table, "2024 start vs end").get(2)).isEqualTo("6,446,243.00 (314)");
        assertThat(run.out()).contains("The whole range, two ways:\n"
                + "  2024 sum of months: the monthly movements added up; a customer counts in each month it moves.\n"
                + "  2024 start vs end: each customer's MRR on 2023-12-31 against 2024-12-31; changes in between"
                + " cancel out.\n");
    }

    @Test
    void arrBridge_isTwelveTimesTheSumOfTheMonths() {
        List<MrrBridge> months = MrrBridge.series(subscriptions, YEAR_2024, Granularity.MONTH).values();
        ExactMoney newMrr = ExactMoney.zero(months.get(0).currency());
        ExactMoney expansion = newMrr;
        ExactMoney contraction = newMrr;
        ExactMoney churn = newMrr;
        for (MrrBridge b : months) {
            newMrr = newMrr.plus(b.newBusiness().mrr());
            expansion = expansion.plus(b.expansion().mrr());
            contraction = contraction.plus(b.contraction().mrr());
            churn = churn.plus(b.churn().mrr());
        }
        String table = "ARR bridge, 2024 (12 x the MRR bridge's 2024 sum of months)";
        assertThat(run.row(table, "ARR 2023-12-31")).containsExactly("ARR 2023-12-31", "15,145,356.00");
        assertThat(run.row(table, "New").get(1)).isEqualTo(money(newMrr.multipliedBy(twelve())))
                .isEqualTo("24,069,696.00");                                  // 12 x 2,005,808
        assertThat(run.row(table, "Expansion").get(1)).isEqualTo(money(expansion.multipliedBy(twelve())));
        assertThat(run.row(table, "Contraction").get(1))
                .isEqualTo("-" + money(contraction.multipliedBy(twelve())));
        assertThat(run.row(table, "Churn").get(1)).isEqualTo("-" + money(churn.multipliedBy(twelve())))
                .isEqualTo("-69,252.00");                                     // 12 x 5,771, September
        assertThat(run.row(table, "ARR 2024-12-31")).containsExactly("ARR 2024-12-31", "121,915,296.00");
        // the bars add up: start + new + expansion + reactivation - contraction - churn = end
        List<String> lines = run.table(table);
        BigDecimal sum = BigDecimal.ZERO;
        for (String line : lines.subList(2, lines.size() - 1)) {
            sum = sum.add(number(line.substring(line.lastIndexOf("  ")).strip()));
        }
        assertThat(sum).isEqualByComparingTo("121915296.00");
    }

    @Test
    void churnAndRetention_equalTheLibrary() {
        RecurringRevenue revenue = RecurringRevenue.of(subscriptions);
        MrrBridge year = revenue.movements(YEAR_2024);
        List<String> row = run.row("Churn and retention", "2024 start vs end");
        assertThat(row).containsExactly("2024 start vs end", "185", "0", "0.0", percent(year.grossMrrChurn()),
                percent(year.netMrrChurn()), percent(year.nrr()), percent(year.grr()),
                grouped(year.quickRatio().exactValue().orElseThrow().toBigDecimal(2, RoundingMode.HALF_EVEN)));
        // python3 (RavenStackMrrTest): one account churned in September 2024, of 384 paying on 2024-08-31
        assertThat(run.row("Churn and retention", "2024-09").subList(0, 4))
                .containsExactly("2024-09", "384", "1", percent(Rational.of(1, 384)));
    }

    @Test
    void trialConversion_equalsThePythonFigures() {
        // python3 (revops-core's RavenStackTrialConversionTest): trials ended in 2024, 61 of 75 paid by their end,
        // 1,697 days over 61, median 16, 181,678 dollars; trials started in 2024, 577 of 667 paid since, 15,688
        // days over 577, median 15, 1,728,239 dollars
        String table = "Trial-to-paid conversion (docs/metrics.md#trial-to-paid-conversion)";
        assertThat(run.row(table, "ended, paid by trial end")).containsExactly("ended, paid by trial end", "75",
                "61", percent(Rational.of(61, 75)), days(Rational.of(1_697, 61)), "16.0", money(181_678),
                money(ExactMoney.of(io.github.revops.money.Money.ofMinor("USD", 18_167_800))
                        .multipliedBy(Rational.of(1, 61))));
        assertThat(run.row(table, "started, paid since")).containsExactly("started, paid since", "667", "577",
                percent(Rational.of(577, 667)), days(Rational.of(15_688, 577)), "15.0", money(1_728_239),
                money(ExactMoney.of(io.github.revops.money.Money.ofMinor("USD", 172_823_900))
                        .multipliedBy(Rational.of(1, 577))));
    }

    @Test
    void cohortRetention_equalsTheLibrary() {
        CohortTable cohorts = RecurringRevenue.of(subscriptions).cohorts(YEAR_2024, Granularity.MONTH);
        String logo = "Logo retention % of the customers acquired in each month, by months since acquisition";
        String net = "Net MRR retention % of the customers acquired in each month, by months since acquisition";
        assertThat(cohorts.cohorts()).hasSize(12);
        for (CohortTable.Cohort c : cohorts.cohorts()) {
            String label = c.acquired().start().toString().substring(0, 7);
            List<String> logoCells = new ArrayList<>(List.of(label, grouped(c.customers())));
            List<String> netCells = new ArrayList<>(List.of(label, grouped(c.customers())));
            for (int k = 0; k < c.cells().size(); k++) {
                logoCells.add(percent(c.logoRetention(k)));
                netCells.add(percent(c.netMrrRetention(k)));
            }
            assertThat(run.row(logo, label)).containsExactlyElementsOf(logoCells);
            assertThat(run.row(net, label)).containsExactlyElementsOf(netCells);
        }
        // January's 22 customers: 21 still paying on 2024-01-31
        assertThat(run.row(logo, "2024-01").subList(0, 3)).containsExactly("2024-01", "22", "95.5");
    }

    @Test
    void readmeExcerpt_isWhatTheReportPrints() throws IOException {
        String readme = java.nio.file.Files.readString(java.nio.file.Path.of("../README.md"), StandardCharsets.UTF_8);
        String excerpt = readme.substring(readme.indexOf("<!-- report-excerpt -->"),
                readme.indexOf("<!-- /report-excerpt -->"));
        List<String> lines = excerpt.lines().filter(l -> !l.isBlank() && !l.startsWith("<!--")
                && !l.startsWith("```")).toList();
        assertThat(lines).hasSizeGreaterThan(20);
        assertThat(run.out().lines().toList()).containsAll(lines);
    }

    /** The cells of a pipeline table row, formatted here from the library's results. */
    private static List<String> pipelineCells(String label, Period period) {
        return pipelineCells(label, period, deals);
    }

    private static List<String> pipelineCells(String label, Period period, List<Deal> group) {
        WinRate rate = WinRate.of(group, period);
        SalesCycle cycle = SalesCycle.of(group, period);
        PipelineVelocity velocity = PipelineVelocity.of(group, period);
        return List.of(label, grouped(rate.closedWon().count()), grouped(rate.closedLost().count()),
                percent(rate.byCount()), days(cycle.mean().orElseThrow()), days(cycle.median().orElseThrow()),
                days(cycle.percentile(90).orElseThrow()), grouped(velocity.opportunities()),
                grouped(velocity.averageWonDealSize().orElseThrow().mean().orElseThrow().minorUnits().divide(Rational.of(100))
                        .toBigDecimal(2, RoundingMode.HALF_EVEN)),
                money(velocity.value().orElseThrow()));
    }

    private static BufferedReader csv(String name) {
        return new BufferedReader(new InputStreamReader(BundledData.open(name), StandardCharsets.UTF_8));
    }

    private static Rational twelve() {
        return Rational.of(12);
    }

    private static String moved(io.github.revops.recurring.Movement m) {
        return money(m.mrr()) + " (" + grouped(m.count()) + ")";
    }

    static String percent(Ratio ratio) {
        return percent(ratio.exactValue().orElseThrow());
    }

    static String percent(Rational value) {
        return grouped(value.multiply(Rational.of(100)).toBigDecimal(1, RoundingMode.HALF_EVEN));
    }

    static String days(Rational days) {
        return grouped(days.toBigDecimal(1, RoundingMode.HALF_EVEN));
    }

    static String money(ExactMoney amount) {
        return grouped(amount.minorUnits().divide(Rational.of(100)).toBigDecimal(2, RoundingMode.HALF_EVEN));
    }

    static String money(long dollars) {
        return grouped(BigDecimal.valueOf(dollars).setScale(2));
    }

    static String grouped(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    static String grouped(BigDecimal value) {
        return String.format(Locale.ROOT, "%,." + value.scale() + "f", value);
    }

    static BigDecimal number(String cell) {
        return new BigDecimal(cell.replace(",", ""));
    }
}
