package io.github.revops.examples.report;

import io.github.revops.recurring.CohortTable;
import io.github.revops.recurring.MrrSnapshot;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The data behind the HTML report's charts, as a tree of maps and lists ready to write as JSON. Every number comes
 * from {@link Numbers}, as the tables' do, so a chart carries exactly the figures its table prints; an undefined
 * figure is {@code null}.
 *
 * <p>Keys: {@code winRateByQuarter} (quarter labels, win rate %, won and lost counts), {@code arrAtMonthEnds}
 * (dates, ARR), {@code arrBridge} (steps of label, kind TOTAL/INCREASE/DECREASE and value: the movements summed
 * over the months), {@code cohortRetention} (cohort labels, sizes, and cells {@code [column, row, logo retention %]}),
 * {@code headline} (the key figures of the whole range; NRR, GRR and logo churn compare each customer at the range's
 * start and end, which {@code retentionLabel} and {@code retentionBasis} say).
 */
public final class ChartData {

    private ChartData() {
    }

    /**
     * Builds the chart data of a report.
     *
     * @param figures  the report's figures, not null
     * @return the data, never null
     */
    public static Map<String, Object> of(ReportFigures figures) {
        Map<String, Object> data = new LinkedHashMap<>();
        Map<String, Object> headline = new LinkedHashMap<>();
        figures.pipeline().ifPresent(p -> {
            data.put("pipelinePeriod", p.range().label());
            data.put("dealCurrency", p.currency().getCurrencyCode());
            data.put("winRateByQuarter", winRates(p));
            headline.put("winRate", Numbers.percent(p.total().winRate().byCount()).orElse(null));
            headline.put("medianCycleDays", Numbers.days(p.total().cycle().median()).orElse(null));
            headline.put("velocityPerDay", p.total().velocity().value().map(Numbers::money).orElse(null));
        });
        figures.recurring().ifPresent(r -> {
            data.put("recurringPeriod", r.range().label());
            data.put("subscriptionCurrency", r.whole().currency().getCurrencyCode());
            data.put("arrAtMonthEnds", arrAtMonthEnds(r));
            data.put("arrBridge", arrBridge(r));
            data.put("cohortRetention", cohorts(r));
            List<BridgeStep> bridge = r.arrBridge();
            headline.put("arr", Numbers.money(bridge.get(bridge.size() - 1).amount()));
            headline.put("retentionLabel", r.startVersusEndLabel());
            headline.put("retentionBasis", "each customer on " + r.comparedDays());
            headline.put("nrr", Numbers.percent(r.whole().nrr()).orElse(null));
            headline.put("grr", Numbers.percent(r.whole().grr()).orElse(null));
            headline.put("logoChurn", Numbers.percent(r.wholeChurn().rate()).orElse(null));
        });
        data.put("headline", headline);
        return data;
    }

    private static Map<String, Object> winRates(PipelineFigures p) {
        List<String> quarters = new ArrayList<>();
        List<BigDecimal> rates = new ArrayList<>();
        List<Long> won = new ArrayList<>();
        List<Long> lost = new ArrayList<>();
        for (PipelineRow row : p.quarters()) {
            quarters.add(row.label());
            rates.add(Numbers.percent(row.winRate().byCount()).orElse(null));
            won.add(row.winRate().closedWon().count());
            lost.add(row.winRate().closedLost().count());
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("quarters", quarters);
        out.put("winRate", rates);
        out.put("won", won);
        out.put("lost", lost);
        return out;
    }

    private static Map<String, Object> arrAtMonthEnds(RecurringFigures r) {
        List<String> dates = new ArrayList<>();
        List<BigDecimal> arr = new ArrayList<>();
        for (MrrSnapshot s : r.monthEnds()) {
            dates.add(s.date().toString());
            arr.add(Numbers.money(s.arr()));
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("dates", dates);
        out.put("arr", arr);
        return out;
    }

    private static Map<String, Object> arrBridge(RecurringFigures r) {
        List<Map<String, Object>> steps = new ArrayList<>();
        for (BridgeStep step : r.arrBridge()) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("label", step.label());
            s.put("kind", step.kind().name());
            s.put("value", Numbers.money(step.amount()));
            steps.add(s);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("period", r.range().label());
        out.put("steps", steps);
        return out;
    }

    private static Map<String, Object> cohorts(RecurringFigures r) {
        CohortTable table = r.cohorts();
        List<String> labels = new ArrayList<>();
        List<Long> sizes = new ArrayList<>();
        List<List<Object>> cells = new ArrayList<>();
        int columns = 0;
        for (int row = 0; row < table.cohorts().size(); row++) {
            CohortTable.Cohort c = table.cohorts().get(row);
            labels.add(c.acquired().label());
            sizes.add(c.customers());
            columns = Math.max(columns, c.cells().size());
            for (int k = 0; k < c.cells().size(); k++) {
                Optional<BigDecimal> value = Numbers.percent(c.logoRetention(k));
                List<Object> cell = new ArrayList<>();
                cell.add(k);
                cell.add(row);
                cell.add(value.orElse(null));
                cells.add(cell);
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("unit", RecurringFigures.cohortUnit(table.range()));
        out.put("cohorts", labels);
        out.put("customers", sizes);
        out.put("columns", columns);
        out.put("cells", cells);
        return out;
    }
}
