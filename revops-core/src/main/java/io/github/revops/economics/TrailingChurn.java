package io.github.revops.economics;

import io.github.revops.math.Rational;
import io.github.revops.result.Ratio;

import java.util.List;

/**
 * The trailing average of monthly customer churn rates that formula LTV divides by (docs/metrics.md,
 * "Customer lifetime value").
 *
 * <p>The mean is taken over the months whose rate is defined (months that had customers at their start); a month
 * without customers is left out, not counted as 0. The result is a ratio of the sum of those rates to how many
 * there are, undefined when none is defined. ChartMogul averages the previous six months, excluding the current
 * one; {@link UnitEconomics} takes the window from {@link EconomicsOptions#churnWindowMonths()}.
 * <pre>{@code
 * TrailingChurn t = new TrailingChurn(List.of(Ratio.of(0, 0), Ratio.of(1, 4), Ratio.of(1, 3)));
 * t.mean();    // (7/12) / 2, value 7/24
 * }</pre>
 *
 * @param months  the monthly churn rates, oldest first, not null
 * @since 0.1.0
 */
public record TrailingChurn(List<Ratio> months) {

    /**
     * Validates and copies the months.
     *
     * @param months  the monthly churn rates, oldest first, not null
     * @throws NullPointerException if the list or a month is null
     */
    public TrailingChurn {
        months = List.copyOf(months);
    }

    /**
     * Returns the mean of the defined monthly rates: their sum over their number.
     *
     * @return the mean, undefined when no month is defined, never null
     */
    public Ratio mean() {
        Rational sum = Rational.ZERO;
        long defined = 0;
        for (Ratio month : months) {
            if (month.isDefined()) {
                sum = sum.add(month.exactValue().orElseThrow());
                defined++;
            }
        }
        return Ratio.of(sum, Rational.of(defined));
    }
}
