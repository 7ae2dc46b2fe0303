package io.github.revops.examples.report;

import io.github.revops.domain.Deal;
import io.github.revops.pipeline.PipelineVelocity;
import io.github.revops.pipeline.SalesCycle;
import io.github.revops.pipeline.StageConversion;
import io.github.revops.pipeline.WinRate;
import io.github.revops.result.Breakdown;
import io.github.revops.result.TimeSeries;
import io.github.revops.time.Granularity;
import io.github.revops.time.Period;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The pipeline section of the report: win rate, sales cycle and pipeline velocity over the whole range, per
 * quarter, per sales agent and per regional office, and the stage funnel where the deals have stage history. Every
 * figure is a result of {@code io.github.revops.pipeline}; nothing is computed here.
 *
 * @param range  the range reported, not null
 * @param currency  the currency of the amounts, not null
 * @param total  all deals over the range, not null
 * @param quarters  one row per quarter of the range, not null
 * @param agents  one row per sales agent (deal owner), not null
 * @param offices  one row per regional office, empty without sales teams, not null
 * @param stages  the stage funnel, or empty when the deals carry no stage history
 */
public record PipelineFigures(Period range, Currency currency, PipelineRow total, List<PipelineRow> quarters,
                              List<PipelineRow> agents, List<PipelineRow> offices,
                              Optional<StageConversion> stages) {

    /**
     * Checks and copies the components.
     *
     * @param range  the range reported, not null
     * @param currency  the currency of the amounts, not null
     * @param total  all deals over the range, not null
     * @param quarters  one row per quarter of the range, not null
     * @param agents  one row per sales agent, not null
     * @param offices  one row per regional office, not null
     * @param stages  the stage funnel, or empty
     */
    public PipelineFigures {
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(total, "total");
        quarters = List.copyOf(quarters);
        agents = List.copyOf(agents);
        offices = List.copyOf(offices);
        Objects.requireNonNull(stages, "stages");
    }

    /**
     * Computes the section.
     *
     * @param deals  the deals, with unique ids, in one currency, at least one, not null
     * @param range  the range to report, not null
     * @param teams  the agents' offices, or empty
     * @return the figures, never null
     */
    public static PipelineFigures compute(List<Deal> deals, Period range, Optional<SalesTeams> teams) {
        if (deals.isEmpty()) {
            throw new IllegalArgumentException("deals ([]) must hold at least one deal");
        }
        PipelineRow total = new PipelineRow(Periods.label(range), WinRate.of(deals, range),
                SalesCycle.of(deals, range), PipelineVelocity.of(deals, range));
        List<PipelineRow> quarters = new ArrayList<>();
        TimeSeries<WinRate> rates = WinRate.series(deals, range, Granularity.QUARTER);
        TimeSeries<SalesCycle> cycles = SalesCycle.series(deals, range, Granularity.QUARTER);
        TimeSeries<PipelineVelocity> velocities = PipelineVelocity.series(deals, range, Granularity.QUARTER);
        for (int i = 0; i < rates.points().size(); i++) {
            quarters.add(new PipelineRow(Periods.label(rates.points().get(i).period()), rates.values().get(i),
                    cycles.values().get(i), velocities.values().get(i)));
        }
        List<PipelineRow> agents = groups(deals, range, Deal::owner);
        List<PipelineRow> offices = teams.map(t -> groups(deals, range, d -> t.officeOf(d.owner())))
                .orElse(List.of());
        Optional<StageConversion> stages = StageFunnel.stages(deals)
                .map(list -> StageConversion.of(deals, list, range, range.lastDay()));
        return new PipelineFigures(range, deals.get(0).amount().currency(), total, quarters, agents, offices, stages);
    }

    private static List<PipelineRow> groups(List<Deal> deals, Period range, Function<Deal, String> key) {
        Breakdown<String, WinRate> rates = WinRate.by(deals, range, key);
        Breakdown<String, SalesCycle> cycles = SalesCycle.by(deals, range, key);
        Breakdown<String, PipelineVelocity> velocities = PipelineVelocity.by(deals, range, key);
        TreeSet<String> keys = new TreeSet<>(rates.groups().keySet());
        keys.addAll(cycles.groups().keySet());
        keys.addAll(velocities.groups().keySet());
        List<PipelineRow> rows = new ArrayList<>();
        for (String k : keys) {
            rows.add(new PipelineRow(k, rates.get(k).orElse(WinRate.EMPTY), cycles.get(k).orElse(SalesCycle.EMPTY),
                    velocities.get(k).orElse(PipelineVelocity.EMPTY)));
        }
        return rows;
    }
}
