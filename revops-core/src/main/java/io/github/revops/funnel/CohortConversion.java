package io.github.revops.funnel;

import io.github.revops.domain.Contact;
import io.github.revops.internal.RecordAccumulator;
import io.github.revops.result.Breakdown;
import io.github.revops.result.DayHistogram;
import io.github.revops.result.Mergeable;
import io.github.revops.result.TimeSeries;
import io.github.revops.time.Granularity;
import io.github.revops.time.Period;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collector;

/**
 * Computes the cohort-based funnel (docs/metrics.md, "Buyer funnel"): of the contacts that reached a lifecycle stage
 * in a period, how many reached each later stage by an as-of date, within how many days, and how long the others have
 * been waiting.
 * <pre>
 *   cohort(a)           = contacts that reached a in the period (seen by the as-of date)
 *   conversion(a, b)    = those of them that reached b by the as-of date / cohort(a)
 * </pre>
 * <ul>
 *   <li>Only stage dates on or before the as-of date are seen; later ones do not exist for the funnel.</li>
 *   <li>A contact reached a stage on the first of its dates of that stage or of any later stage: a skipped stage is
 *       reached when a later one is ({@link StageReach#skipped()} counts those), and a contact counts once per stage
 *       however often it goes back.</li>
 *   <li>Every pair of a stage and a later one is a {@link StageTransition}: the days to convert of the converted
 *       contacts, and the days observed of the right-censored ones, as exact histograms.</li>
 * </ul>
 * A conversion with an empty cohort is undefined. Nothing is rounded. With an as-of date on or after the period's
 * last day, the cohort of each stage is exactly the {@link PeriodConversion} entries of that stage in the period.
 * <pre>{@code
 * CohortConversion q1 = CohortConversion.of(contacts, LifecycleStages.HUBSPOT, Period.quarter(2026, 1),
 *         LocalDate.of(2026, 6, 30));
 * StageTransition mqlToSql = q1.transition("Marketing Qualified Lead", "Sales Qualified Lead");
 * mqlToSql.conversion();          // 5/6: of the 6 MQLs of Q1, 5 were SQLs by 30 June
 * q1.overall().conversion();      // 4/6: subscribers of Q1 that were customers by 30 June
 * }</pre>
 *
 * <p>This record is immutable. {@link #combine} merges the funnels of two sets of contacts over the same stages
 * and as-of date; {@link #EMPTY}, which has no stage, merges with any funnel.
 *
 * @param stages  the cohort of each stage, in funnel order, not null
 * @param transitions  the transition from each stage to each later one: (0, 1), (0, 2), ..., (1, 2), ..., not null
 * @since 0.1.0
 */
