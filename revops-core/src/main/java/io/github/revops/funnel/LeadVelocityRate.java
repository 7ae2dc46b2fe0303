package io.github.revops.funnel;

import io.github.revops.domain.Contact;
import io.github.revops.internal.Checks;
import io.github.revops.internal.RecordAccumulator;
import io.github.revops.result.Breakdown;
import io.github.revops.result.Mergeable;
import io.github.revops.result.Ratio;
import io.github.revops.result.TimeSeries;
import io.github.revops.time.Granularity;
import io.github.revops.time.Period;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collector;

/**
 * Computes the lead velocity rate (docs/metrics.md, "Buyer funnel"): the growth of the number of qualified leads
 * from one period to the next, month over month in Lemkin's definition.
 * <pre>
 *   LVR = (qualified leads this period - qualified leads last period) / qualified leads last period
 * </pre>
 * A qualified lead of a period is a contact that reached the qualifying stage (chosen by the caller: the marketing or
 * the sales qualified lead, as the team defines "qualified") in that period: on its date of that stage or, when it
 * skipped the stage, of the first later stage it entered. A contact is a qualified lead once, in the period of its
 * first reach. Last period is the period of the same length just before: the previous month for a month, the
 * previous quarter for a quarter. The rate is undefined when there was no qualified lead last period; it is negative
 * when the number fell. Nothing is rounded: 40 then 50 qualified leads give 10/40, 25%.
 * <pre>{@code
 * LeadVelocityRate march = LeadVelocityRate.of(contacts, LifecycleStages.HUBSPOT, Period.month(2026, 3),
 *         "Marketing Qualified Lead");
 * march.previous();   // 40 MQLs in February
 * march.current();    // 50 MQLs in March
 * march.rate();       // 10/40
 * }</pre>
 *
 * <p>This record is immutable. {@link #combine} adds the counts of two sets of contacts (the rate of the union, not
 * an average of rates), for the same stage and periods.
 *
 * @param stage  the qualifying stage, not blank
 * @param previous  the qualified leads of the previous period, not negative
 * @param current  the qualified leads of the period, not negative
 * @since 0.1.0
 */
public record LeadVelocityRate(String stage, long previous, long current) implements Mergeable<LeadVelocityRate> {

    /**
     * Validates the counts.
     *
     * @param stage  the qualifying stage, not blank
     * @param previous  the qualified leads of the previous period, not negative
     * @param current  the qualified leads of the period, not negative
     * @throws IllegalArgumentException if the stage is blank or a count negative
     */
    public LeadVelocityRate {
        Checks.notBlank("stage", stage);
        Checks.nonNegative("previous", previous);
        Checks.nonNegative("current", current);
    }

    /**
     * Computes the lead velocity rate of a period against the period of the same number of months before it.
     *
     * @param contacts  the contacts, with unique ids, not null
     * @param stages  the lifecycle stages, not null
     * @param period  the period, whole calendar months (a month, a quarter, a year), not null
     * @param qualifiedStage  the stage that makes a contact a qualified lead, one of the stages, not null
     * @return the rate with its counts, never null
     * @throws io.github.revops.domain.InvalidRecordException if two contacts share an id
     * @throws IllegalArgumentException if the period is not whole months or the stage is not in the funnel
     */
    public static LeadVelocityRate of(Collection<Contact> contacts, LifecycleStages stages, Period period,
                                      String qualifiedStage) {
        return RecordAccumulator.compute(ContactGroups.checked(contacts),
                new Accumulator(stages, period, previousMonths(period), qualifiedStage));
    }

    /**
     * Computes the lead velocity rate of each group of contacts; the groups are as in {@link PeriodConversion#by}.
     * The total is the rate of all the contacts.
     *
     * @param <K>  the key type
     * @param contacts  the contacts, with unique ids, not null
     * @param stages  the lifecycle stages, not null
     * @param period  the period, whole calendar months, not null
     * @param qualifiedStage  the stage that makes a contact a qualified lead, not null
     * @param key  the group of a contact, never null for a contact, not null
     * @return the rate per group, never null
     * @throws io.github.revops.domain.InvalidRecordException if two contacts share an id
     * @throws IllegalArgumentException if the period is not whole months or the stage is not in the funnel
     */
    public static <K extends Comparable<? super K>> Breakdown<K, LeadVelocityRate> by(
            Collection<Contact> contacts, LifecycleStages stages, Period period, String qualifiedStage,
            Function<? super Contact, ? extends K> key) {
        return ContactGroups.breakdown(contacts, key, collector(stages, period, qualifiedStage),
                new Accumulator(stages, period, previousMonths(period), qualifiedStage).result());
    }

