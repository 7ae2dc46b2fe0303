package io.github.revops.forecast;

import io.github.revops.domain.ForecastSubmission;
import io.github.revops.math.Rational;
import io.github.revops.money.CurrencyMismatchException;
import io.github.revops.money.Money;
import io.github.revops.result.Ratio;

import java.util.Objects;

/**
 * One forecast set against what was actually won: the forecast {@code F}, the actual {@code A} and the measures of
 * their distance.
 *
 * <p>The error is {@code F - A} (positive when the forecast was too high); the accuracy is
 * {@code 1 - |F - A| / A}, kept as the ratio {@code (A - |F - A|) / A}: undefined when nothing was won, negative when
 * the forecast missed by more than the actual.
 * <pre>{@code
 * ScoredForecast s = new ScoredForecast(submission, Money.parse("USD 850.00"));   // forecast USD 1000.00
 * s.error();          // USD 150.00
 * s.accuracy();       // 70000/85000, value 14/17
 * }</pre>
 *
 * @param submission  the forecast submission that counts, not null
 * @param actual  the won bookings of its submitter in its period, not negative, in the forecast's currency
 * @since 0.1.0
 */
public record ScoredForecast(ForecastSubmission submission, Money actual) {

    /**
     * Validates the pair.
     *
     * @param submission  the forecast submission that counts, not null
     * @param actual  the won bookings of its submitter in its period, not negative, in the forecast's currency
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the actual is negative
     * @throws CurrencyMismatchException if the actual is not in the forecast's currency
     */
    public ScoredForecast {
        Objects.requireNonNull(submission, "submission");
        Objects.requireNonNull(actual, "actual");
        if (actual.isNegative()) {
            throw new IllegalArgumentException("actual (" + actual + ") of forecast '" + submission.id()
                    + "' must not be negative");
        }
        if (!actual.currency().equals(submission.amount().currency())) {
            throw new CurrencyMismatchException(submission.amount().currency(), actual.currency());
        }
    }

    /**
     * Returns the forecast amount {@code F}.
     *
     * @return the forecast, never null
     */
    public Money forecast() {
        return submission.amount();
    }

    /**
     * Returns the error {@code F - A}: positive when the forecast was too high.
     *
     * @return the error, never null
     */
    public Money error() {
        return forecast().minus(actual);
    }

    /**
     * Returns the absolute error {@code |F - A|}.
     *
     * @return the absolute error, never null
     */
    public Money absoluteError() {
        return error().abs();
    }

    /**
     * Returns the accuracy {@code 1 - |F - A| / A} as the ratio {@code (A - |F - A|) / A} in minor units; undefined
     * when the actual is zero.
     *
     * @return the accuracy, never null
     */
    public Ratio accuracy() {
        long actualMinor = actual.minorUnits();
        return Ratio.of(Math.subtractExact(actualMinor, absoluteError().minorUnits()), actualMinor);
    }

    /**
     * Returns the absolute percentage error {@code |F - A| / A}, MAPE's term; undefined when the actual is zero.
     *
     * @return the ratio, never null
     */
    public Ratio absolutePercentageError() {
        return Ratio.of(absoluteError().minorUnits(), actual.minorUnits());
    }

    /**
     * Returns the symmetric error {@code 2 |F - A| / (|F| + |A|)}, sMAPE's term, between 0 and 2; it is 0 when both
     * the forecast and the actual are zero.
     *
     * @return the symmetric error, never null
     */
    public Rational symmetricError() {
        return symmetricError(forecast().minorUnits(), actual.minorUnits());
    }

    static Rational symmetricError(long forecast, long actual) {
        long sum = Math.addExact(Math.abs(forecast), Math.abs(actual));
        if (sum == 0) {
            return Rational.ZERO;
        }
        return Rational.of(Math.multiplyExact(2, Math.abs(Math.subtractExact(forecast, actual))), sum);
    }
}