public record CohortConversion(List<StageReach> stages, List<StageTransition> transitions)
        implements Mergeable<CohortConversion> {

    /** No stage and no contact: the identity of {@link #combine} for any stage list. */
    public static final CohortConversion EMPTY = new CohortConversion(List.of(), List.of());

    /**
     * Validates and copies the stages and transitions.
     *
     * @param stages  the cohort of each stage, in funnel order, not null
     * @param transitions  the transition from each stage to each later one, in pair order, not null
     * @throws IllegalArgumentException if a transition is not between the stages of its position, or its cohort is
     *         not the cohort of its first stage
     */
    public CohortConversion {
        stages = List.copyOf(stages);
        transitions = List.copyOf(transitions);
        int n = stages.size();
        if (transitions.size() != FunnelKernel.pairs(n)) {
            throw new IllegalArgumentException("transitions (" + transitions.size() + ") must be one per pair of "
                    + n + " stages (" + FunnelKernel.pairs(n) + ")");
        }
        for (int a = 0; a < n; a++) {
            for (int b = a + 1; b < n; b++) {
                StageTransition t = transitions.get(FunnelKernel.pair(a, b, n));
                StageReach from = stages.get(a);
                if (!t.from().equals(from.stage()) || !t.to().equals(stages.get(b).stage())
                        || t.cohort() != from.reached()) {
                    throw new IllegalArgumentException("transition '" + t.from() + "' to '" + t.to() + "' (cohort "
                            + t.cohort() + ") must go from '" + from.stage() + "' (reached " + from.reached()
                            + ") to '" + stages.get(b).stage() + "'");
                }
            }
        }
    }

    /**
     * Computes the cohort funnel of a period, as the contacts' stage dates stood on an as-of date.
     *
     * @param contacts  the contacts, with unique ids, not null
     * @param stages  the lifecycle stages, not null
     * @param period  the period in which a cohort reaches its stage, not null
     * @param asOf  the last day whose stage dates are seen (the day of the export, typically), not null
     * @return the funnel, never null
     * @throws io.github.revops.domain.InvalidRecordException if two contacts share an id
     * @throws ArithmeticException if a contact's days to convert or days observed exceed the range of an int
     */
    public static CohortConversion of(Collection<Contact> contacts, LifecycleStages stages, Period period,
                                      LocalDate asOf) {
        return RecordAccumulator.compute(ContactGroups.checked(contacts), new Accumulator(stages, period, asOf));
    }

    /**
     * Computes the cohort funnel of each group of contacts; the groups are as in {@link PeriodConversion#by}.
     *
     * @param <K>  the key type
     * @param contacts  the contacts, with unique ids, not null
     * @param stages  the lifecycle stages, not null
     * @param period  the period in which a cohort reaches its stage, not null
     * @param asOf  the last day whose stage dates are seen, not null
     * @param key  the group of a contact, never null for a contact, not null
     * @return the funnel per group, never null
     * @throws io.github.revops.domain.InvalidRecordException if two contacts share an id
     */
    public static <K extends Comparable<? super K>> Breakdown<K, CohortConversion> by(
            Collection<Contact> contacts, LifecycleStages stages, Period period, LocalDate asOf,
            Function<? super Contact, ? extends K> key) {
        return ContactGroups.breakdown(contacts, key, collector(stages, period, asOf),
                new Accumulator(stages, period, asOf).result());
    }

    /**
     * Computes the cohort funnel of each period of a granularity in a range, every cohort seen on the same as-of
     * date (so older cohorts have had longer to convert: compare them with
     * {@link StageTransition#conversionWithin(int)}).
     *
     * @param contacts  the contacts, with unique ids, not null
     * @param stages  the lifecycle stages, not null
     * @param range  the whole range, not null
     * @param granularity  how to cut the range into cohorts, such as {@link Granularity#MONTH}, not null
     * @param asOf  the last day whose stage dates are seen, not null
     * @return the funnel per period, in time order, never null
     * @throws io.github.revops.domain.InvalidRecordException if two contacts share an id
     */
    public static TimeSeries<CohortConversion> series(Collection<Contact> contacts, LifecycleStages stages,
                                                      Period range, Granularity granularity, LocalDate asOf) {
        Objects.requireNonNull(stages, "stages");
        Objects.requireNonNull(asOf, "asOf");
        return ContactGroups.series(contacts, range, granularity,
                p -> RecordAccumulator.compute(contacts, new Accumulator(stages, p, asOf)));
    }

    /**
     * Returns a collector of the cohort funnel; it does not check ids for duplicates ({@link #of} does).
     *
     * @param stages  the lifecycle stages, not null
     * @param period  the period in which a cohort reaches its stage, not null
     * @param asOf  the last day whose stage dates are seen, not null
     * @return the collector, never null
     */
    public static Collector<Contact, ?, CohortConversion> collector(LifecycleStages stages, Period period,
                                                                    LocalDate asOf) {
        Objects.requireNonNull(stages, "stages");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(asOf, "asOf");
        return RecordAccumulator.collector(() -> new Accumulator(stages, period, asOf));
    }

    /**
     * Returns the cohort of one stage: the contacts that reached it in the period.
     *
     * @param stage  the stage's name, not null
     * @return the cohort's counts, never null
     * @throws IllegalArgumentException if the stage is not in the funnel
     */
    public StageReach reach(String stage) {
        return stages.get(Stages.position(stages, stage));
    }

    /**
     * Returns the conversion of one stage's cohort to a later stage.
     *
     * @param from  the stage of the cohort, not null
     * @param to  a later stage, not null
     * @return the transition, never null
     * @throws IllegalArgumentException if a stage is not in the funnel or {@code to} is not after {@code from}
     */
    public StageTransition transition(String from, String to) {
        int[] pair = Stages.ordered(stages, from, to);
        return transitions.get(FunnelKernel.pair(pair[0], pair[1], stages.size()));
    }

    /**
     * Returns the transition of each stage's cohort to the next stage, in funnel order.
     *
     * @return the transitions, one fewer than the stages, never null
     */
    public List<StageTransition> stageToStage() {
        List<StageTransition> next = new ArrayList<>();
        for (int a = 0; a + 1 < stages.size(); a++) {
            next.add(transitions.get(FunnelKernel.pair(a, a + 1, stages.size())));
        }
        return List.copyOf(next);
    }

    /**
     * Returns the transition of the first stage's cohort to the last stage.
     *
     * @return the transition, never null
     * @throws IllegalStateException if the funnel has fewer than two stages
     */
    public StageTransition overall() {
        if (stages.size() < 2) {
            throw new IllegalStateException("a funnel of " + stages.size() + " stage(s) has no overall conversion");
        }
        return transitions.get(FunnelKernel.pair(0, stages.size() - 1, stages.size()));
    }

    /**
     * Returns the funnel of both sets of contacts, stage by stage and transition by transition.
     *
     * @param other  the funnel of the same stages and as-of date, or {@link #EMPTY}, not null
     * @return the merged funnel, never null
     * @throws IllegalArgumentException if the stages differ
     */
    @Override
    public CohortConversion combine(CohortConversion other) {
        return new CohortConversion(Stages.combine(stages, other.stages),
                Stages.combine(transitions, other.transitions));
    }

    /** Counts each contact's cohorts and transitions through the kernel; allocates nothing per contact. */
    private static final class Accumulator
            implements RecordAccumulator<Contact, Accumulator, CohortConversion> {

        private final LifecycleStages stages;
        private final long start;
        private final long end;
        private final long asOf;
        private final ContactDays days;
        private final long[] reached;
        private final long[] skipped;
        private final DayHistogram.Builder[] converted;
        private final DayHistogram.Builder[] censored;

        Accumulator(LifecycleStages stages, Period period, LocalDate asOf) {
            this.stages = Objects.requireNonNull(stages, "stages");
            this.start = Objects.requireNonNull(period, "period").start().toEpochDay();
            this.end = period.end().toEpochDay();
            this.asOf = Objects.requireNonNull(asOf, "asOf").toEpochDay();
            this.days = new ContactDays(stages, this.asOf);
            this.reached = new long[stages.size()];
            this.skipped = new long[stages.size()];
            int pairs = FunnelKernel.pairs(stages.size());
            this.converted = new DayHistogram.Builder[pairs];
            this.censored = new DayHistogram.Builder[pairs];
            for (int p = 0; p < pairs; p++) {
                converted[p] = DayHistogram.builder();
                censored[p] = DayHistogram.builder();
            }
        }

        @Override
        public void add(Contact contact) {
            days.read(contact);
            FunnelKernel.countReached(days.entered, days.reached, start, end, reached, skipped);
            FunnelKernel.countTransitions(days.reached, start, end, asOf, converted, censored);
        }

        @Override
        public Accumulator addAll(Accumulator other) {
            Stages.addExact(reached, other.reached);
            Stages.addExact(skipped, other.skipped);
            for (int p = 0; p < converted.length; p++) {
                converted[p].addAll(other.converted[p]);
                censored[p].addAll(other.censored[p]);
            }
            return this;
        }

        @Override
        public CohortConversion result() {
            int n = stages.size();
            List<StageTransition> transitions = new ArrayList<>(converted.length);
            for (int a = 0; a < n; a++) {
                for (int b = a + 1; b < n; b++) {
                    int p = FunnelKernel.pair(a, b, n);
                    transitions.add(new StageTransition(stages.name(a), stages.name(b), converted[p].build(),
                            censored[p].build()));
                }
            }
            return new CohortConversion(Stages.reaches(stages, reached, skipped), transitions);
        }
    }
}