    /**
     * Computes the lead velocity rate of each period of a granularity in a range, each against the period of the
     * granularity just before it (the first against the period before the range).
     *
     * @param contacts  the contacts, with unique ids, not null
     * @param stages  the lifecycle stages, not null
     * @param range  the whole range, made of whole periods of the granularity, not null
     * @param granularity  how to cut the range, such as {@link Granularity#MONTH}, not null
     * @param qualifiedStage  the stage that makes a contact a qualified lead, not null
     * @return the rate per period, in time order, never null
     * @throws io.github.revops.domain.InvalidRecordException if two contacts share an id
     * @throws IllegalArgumentException if the range cuts a period of the granularity or the stage is not in the
     *         funnel
     */
    public static TimeSeries<LeadVelocityRate> series(Collection<Contact> contacts, LifecycleStages stages,
                                                      Period range, Granularity granularity, String qualifiedStage) {
        Objects.requireNonNull(stages, "stages");
        Objects.requireNonNull(granularity, "granularity");
        stages.indexOf(Objects.requireNonNull(qualifiedStage, "qualifiedStage"));
        return ContactGroups.series(contacts, range, granularity, p -> RecordAccumulator.compute(contacts,
                new Accumulator(stages, p, previousOf(p, granularity), qualifiedStage)));
    }

    /**
     * Returns a collector of the lead velocity rate; it does not check ids for duplicates ({@link #of} does).
     *
     * @param stages  the lifecycle stages, not null
     * @param period  the period, whole calendar months, not null
     * @param qualifiedStage  the stage that makes a contact a qualified lead, not null
     * @return the collector, never null
     * @throws IllegalArgumentException if the period is not whole months or the stage is not in the funnel
     */
    public static Collector<Contact, ?, LeadVelocityRate> collector(LifecycleStages stages, Period period,
                                                                    String qualifiedStage) {
        Period previous = previousMonths(period);
        Objects.requireNonNull(stages, "stages").indexOf(Objects.requireNonNull(qualifiedStage, "qualifiedStage"));
        return RecordAccumulator.collector(() -> new Accumulator(stages, period, previous, qualifiedStage));
    }

    /** The period of the same number of whole calendar months just before a period of whole months. */
    static Period previousMonths(Period period) {
        Objects.requireNonNull(period, "period");
        LocalDate start = period.start();
        if (start.getDayOfMonth() != 1 || period.end().getDayOfMonth() != 1) {
            throw new IllegalArgumentException("period (" + period + ") must be whole calendar months to have a"
                    + " previous period of the same length; use series with a granularity for other periods");
        }
        return Period.of(start.minusMonths(ChronoUnit.MONTHS.between(start, period.end())), start);
    }

    /** The period of a granularity just before a whole period of it. */
    static Period previousOf(Period period, Granularity granularity) {
        if (!granularity.periodContaining(period.start()).equals(period)) {
            throw new IllegalArgumentException("period (" + period + ") must be a whole period of the granularity ("
                    + granularity.periodContaining(period.start()) + "): align the range to it");
        }
        return granularity.periodContaining(period.start().minusDays(1));
    }

    /**
     * Returns the change in the number of qualified leads: current - previous.
     *
     * @return the growth, negative when the number fell
     */
    public long growth() {
        return current - previous;
    }

    /**
     * Returns the lead velocity rate: (current - previous) / previous.
     *
     * @return the ratio, undefined when there was no qualified lead last period, never null
     */
    public Ratio rate() {
        return Ratio.of(growth(), previous);
    }

    /**
     * Returns the rate of both sets of contacts: the counts added.
     *
     * @param other  the rate of the same stage and periods, not null
     * @return the merged rate, never null
     * @throws IllegalArgumentException if the other is of another stage
     * @throws ArithmeticException if a count overflows
     */
    @Override
    public LeadVelocityRate combine(LeadVelocityRate other) {
        if (!stage.equals(other.stage)) {
            throw new IllegalArgumentException("cannot combine the lead velocity rate of stage '" + stage
                    + "' with that of stage '" + other.stage + "'");
        }
        return new LeadVelocityRate(stage, Math.addExact(previous, other.previous),
                Math.addExact(current, other.current));
    }

    /** Counts each contact's reach of the qualifying stage in both periods through the kernel. */
    private static final class Accumulator
            implements RecordAccumulator<Contact, Accumulator, LeadVelocityRate> {

        private final String stage;
        private final int position;
        private final long start;
        private final long end;
        private final long previousStart;
        private final long previousEnd;
        private final ContactDays days;
        private long previous;
        private long current;

        Accumulator(LifecycleStages stages, Period period, Period previousPeriod, String qualifiedStage) {
            this.stage = qualifiedStage;
            this.position = Objects.requireNonNull(stages, "stages")
                    .indexOf(Objects.requireNonNull(qualifiedStage, "qualifiedStage"));
            this.start = period.start().toEpochDay();
            this.end = period.end().toEpochDay();
            this.previousStart = previousPeriod.start().toEpochDay();
            this.previousEnd = previousPeriod.end().toEpochDay();
            this.days = new ContactDays(stages, FunnelKernel.ALL_VISIBLE);
        }

        @Override
        public void add(Contact contact) {
            days.read(contact);
            long reached = days.reached[position];
            if (FunnelKernel.within(reached, start, end)) {
                current++;
            } else if (FunnelKernel.within(reached, previousStart, previousEnd)) {
                previous++;
            }
        }

        @Override
        public Accumulator addAll(Accumulator other) {
            previous = Math.addExact(previous, other.previous);
            current = Math.addExact(current, other.current);
            return this;
        }

        @Override
        public LeadVelocityRate result() {
            return new LeadVelocityRate(stage, previous, current);
        }
    }
}
