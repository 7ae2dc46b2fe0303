package io.github.revops.funnel;

import io.github.revops.domain.Contact;
import io.github.revops.internal.RecordAccumulator;
import io.github.revops.result.Breakdown;
import io.github.revops.result.Mergeable;
import io.github.revops.result.Ratio;
import io.github.revops.result.TimeSeries;
import io.github.revops.time.Granularity;
import io.github.revops.time.Period;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collector;

/**
 * Computes the period-based funnel (docs/metrics.md, "Buyer funnel"): how many contacts entered each lifecycle stage
 * in a period, and the ratio of the entries into one stage to the entries into an earlier one.
 * <pre>
 *   conversion(a, b) = contacts that reached b in the period / contacts that reached a in the period
 * </pre>
 * A contact reached a stage on the first of its dates of that stage or of any later stage (a skipped stage is
 * reached when a later one is; {@link StageReach#skipped()} counts those), so it enters each stage at most once.
 * The two counts are different contacts: the ratio compares the flow into two stages in the same period, it does not
 * follow anyone, and it can exceed 1 (for the share of a group of contacts that went on, see
 * {@link CohortConversion}). A ratio is undefined when nobody reached the earlier stage in the period. Nothing is
 * rounded.
 * <pre>{@code
 * PeriodConversion q1 = PeriodConversion.of(contacts, LifecycleStages.HUBSPOT, Period.quarter(2026, 1));
 * q1.reach("Lead").reached();                     // 7 contacts became leads in Q1
 * q1.conversion("Lead", "Customer");              // 3/7: 3 became customers in Q1
 * }</pre>
 *
 * <p>This record is immutable. {@link #combine} merges the funnels of two sets of contacts over the same stages;
 * {@link #EMPTY}, which has no stage, merges with any funnel.
 *
 * @param stages  the entries into each stage, in funnel order, not null
 * @since 0.1.0
 */
public record PeriodConversion(List<StageReach> stages) implements Mergeable<PeriodConversion> {

    /** No stage and no contact: the identity of {@link #combine} for any stage list. */
    public static final PeriodConversion EMPTY = new PeriodConversion(List.of());

    /**
     * Validates and copies the stages.
     *
     * @param stages  the entries into each stage, in funnel order, not null
     * @throws NullPointerException if the list or an element is null
     */
    public PeriodConversion {
        stages = List.copyOf(stages);
    }

    /**
     * Computes the entries into each stage in a period.
     *
     * @param contacts  the contacts, with unique ids, not null
     * @param stages  the lifecycle stages, not null
     * @param period  the period, not null
     * @return the funnel, one {@link StageReach} per stage, never null
     * @throws io.github.revops.domain.InvalidRecordException if two contacts share an id
     */
    public static PeriodConversion of(Collection<Contact> contacts, LifecycleStages stages, Period period) {
        return RecordAccumulator.compute(ContactGroups.checked(contacts), new Accumulator(stages, period));
    }

    /**
     * Computes the funnel of each group of contacts, for any grouping: owner, source, a segment attribute
     * ({@link ContactKeys#segment(String)}) or a key the caller computes. The groups are every key found among the
     * contacts, in natural order, including groups with no entry in the period; the total is the funnel of all.
     *
     * @param <K>  the key type
     * @param contacts  the contacts, with unique ids, not null
     * @param stages  the lifecycle stages, not null
     * @param period  the period, not null
     * @param key  the group of a contact, never null for a contact, not null
     * @return the funnel per group, never null
     * @throws io.github.revops.domain.InvalidRecordException if two contacts share an id
     */
    public static <K extends Comparable<? super K>> Breakdown<K, PeriodConversion> by(
            Collection<Contact> contacts, LifecycleStages stages, Period period,
            Function<? super Contact, ? extends K> key) {
        return ContactGroups.breakdown(contacts, key, collector(stages, period),
                new Accumulator(stages, period).result());
    }

    /**
     * Computes the funnel of each period of a granularity in a range.
     *
     * @param contacts  the contacts, with unique ids, not null
     * @param stages  the lifecycle stages, not null
     * @param range  the whole range, not null
     * @param granularity  how to cut the range, such as {@link Granularity#MONTH}, not null
     * @return the funnel per period, in time order, never null
     * @throws io.github.revops.domain.InvalidRecordException if two contacts share an id
     */
    public static TimeSeries<PeriodConversion> series(Collection<Contact> contacts, LifecycleStages stages,
                                                      Period range, Granularity granularity) {
        Objects.requireNonNull(stages, "stages");
        return ContactGroups.series(contacts, range, granularity,
                p -> RecordAccumulator.compute(contacts, new Accumulator(stages, p)));
    }

