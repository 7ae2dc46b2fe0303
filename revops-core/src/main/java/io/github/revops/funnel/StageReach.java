package io.github.revops.funnel;

import io.github.revops.internal.Checks;
import io.github.revops.result.Mergeable;

/**
 * The contacts that reached one lifecycle stage in a period: entered it, or skipped it and entered a later stage
 * first (docs/metrics.md, "Buyer funnel"), and how many of them skipped it: reached it on a later stage's date,
 * with no date of their own for it or only a later one (a return to the stage).
 * <pre>{@code
 * StageReach mql = PeriodConversion.of(contacts, LifecycleStages.HUBSPOT, q1).reach("Marketing Qualified Lead");
 * mql.reached();    // 6: became MQL in Q1, or went past MQL straight to a later stage in Q1
 * mql.skipped();    // 3: of them, reached MQL by entering a later stage first
 * }</pre>
 *
 * @param stage  the stage's name, not blank
 * @param reached  the contacts that reached the stage in the period, not negative
 * @param skipped  those of them that reached it on a later stage's date, not negative, at most reached
 * @since 0.1.0
 */
public record StageReach(String stage, long reached, long skipped) implements Mergeable<StageReach> {

    /**
     * Validates the counts.
     *
     * @param stage  the stage's name, not blank
     * @param reached  the contacts that reached the stage in the period, not negative
     * @param skipped  those of them that reached it on a later stage's date, at most reached
     * @throws IllegalArgumentException if a count is negative or skipped exceeds reached
     */
    public StageReach {
        Checks.notBlank("stage", stage);
        Checks.nonNegative("reached", reached);
        Checks.nonNegative("skipped", skipped);
        if (skipped > reached) {
            throw new IllegalArgumentException("stage '" + stage + "': skipped (" + skipped
                    + ") must not exceed reached (" + reached + ")");
        }
    }

    /**
     * Returns the contacts that reached the stage on a date of their own for it: reached - skipped.
     *
     * @return the count, not negative
     */
    public long entered() {
        return reached - skipped;
    }

    /**
     * Returns the counts of both sets of contacts, for the same stage.
     *
     * @param other  the counts of the same stage, not null
     * @return the merged counts, never null
     * @throws IllegalArgumentException if the other is of another stage
     * @throws ArithmeticException if a count overflows
     */
    @Override
    public StageReach combine(StageReach other) {
        if (!stage.equals(other.stage)) {
            throw new IllegalArgumentException("cannot combine stage '" + stage + "' with stage '" + other.stage + "'");
        }
        return new StageReach(stage, Math.addExact(reached, other.reached), Math.addExact(skipped, other.skipped));
    }
}
