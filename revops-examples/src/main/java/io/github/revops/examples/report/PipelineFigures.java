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

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The pipeline section of the report: win rate, sales cycle and pipeline velocity over the whole range, per
 * quarter, per sales agent and per regional office, and the stage funnel where the deals have stage history. Every
 * figure is a result of {@code io.github.revops.pipeline}; nothing is computed here.
 *
 * <p>The tables stay short whatever the files hold: a range of more than {@value #MAX_QUARTER_ROWS} quarters lists
 * only the latest {@value #MAX_QUARTER_ROWS} quarters in which a deal closed, and more than
 * {@value #MAX_GROUP_ROWS} agents or offices list the {@value #MAX_GROUP_ROWS} with the most closed deals; the
 * rows left out are counted (and are in the total row).
 *
 * @param range  the range reported, not null
 * @param currency  the currency of the amounts, not null
 * @param total  all deals over the range, not null
 * @param quarters  one row per quarter of the range, not null
 * @param agents  one row per sales agent (deal owner), not null
 * @param offices  one row per regional office, empty without sales teams, not null
 * @param stages  the stage funnel, or empty when the deals carry no stage history
 * @param quartersNotShown  the quarters of the range that {@code quarters} leaves out
 * @param agentsNotShown  the agents that {@code agents} leaves out
 * @param officesNotShown  the offices that {@code offices} leaves out
 */
public record PipelineFigures(Period range, Currency currency, PipelineRow total, List<PipelineRow> quarters,
                              List<PipelineRow> agents, List<PipelineRow> offices,
                              Optional<StageConversion> stages, int quartersNotShown, int agentsNotShown,
                              int officesNotShown) {

    /** The most quarters the table per quarter lists. */
    public static final int MAX_QUARTER_ROWS = 40;
    /** The most agents, and the most offices, a table lists. */
    public static final int MAX_GROUP_ROWS = 100;

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
     * @param quartersNotShown  the quarters left out, at least 0
     * @param agentsNotShown  the agents left out, at least 0
     * @param officesNotShown  the offices left out, at least 0
     */
    public PipelineFigures {
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(total, "total");
        quarters = List.copyOf(quarters);
        agents = List.copyOf(agents);
        offices = List.copyOf(offices);
        Objects.requireNonNull(stages, "stages");
        if (quartersNotShown < 0 || agentsNotShown < 0 || officesNotShown < 0) {
            throw new IllegalArgumentException("rows not shown (" + quartersNotShown + ", " + agentsNotShown + ", "
                    + officesNotShown + ") must be >= 0");
        }
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
        PipelineRow total = new PipelineRow(range.label(), WinRate.of(deals, range),
                SalesCycle.of(deals, range), PipelineVelocity.of(deals, range));
        List<Period> all = range.quarters();
        List<PipelineRow> quarters = all.size() <= MAX_QUARTER_ROWS ? everyQuarter(deals, range)
                : latestQuartersWithCloses(deals, all);
        List<PipelineRow> agents = groups(deals, range, Deal::owner);
        List<PipelineRow> offices = teams.map(t -> groups(deals, range, d -> t.officeOf(d.owner())))
                .orElse(List.of());
        Optional<StageConversion> stages = StageFunnel.stages(deals)
                .map(list -> StageConversion.of(deals, list, range, range.lastDay()));
        return new PipelineFigures(range, deals.get(0).amount().currency(), total, quarters, mostClosed(agents),
                mostClosed(offices), stages, all.size() - quarters.size(), notShown(agents), notShown(offices));
    }

    private static List<PipelineRow> everyQuarter(List<Deal> deals, Period range) {
        List<PipelineRow> quarters = new ArrayList<>();
        TimeSeries<WinRate> rates = WinRate.series(deals, range, Granularity.QUARTER);
        TimeSeries<SalesCycle> cycles = SalesCycle.series(deals, range, Granularity.QUARTER);
        TimeSeries<PipelineVelocity> velocities = PipelineVelocity.series(deals, range, Granularity.QUARTER);
        for (int i = 0; i < rates.points().size(); i++) {
            quarters.add(new PipelineRow(rates.points().get(i).period().label(), rates.values().get(i),
                    cycles.values().get(i), velocities.values().get(i)));
        }
        return quarters;
    }

    /** The latest {@value #MAX_QUARTER_ROWS} quarters of a long range in which a deal closed, in order. */
    private static List<PipelineRow> latestQuartersWithCloses(List<Deal> deals, List<Period> all) {
        TreeMap<LocalDate, Period> withCloses = new TreeMap<>();
        for (Deal deal : deals) {
            deal.closeDate().ifPresent(closed -> {
                int i = quarterOf(all, closed);
                if (i >= 0) {
                    withCloses.put(all.get(i).start(), all.get(i));
                }
            });
        }
        while (withCloses.size() > MAX_QUARTER_ROWS) {
            withCloses.pollFirstEntry();
        }
        List<PipelineRow> quarters = new ArrayList<>();
        for (Period quarter : withCloses.values()) {
            quarters.add(new PipelineRow(quarter.label(), WinRate.of(deals, quarter),
                    SalesCycle.of(deals, quarter), PipelineVelocity.of(deals, quarter)));
        }
        return quarters;
    }

    /** Returns the index of the part that holds a date, or -1 when none does. */
    private static int quarterOf(List<Period> parts, LocalDate date) {
        int low = 0;
        int high = parts.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            Period part = parts.get(mid);
            if (date.isBefore(part.start())) {
                high = mid - 1;
            } else if (!date.isBefore(part.end())) {
                low = mid + 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    /** The {@value #MAX_GROUP_ROWS} rows with the most closed deals (ties by label), in label order. */
    private static List<PipelineRow> mostClosed(List<PipelineRow> rows) {
        if (rows.size() <= MAX_GROUP_ROWS) {
            return rows;
        }
        List<PipelineRow> kept = new ArrayList<>(rows);
        kept.sort(Comparator.comparingLong(PipelineFigures::closed).reversed()
                .thenComparing(PipelineRow::label));
        kept = new ArrayList<>(kept.subList(0, MAX_GROUP_ROWS));
        kept.sort(Comparator.comparing(PipelineRow::label));
        return kept;
    }

    private static int notShown(List<PipelineRow> rows) {
        return Math.max(0, rows.size() - MAX_GROUP_ROWS);
    }

    private static long closed(PipelineRow row) {
        return row.winRate().closedWon().count() + row.winRate().closedLost().count();
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
