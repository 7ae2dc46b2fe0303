package io.github.revops.examples.report;

import io.github.revops.csv.CsvImportSummary;
import io.github.revops.csv.RejectedRow;
import io.github.revops.pipeline.StageConversion;
import io.github.revops.pipeline.StageStats;
import io.github.revops.recurring.CohortTable;
import io.github.revops.recurring.LogoChurn;
import io.github.revops.recurring.MrrBridge;
import io.github.revops.recurring.MrrSnapshot;
import io.github.revops.recurring.TrialCohort;
import io.github.revops.recurring.TrialConversion;
import io.github.revops.result.Ratio;
import io.github.revops.time.Period;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import static io.github.revops.examples.report.TextTable.count;
import static io.github.revops.examples.report.TextTable.number;
import static io.github.revops.examples.report.TextTable.text;

/**
 * Renders the report as aligned terminal tables.
 */
public final class TextReport {

    /** How many rejected rows the report lists before it only counts them. */
    public static final int REJECTED_LISTED = 3;
    /** The most characters of a rejected row or a reason the report prints. */
    public static final int REASON_SHOWN = 300;

    private TextReport() {
    }

    /**
     * Renders the whole report.
     *
     * @param figures  the figures, not null
     * @return the text, never null
     */
    public static String render(ReportFigures figures) {
        StringBuilder out = new StringBuilder();
        out.append("revops report\n\n");
        figures.input().deals().ifPresent(d -> out.append(imported("Deals", d.summary(),
                " (" + figures.preset().argument() + " layout)", "deals")));
        figures.input().teams().ifPresent(t -> out.append("Sales teams: ").append(t.agents())
                .append(" agents with their regional office\n"));
        figures.input().subscriptions().ifPresent(s -> out.append(imported("Subscriptions", s.summary(), "",
                "subscriptions")));
        out.append("Figures are exact until printed, then rounded half-even once; '-' marks an undefined figure"
                + " (nothing to divide by).\n");
        figures.pipeline().ifPresent(p -> out.append(pipeline(p)));
        figures.recurring().ifPresent(r -> out.append(recurring(r)));
        return out.toString();
    }

    private static String imported(String what, CsvImportSummary summary, String layout, String records) {
        StringBuilder out = new StringBuilder(what).append(": ").append(DisplayText.escape(summary.source()))
                .append(layout).append(", ").append(grouped(summary.rowsRead())).append(" rows: ")
                .append(grouped(summary.accepted())).append(' ').append(records);
        Map<String, Long> skipped = new TreeMap<>();
        summary.skipped().forEach(row -> skipped.merge(row.column() + " " + row.reason(), 1L, Long::sum));
        skipped.forEach((reason, n) -> out.append(", ").append(grouped(n)).append(" skipped (")
                .append(DisplayText.bounded(reason, REASON_SHOWN)).append(')'));
        if (summary.skippedNotListed() > 0) {
            out.append(", ").append(grouped(summary.skippedNotListed())).append(" more skipped");
        }
        if (summary.rejectedCount() > 0) {
            out.append(", ").append(grouped(summary.rejectedCount())).append(" bad rows set aside");
        }
        out.append('\n');
        List<RejectedRow> rejected = summary.rejected();
        for (int i = 0; i < Math.min(REJECTED_LISTED, rejected.size()); i++) {
            out.append("  ").append(DisplayText.bounded(rejected.get(i).toString(), REASON_SHOWN)).append('\n');
        }
        if (summary.rejectedCount() > REJECTED_LISTED) {
            out.append("  ... and ").append(grouped(summary.rejectedCount() - REJECTED_LISTED)).append(" more\n");
        }
        return out.toString();
    }