    /**
     * Returns a collector of the funnel in a period; it does not check ids for duplicates ({@link #of} does).
     *
     * @param stages  the lifecycle stages, not null
     * @param period  the period, not null
     * @return the collector, never null
     */
    public static Collector<Contact, ?, PeriodConversion> collector(LifecycleStages stages, Period period) {
        Objects.requireNonNull(stages, "stages");
        Objects.requireNonNull(period, "period");
        return RecordAccumulator.collector(() -> new Accumulator(stages, period));
    }

    /**
     * Returns the entries into one stage.
     *
     * @param stage  the stage's name, not null
     * @return the entries, never null
     * @throws IllegalArgumentException if the stage is not in the funnel
     */
    public StageReach reach(String stage) {
        return stages.get(Stages.position(stages, stage));
    }

    /**
     * Returns the entries into a later stage over the entries into an earlier one, in the period.
     *
     * @param from  the earlier stage, not null
     * @param to  the later stage, not null
     * @return the ratio of the contacts that reached each, undefined when none reached {@code from}, never null
     * @throws IllegalArgumentException if a stage is not in the funnel or {@code to} is not after {@code from}
     */
    public Ratio conversion(String from, String to) {
        int[] pair = Stages.ordered(stages, from, to);
        return Ratio.of(stages.get(pair[1]).reached(), stages.get(pair[0]).reached());
    }

    /**
     * Returns the ratio of each stage's entries to the previous stage's, in funnel order (the first is the second
     * stage's entries over the first's).
     *
     * @return the ratios, one fewer than the stages, never null
     */
    public List<Ratio> stageToStage() {
        List<Ratio> ratios = new ArrayList<>();
        for (int k = 1; k < stages.size(); k++) {
            ratios.add(Ratio.of(stages.get(k).reached(), stages.get(k - 1).reached()));
        }
        return List.copyOf(ratios);
    }

    /**
     * Returns the entries into the last stage over the entries into the first.
     *
     * @return the ratio, undefined when none reached the first stage, never null
     * @throws IllegalStateException if the funnel has fewer than two stages
     */
    public Ratio overall() {
        if (stages.size() < 2) {
            throw new IllegalStateException("a funnel of " + stages.size() + " stage(s) has no overall conversion");
        }
        return Ratio.of(stages.get(stages.size() - 1).reached(), stages.get(0).reached());
    }

    /**
     * Returns the funnel of both sets of contacts, stage by stage.
     *
     * @param other  the funnel of the same stages, or {@link #EMPTY}, not null
     * @return the merged funnel, never null
     * @throws IllegalArgumentException if the stages differ
     */
    @Override
    public PeriodConversion combine(PeriodConversion other) {
        return new PeriodConversion(Stages.combine(stages, other.stages));
    }

    /** Counts the entries of each contact through the kernel; allocates nothing per contact. */
    private static final class Accumulator
            implements RecordAccumulator<Contact, Accumulator, PeriodConversion> {

        private final LifecycleStages stages;
        private final long start;
        private final long end;
        private final ContactDays days;
        private final long[] reached;
        private final long[] skipped;

        Accumulator(LifecycleStages stages, Period period) {
            this.stages = Objects.requireNonNull(stages, "stages");
            this.start = Objects.requireNonNull(period, "period").start().toEpochDay();
            this.end = period.end().toEpochDay();
            this.days = new ContactDays(stages, FunnelKernel.ALL_VISIBLE);
            this.reached = new long[stages.size()];
            this.skipped = new long[stages.size()];
        }

        @Override
        public void add(Contact contact) {
            days.read(contact);
            FunnelKernel.countReached(days.entered, days.reached, start, end, reached, skipped);
        }

        @Override
        public Accumulator addAll(Accumulator other) {
            Stages.addExact(reached, other.reached);
            Stages.addExact(skipped, other.skipped);
            return this;
        }

        @Override
        public PeriodConversion result() {
            return new PeriodConversion(Stages.reaches(stages, reached, skipped));
        }
    }
}
