package io.github.revops.funnel;

import io.github.revops.internal.Checks;
import io.github.revops.result.DayHistogram;
import io.github.revops.result.Mergeable;
import io.github.revops.result.Ratio;

import java.util.Objects;

/**
 * The cohort conversion from one lifecycle stage to a later one (docs/metrics.md, "Buyer funnel"): of the contacts
 * that reached stage {@code from} in the period (the cohort), how many reached stage {@code to} by the as-of date,
 * how long they took, and how long the others have been waiting.
 * <pre>
 *   conversion            = converted / cohort
 *   conversionWithin(n)   = converted in at most n days / cohort
 *   pendingWithin(n)      = not converted, observed fewer than n days: they may still convert within n
 * </pre>
 * Days run from the date the contact reached {@code from} to the date it reached {@code to} (reach dates: a skipped
 * stage is reached when a later one is, so a contact that skipped both stages converts in 0 days). A contact that had
 * not reached {@code to} by the as-of date is right-censored: it is in the cohort, not converted, and its days from
 * reaching {@code from} to the as-of date are kept in {@link #censored()}. A conversion within n days is final once
 * {@code pendingWithin(n)} is 0; until then the share converted within n days lies between
 * {@code conversionWithin(n)} and {@code (converted within n + pendingWithin(n)) / cohort}. Undefined (an undefined
 * {@link Ratio}) when the cohort is empty. Nothing is rounded.
 * <pre>{@code
 * StageTransition t = cohort.transition("Lead", "Customer");
 * t.conversion();                  // 4/7: converted after 0, 0, 69 and 89 days
 * t.conversionWithin(60);          // 2/7
 * t.pendingWithin(100);            // 1: waiting for 92 days (the others for 102 and 171)
 * t.timeToConvert().median();      // Optional[69/2]
 * }</pre>
 *
 * @param from  the stage the cohort reached in the period, not blank
 * @param to  the later stage, not blank
 * @param timeToConvert  the days from reaching {@code from} to reaching {@code to} of the converted contacts, not null
 * @param censored  the days from reaching {@code from} to the as-of date of the contacts not converted by then,
 *        not null
 * @since 0.1.0
 */
public record StageTransition(String from, String to, DayHistogram timeToConvert, DayHistogram censored)
        implements Mergeable<StageTransition> {

    /**
     * Validates the transition.
     *
     * @param from  the stage the cohort reached in the period, not blank
     * @param to  the later stage, not blank, not {@code from}
     * @param timeToConvert  the days to convert of the converted contacts, not null
     * @param censored  the days observed of the contacts not converted, not null
     * @throws IllegalArgumentException if a stage is blank or both are the same
     */
    public StageTransition {
        Checks.notBlank("from", from);
        Checks.notBlank("to", to);
        Objects.requireNonNull(timeToConvert, "timeToConvert");
        Objects.requireNonNull(censored, "censored");
        if (from.equals(to)) {
            throw new IllegalArgumentException("to ('" + to + "') must be another stage than from");
        }
    }

    /**
     * Returns the size of the cohort: the contacts that reached {@code from} in the period.
     *
     * @return converted + censored
     * @throws ArithmeticException if the sum overflows
     */
    public long cohort() {
        return Math.addExact(timeToConvert.count(), censored.count());
    }

    /**
     * Returns the contacts of the cohort that reached {@code to} by the as-of date.
     *
     * @return the count, not negative
     */
    public long converted() {
        return timeToConvert.count();
    }

    /**
     * Returns the share of the cohort that reached {@code to} by the as-of date: converted / cohort.
     *
     * @return the ratio, undefined when the cohort is empty, never null
     */
    public Ratio conversion() {
        return Ratio.of(converted(), cohort());
    }

    /**
     * Returns the share of the cohort that reached {@code to} at most n days after reaching {@code from}.
     *
     * @param days  the window in days, not negative
     * @return the ratio, undefined when the cohort is empty, never null
     * @throws IllegalArgumentException if days is negative
     */
    public Ratio conversionWithin(int days) {
        Checks.nonNegative("days", days);
        return Ratio.of(timeToConvert.countAtMost(days), cohort());
    }

    /**
     * Returns the contacts of the cohort that had not converted by the as-of date and had been waiting fewer than n
     * days: whether they convert within n days is not known yet.
     *
     * @param days  the window in days, not negative
     * @return the count, 0 when the window has closed for the whole cohort
     * @throws IllegalArgumentException if days is negative
     */
    public long pendingWithin(int days) {
        Checks.nonNegative("days", days);
        return censored.countAtMost(days - 1);
    }

    /**
     * Returns the transition of both sets of contacts, between the same stages.
     *
     * @param other  the transition between the same stages, not null
     * @return the merged transition, never null
     * @throws IllegalArgumentException if the other is between other stages
     */
    @Override
    public StageTransition combine(StageTransition other) {
        if (!from.equals(other.from) || !to.equals(other.to)) {
            throw new IllegalArgumentException("cannot combine the transition '" + from + "' to '" + to
                    + "' with '" + other.from + "' to '" + other.to + "'");
        }
        return new StageTransition(from, to, timeToConvert.combine(other.timeToConvert),
                censored.combine(other.censored));
    }
}