    /**
     * Renders the pipeline section.
     *
     * @param p  the figures, not null
     * @return the text, never null
     */
    public static String pipeline(PipelineFigures p) {
        StringBuilder out = new StringBuilder();
        out.append("\n== Pipeline, ").append(p.range().label()).append(" (").append(dates(p.range()))
                .append("), ").append(p.currency().getCurrencyCode()).append(" ==\n");
        out.append("Win rate: won / (won + lost), deals closed in the period. Cycle: days from created to won, won"
                + " deals.\nVelocity: open deals at the period end x average won deal x win rate / mean cycle, per"
                + " day.\n\n");
        List<PipelineRow> quarters = new ArrayList<>(p.quarters());
        out.append(pipelineTable("Per quarter", "Quarter", quarters, p.total()));
        if (p.quartersNotShown() > 0) {
            out.append("Not shown: ").append(grouped(p.quartersNotShown())).append(" of the range's ")
                    .append(grouped(p.quartersNotShown() + (long) quarters.size())).append(" quarters; the table"
                    + " lists at most ").append(PipelineFigures.MAX_QUARTER_ROWS).append(", the latest in which a"
                    + " deal closed (the total covers them all).\n");
        }
        out.append('\n').append(pipelineTable("Per sales agent", "Sales agent", p.agents(), p.total()));
        out.append(groupsNotShown(p.agentsNotShown(), "sales agents"));
        if (!p.offices().isEmpty()) {
            out.append('\n').append(pipelineTable("Per regional office", "Office", p.offices(), p.total()));
            out.append(groupsNotShown(p.officesNotShown(), "offices"));
        }
        out.append('\n').append(stages(p));
        return out.toString();
    }

    private static String groupsNotShown(int notShown, String what) {
        return notShown == 0 ? "" : "Not shown: " + grouped(notShown) + " more " + what + " with fewer deals closed;"
                + " the table lists the " + PipelineFigures.MAX_GROUP_ROWS + " with the most (the total covers them"
                + " all).\n";
    }

    private static String pipelineTable(String title, String key, List<PipelineRow> rows, PipelineRow total) {
        TextTable table = TextTable.of(title, key, "Won", "Lost", "Win rate %", "Cycle mean", "Median", "P90",
                "Open at end", "Avg won deal", "Velocity/day");
        rows.forEach(row -> pipelineRow(table, row));
        table.rule();
        pipelineRow(table, total);
        return table.render();
    }

    private static void pipelineRow(TextTable table, PipelineRow row) {
        table.row(row.label(), count(row.winRate().closedWon().count()), count(row.winRate().closedLost().count()),
                number(Numbers.percent(row.winRate().byCount())), number(Numbers.days(row.cycle().mean())),
                number(Numbers.days(row.cycle().median())),
                number(Numbers.days(row.cycle().percentile(PipelineRow.P90))),
                count(row.velocity().opportunities()),
                number(row.velocity().averageWonDealSize().flatMap(Numbers::money)),
                number(row.velocity().value().map(Numbers::money)));
    }

    private static String stages(PipelineFigures p) {
        if (p.stages().isEmpty()) {
            return "Stage conversion: not shown. The deals carry no stage history beyond their creation and their"
                    + " outcome\n(the export records each deal's current stage only), so a stage funnel would"
                    + " invent history.\n";
        }
        StageConversion funnel = p.stages().get();
        TextTable table = TextTable.of("Stage conversion (deals reaching each stage in the period, as of "
                + p.range().lastDay() + ")", "Stage", "Reached", "Skipped", "Advanced", "Conversion %",
                "Mean days in stage", "Still in stage");
        for (StageStats s : funnel.stages()) {
            table.row(s.stage(), count(s.reached()), count(s.skipped()), count(s.advanced()),
                    number(s.conversion().flatMap(Numbers::percent)),
                    number(Numbers.days(s.timeInStage().mean())), count(s.censored()));
        }
        return table.render();
    }

