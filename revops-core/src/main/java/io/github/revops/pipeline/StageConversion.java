package io.github.revops.pipeline;

import io.github.revops.domain.Deal;
import io.github.revops.internal.RecordAccumulator;
import io.github.revops.internal.StageNames;
import io.github.revops.result.Breakdown;
import io.github.revops.result.Mergeable;
import io.github.revops.result.Ratio;
import io.github.revops.result.TimeSeries;
import io.github.revops.time.Granularity;
import io.github.revops.time.Period;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collector;

/**
 * Computes a stage funnel from deals' stage histories (docs/metrics.md#stage-conversion-and-time-in-stage): for an
 * ordered list of pipeline stages, how many deals reached each stage in a period, what share went on to the next,
 * and how long they stayed.
 * <pre>
 *   conversion(k) = deals that reached k + 1 (by the as-of date) / deals that reached k in the period
 * </pre>
 * <ul>
 *   <li>Only history entries dated on or before the as-of date are visible; later ones are ignored.</li>
 *   <li>A deal <em>reached</em> stage k on the date of its first visible entry of k or of any later listed stage:
 *       a skipped stage counts as passed ({@link StageStats#skipped()} counts those), and a deal counts once per
 *       stage however often it goes back and forth. It is in stage k's cohort when that date is in the period.</li>
 *   <li>Time in stage: a visit starts at an entry of k that does not follow an entry of k and ends at the next entry
 *       of a different stage, listed or not; a deal's time is the sum of its visits, one value per deal. A deal whose
 *       last visit has not ended by the as-of date is right-censored: left out of the days and counted in
 *       {@link StageStats#censored()}.</li>
 *   <li>Stages not in the list end a visit but are never reached; status and close date play no part.</li>
 * </ul>
 * A conversion with no deal in its stage is undefined; the last stage has none. Nothing is rounded.
 * <pre>{@code
 * List<String> funnel = List.of("Prospecting", "Qualified", "Proposal", "Negotiation", "Won");
 * StageConversion c = StageConversion.of(deals, funnel, Period.month(2024, 3), LocalDate.of(2024, 3, 31));
 * c.conversion("Qualified");                          // Optional[1/2]
 * c.stage("Proposal").map(s -> s.timeInStage().median());
 * }</pre>
 *
 * <p>This record is immutable. {@link #combine} merges the funnels of two sets of deals over the same stage list;
 * {@link #EMPTY}, which has no stage, merges with any funnel.
 *
 * @param stages  the figures of each stage, in pipeline order, not null
 * @since 0.1.0
 */
public record StageConversion(List<StageStats> stages) implements Mergeable<StageConversion> {

    /** No stage and no deal: the identity of {@link #combine} for any stage list. */
    public static final StageConversion EMPTY = new StageConversion(List.of());

    /**
     * Validates and copies the stages.
     *
     * @param stages  the figures of each stage, in pipeline order, not null
     * @throws NullPointerException if the list or an element is null
     */
    public StageConversion {
        Objects.requireNonNull(stages, "stages");
        stages = List.copyOf(stages);
    }

    /**
     * Computes the funnel of deals over a stage list, in a period, as the histories stood on an as-of date.
     *
     * @param deals  the deals, with unique ids, not null
     * @param stages  the stage names in pipeline order, at least one, none blank or repeated, not null
     * @param period  the period in which deals reach a stage, not null
     * @param asOf  the last day whose stage entries are visible, not null
     * @return the funnel, one {@link StageStats} per stage, never null
     * @throws io.github.revops.domain.InvalidRecordException if two deals share an id
     * @throws IllegalArgumentException if the stage list is empty or names a stage twice
     */
    public static StageConversion of(Collection<Deal> deals, List<String> stages, Period period, LocalDate asOf) {
        Objects.requireNonNull(stages, "stages");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(asOf, "asOf");
        return compute(DealGroups.checked(deals), stages, period, asOf);
    }

