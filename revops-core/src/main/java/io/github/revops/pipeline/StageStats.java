package io.github.revops.pipeline;

import io.github.revops.internal.Checks;
import io.github.revops.result.DayHistogram;
import io.github.revops.result.Mergeable;
import io.github.revops.result.Ratio;

import java.util.Objects;
import java.util.Optional;

/**
 * The funnel figures of one stage of a {@link StageConversion}: the deals that reached it in the period, how many
 * of them skipped it, how many went on to the next stage, and the time they spent in it.
 * <pre>{@code
 * StageStats qualified = conversion.stage("Qualified").orElseThrow();
 * qualified.reached();              // 2
 * qualified.conversion();           // Optional[1/2]: advanced / reached
 * qualified.timeInStage().mean();   // Optional[7]
 * qualified.censored();             // 1: still in the stage at the as-of date
 * }</pre>
 *
 * @param stage  the stage's name, not blank
 * @param next  the next stage in the list, empty for the last stage, not null
 * @param reached  the deals that reached the stage (entered it or a later one first) in the period, not negative
 * @param skipped  those of them with no entry of the stage itself, not negative, at most reached
 * @param advanced  those of them that reached the next stage by the as-of date, 0 for the last stage, at most reached
 * @param timeInStage  the days each reached deal that entered the stage spent in it, summed over its visits, the
 *        censored ones left out, not null
 * @param censored  the reached deals whose last visit of the stage had not ended by the as-of date, not negative
 * @since 0.1.0
 */
public record StageStats(String stage, Optional<String> next, long reached, long skipped, long advanced,
                         DayHistogram timeInStage, long censored) implements Mergeable<StageStats> {

    /**
     * Validates the figures.
     *
     * @param stage  the stage's name, not blank
     * @param next  the next stage in the list, empty for the last stage, not null
     * @param reached  the deals that reached the stage in the period, not negative
     * @param skipped  those of them with no entry of the stage itself, at most reached
     * @param advanced  those of them that reached the next stage, 0 for the last stage, at most reached
     * @param timeInStage  the days in the stage of the deals that entered it, not null
     * @param censored  the deals still in the stage at the as-of date, not negative
     * @throws IllegalArgumentException if a count is negative or the counts do not fit together
     */
    public StageStats {
        Checks.notBlank("stage", stage);
        Objects.requireNonNull(next, "next");
        Checks.nonNegative("reached", reached);
        Checks.nonNegative("skipped", skipped);
        Checks.nonNegative("advanced", advanced);
        Objects.requireNonNull(timeInStage, "timeInStage");
        Checks.nonNegative("censored", censored);
        if (skipped > reached || advanced > reached || (next.isEmpty() && advanced != 0)) {
            throw new IllegalArgumentException("stage '" + stage + "': skipped (" + skipped + ") and advanced ("
                    + advanced + ") must not exceed reached (" + reached + "), and advanced must be 0 for the last"
                    + " stage");
        }
        if (timeInStage.count() + censored != reached - skipped) {
            throw new IllegalArgumentException("stage '" + stage + "': timed (" + timeInStage.count()
                    + ") + censored (" + censored + ") must equal reached - skipped (" + (reached - skipped) + ")");
        }
    }

    /**
     * Returns the share of the deals that reached this stage that went on to the next: advanced / reached.
     *
     * @return the ratio, undefined when no deal reached the stage; empty for the last stage
     */
    public Optional<Ratio> conversion() {
        return next.isEmpty() ? Optional.empty() : Optional.of(Ratio.of(advanced, reached));
    }

    /**
     * Returns the figures of both sets of deals, for the same stage of the same list.
     *
     * @param other  the figures of the same stage, not null
     * @return the merged figures, never null
     * @throws IllegalArgumentException if the other is of another stage or list
     */
    @Override
    public StageStats combine(StageStats other) {
        Objects.requireNonNull(other, "other");
        if (!stage.equals(other.stage) || !next.equals(other.next)) {
            throw new IllegalArgumentException("cannot combine stage '" + stage + "' (next " + next
                    + ") with stage '" + other.stage + "' (next " + other.next + ")");
        }
        return new StageStats(stage, next, Math.addExact(reached, other.reached),
                Math.addExact(skipped, other.skipped), Math.addExact(advanced, other.advanced),
                timeInStage.combine(other.timeInStage), Math.addExact(censored, other.censored));
    }
}