    /**
     * Renders the recurring revenue section.
     *
     * @param r  the figures, not null
     * @return the text, never null
     */
    public static String recurring(RecurringFigures r) {
        StringBuilder out = new StringBuilder();
        out.append("\n== Recurring revenue, ").append(r.range().label()).append(" (")
                .append(dates(r.range())).append("), ").append(r.whole().currency().getCurrencyCode())
                .append(" ==\n");
        out.append("MRR at customer grain: a customer's subscriptions are summed before it is classified.\n");
        out.append("The whole range, two ways:\n  ").append(r.sumLabel()).append(": the monthly movements added up;"
                + " a customer counts in each month it moves.\n  ").append(r.startVersusEndLabel())
                .append(": each customer's MRR on ").append(r.comparedDays())
                .append("; changes in between cancel out.\n\n");
        out.append(monthEnds(r)).append('\n').append(bridge(r)).append('\n').append(startVersusEnd(r)).append('\n')
                .append(arrBridge(r)).append('\n')
                .append(churn(r)).append('\n')
                .append(trials(r)).append('\n')
                .append(cohorts(r.cohorts(), "Logo retention % of the customers acquired in each ",
                        c -> c::logoRetention))
                .append('\n')
                .append(cohorts(r.cohorts(), "Net MRR retention % of the customers acquired in each ",
                        c -> c::netMrrRetention));
        return out.toString();
    }

    private static String monthEnds(RecurringFigures r) {
        TextTable table = TextTable.of("MRR and ARR at month ends", "Month end", "MRR", "ARR", "Paying customers",
                "ARPA");
        snapshotRow(table, r.opening());
        table.rule();
        r.monthEnds().forEach(s -> snapshotRow(table, s));
        return table.render();
    }

    private static void snapshotRow(TextTable table, MrrSnapshot s) {
        table.row(s.date().toString(), number(Numbers.money(s.mrr())), number(Numbers.money(s.arr())),
                count(s.payingCustomers()), number(Numbers.money(s.arpa())));
    }

    private static String bridge(RecurringFigures r) {
        boolean fx = r.months().stream().anyMatch(b -> !b.fxImpact().isZero());
        TextTable table = TextTable.of("MRR bridge per month (customers moving)", bridgeHeader("Month", fx));
        r.months().forEach(b -> bridgeRow(table, b.period().label(), BridgeRow.of(b), fx));
        table.rule();
        bridgeRow(table, r.sumLabel(), r.monthsSummed(), fx);
        return table.render();
    }

    private static String startVersusEnd(RecurringFigures r) {
        boolean fx = !r.whole().fxImpact().isZero();
        TextTable table = TextTable.of("MRR bridge, " + r.range().label() + " start vs end (each customer on "
                + r.comparedDays() + ")", bridgeHeader("Period", fx));
        bridgeRow(table, r.startVersusEndLabel(), BridgeRow.of(r.whole()), fx);
        return table.render();
    }

    private static String[] bridgeHeader(String key, boolean fx) {
        List<String> header = new ArrayList<>(List.of(key, "Start MRR", "New", "Expansion", "Reactivation",
                "Contraction", "Churn"));
        if (fx) {
            header.add("FX");
        }
        header.add("End MRR");
        return header.toArray(String[]::new);
    }

    private static void bridgeRow(TextTable table, String label, BridgeRow b, boolean fx) {
        List<TextTable.Cell> cells = new ArrayList<>(List.of(number(Numbers.money(b.startMrr())),
                moved(b.newBusiness()), moved(b.expansion()), moved(b.reactivation()), moved(b.contraction()),
                moved(b.churn())));
        if (fx) {
            cells.add(number(Numbers.money(b.fxImpact())));
        }
        cells.add(number(Numbers.money(b.endMrr())));
        table.row(label, cells.toArray(TextTable.Cell[]::new));
    }

    private static TextTable.Cell moved(BridgeRow.Moved m) {
        return new TextTable.Cell(TextTable.grouped(Numbers.money(m.mrr())) + " (" + grouped(m.count()) + ")", true);
    }