    /**
     * Computes the funnel of each group of deals; the groups are as in {@link WinRate#by}.
     *
     * @param <K>  the key type
     * @param deals  the deals, with unique ids, not null
     * @param stages  the stage names in pipeline order, not null
     * @param period  the period, not null
     * @param asOf  the last day whose stage entries are visible, not null
     * @param key  the group of a deal, never null for a deal, not null
     * @return the funnel per group, never null
     * @throws io.github.revops.domain.InvalidRecordException if two deals share an id
     * @throws IllegalArgumentException if the stage list is empty or names a stage twice
     */
    public static <K extends Comparable<? super K>> Breakdown<K, StageConversion> by(
            Collection<Deal> deals, List<String> stages, Period period, LocalDate asOf,
            Function<? super Deal, ? extends K> key) {
        Objects.requireNonNull(deals, "deals");
        Objects.requireNonNull(stages, "stages");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(key, "key");
        return DealGroups.breakdown(deals, key, collector(stages, period, asOf),
                compute(List.of(), stages, period, asOf));
    }

    /**
     * Computes the funnel of each period of a granularity in a range, each as the histories stood on the period's
     * last day.
     *
     * @param deals  the deals, with unique ids, not null
     * @param stages  the stage names in pipeline order, not null
     * @param range  the whole range, not null
     * @param granularity  how to cut the range, not null
     * @return the funnel per period, in time order, never null
     * @throws io.github.revops.domain.InvalidRecordException if two deals share an id
     * @throws IllegalArgumentException if the stage list is empty or names a stage twice
     */
    public static TimeSeries<StageConversion> series(Collection<Deal> deals, List<String> stages, Period range,
                                                     Granularity granularity) {
        Objects.requireNonNull(stages, "stages");
        DealGroups.checked(deals);
        return TimeSeries.of(range, granularity, p -> compute(deals, stages, p, p.lastDay()));
    }

    /**
     * Returns a collector of the funnel; it does not check ids for duplicates ({@link #of} does).
     *
     * @param stages  the stage names in pipeline order, at least one, none blank or repeated, not null
     * @param period  the period in which deals reach a stage, not null
     * @param asOf  the last day whose stage entries are visible, not null
     * @return the collector, never null
     * @throws IllegalArgumentException if the stage list is empty or names a stage twice
     */
    public static Collector<Deal, ?, StageConversion> collector(List<String> stages, Period period, LocalDate asOf) {
        Objects.requireNonNull(stages, "stages");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(asOf, "asOf");
        List<String> names = List.copyOf(stages);
        Map<String, Integer> index = StageNames.positions(names);
        return RecordAccumulator.collector(() -> new StageAccumulator(names, index, period, asOf));
    }

    private static StageConversion compute(Collection<Deal> deals, List<String> stages, Period period,
                                           LocalDate asOf) {
        List<String> names = List.copyOf(stages);
        return RecordAccumulator.compute(deals, new StageAccumulator(names, StageNames.positions(names),
                Objects.requireNonNull(period, "period"), Objects.requireNonNull(asOf, "asOf")));
    }

    /**
     * Returns the figures of one stage.
     *
     * @param name  the stage's name, not null
     * @return the figures, or empty when the stage is not in the list
     */
    public Optional<StageStats> stage(String name) {
        Objects.requireNonNull(name, "name");
        return stages.stream().filter(s -> s.stage().equals(name)).findFirst();
    }

    /**
     * Returns the conversion from a stage to the next: advanced / reached.
     *
     * @param name  the stage's name, not null
     * @return the ratio (undefined when no deal reached the stage), or empty for the last stage or an unknown one
     */
    public Optional<Ratio> conversion(String name) {
        return stage(name).flatMap(StageStats::conversion);
    }

    /**
     * Returns the funnel of both sets of deals, stage by stage.
     *
     * @param other  the funnel of the same stage list, or {@link #EMPTY}, not null
     * @return the merged funnel, never null
     * @throws IllegalArgumentException if the stage lists differ
     */
    @Override
    public StageConversion combine(StageConversion other) {
        Objects.requireNonNull(other, "other");
        if (other.stages.isEmpty()) {
            return this;
        }
        if (stages.isEmpty()) {
            return other;
        }
        if (stages.size() != other.stages.size()) {
            throw new IllegalArgumentException("cannot combine funnels of " + stages.size() + " and "
                    + other.stages.size() + " stages");
        }
        List<StageStats> merged = new ArrayList<>(stages.size());
        for (int k = 0; k < stages.size(); k++) {
            merged.add(stages.get(k).combine(other.stages.get(k)));
        }
        return new StageConversion(merged);
    }
}