    private static String arrBridge(RecurringFigures r) {
        TextTable table = TextTable.of("ARR bridge, " + r.range().label() + " (12 x the MRR bridge's "
                + r.sumLabel() + ")", "Step", "ARR");
        for (BridgeStep step : r.arrBridge()) {
            BigDecimal value = Numbers.money(step.amount());
            table.row(step.label(), number(step.kind() == BridgeStep.Kind.DECREASE ? value.negate() : value));
        }
        return table.render();
    }

    private static String churn(RecurringFigures r) {
        TextTable table = TextTable.of("Churn and retention", "Period", "Customers at start", "Churned",
                "Logo churn %", "Gross MRR churn %", "Net MRR churn %", "NRR %", "GRR %", "Quick ratio");
        for (int i = 0; i < r.months().size(); i++) {
            churnRow(table, r.months().get(i), r.monthlyChurn().get(i));
        }
        table.rule();
        churnRow(table, r.startVersusEndLabel(), r.whole(), r.wholeChurn());
        return table.render();
    }

    private static String trials(RecurringFigures r) {
        TextTable table = TextTable.of("Trial-to-paid conversion (docs/metrics.md#trial-to-paid-conversion)",
                "Trials", "Counted", "Converted", "Conversion %", "Days mean", "Median", "Trial-to-paid MRR",
                "Per conversion");
        for (TrialConversion t : r.trials()) {
            table.row(t.policy().cohort() == TrialCohort.ENDED ? "ended, paid by trial end" : "started, paid since",
                    count(t.trials()), count(t.converted()), number(Numbers.percent(t.rate())),
                    number(Numbers.days(t.meanDaysToConvert())), number(Numbers.days(t.medianDaysToConvert())),
                    number(Numbers.money(t.convertedMrr())), number(Numbers.money(t.mrrPerConversion())));
        }
        return table.render();
    }

    private static void churnRow(TextTable table, MrrBridge b, LogoChurn logos) {
        churnRow(table, b.period().label(), b, logos);
    }

    private static void churnRow(TextTable table, String label, MrrBridge b, LogoChurn logos) {
        table.row(label, count(logos.customersAtStart()), count(logos.churnedCustomers().size()),
                number(Numbers.percent(logos.rate())), number(Numbers.percent(b.grossMrrChurn())),
                number(Numbers.percent(b.netMrrChurn())), number(Numbers.percent(b.nrr())),
                number(Numbers.percent(b.grr())), number(Numbers.plain(b.quickRatio())));
    }

    private static String cohorts(CohortTable table, String title,
                                  Function<CohortTable.Cohort, java.util.function.IntFunction<Ratio>> metric) {
        int columns = table.cohorts().stream().mapToInt(c -> c.cells().size()).max().orElse(0);
        String unit = unit(table);
        List<String> header = new ArrayList<>(List.of("Cohort", "Customers"));
        for (int k = 0; k < columns; k++) {
            header.add(unit.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + k);
        }
        TextTable text = TextTable.of(title + unit + ", by " + unit + "s since acquisition",
                header.toArray(String[]::new));
        for (CohortTable.Cohort c : table.cohorts()) {
            List<TextTable.Cell> cells = new ArrayList<>();
            cells.add(count(c.customers()));
            for (int k = 0; k < columns; k++) {
                cells.add(k < c.cells().size() ? number(Numbers.percent(metric.apply(c).apply(k))) : text(""));
            }
            text.row(c.acquired().label(), cells.toArray(TextTable.Cell[]::new));
        }
        return text.render();
    }

    private static String unit(CohortTable table) {
        return RecurringFigures.cohortUnit(table.range());
    }

    private static String dates(Period range) {
        return range.start() + " to " + range.lastDay();
    }

    private static String grouped(long n) {
        return TextTable.grouped(BigDecimal.valueOf(n));
    }
}
