package io.github.revops.forecast;

import io.github.revops.domain.ForecastSubmission;
import io.github.revops.math.Rational;
import io.github.revops.money.CurrencyMismatchException;
import io.github.revops.money.ExactMoney;
import io.github.revops.money.Money;
import io.github.revops.result.Ratio;

import java.util.Currency;
import java.util.Objects;

/**
 * One forecast set against what was actually won: the forecast {@code F}, the actual {@code A} and the measures of
 * their distance, in the reporting currency.
 *
 * <p>The error is {@code F - A} (positive when the forecast was too high); the accuracy is
 * {@code 1 - |F - A| / A}, kept as the ratio {@code (A - |F - A|) / A}: undefined when nothing was won, negative when
 * the forecast missed by more than the actual. Both amounts are exact: converted into a reporting currency they can
 * hold a fraction of a minor unit (docs/decisions/0116).
 * <pre>{@code
 * ScoredForecast s = ScoredForecast.of(submission, Money.parse("USD 850.00"));   // forecast USD 1000.00
 * s.error();          // USD 150.00
 * s.accuracy();       // 70000/85000, value 14/17
 * }</pre>
 *
 * @param submission  the forecast submission that counts, not null
 * @param forecast  its amount in the reporting currency, not negative, not null
 * @param actual  the won bookings of its submitter in its period, in the forecast's currency, not negative, not null
 * @since 0.1.0
 */
public record ScoredForecast(ForecastSubmission submission, ExactMoney forecast, ExactMoney actual) {

    /**
     * Validates the forecast and its actual.
     *
     * @param submission  the forecast submission that counts, not null
     * @param forecast  its amount in the reporting currency, not negative, not null
     * @param actual  the won bookings of its submitter in its period, in the forecast's currency, not negative,
     *        not null
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if an amount is negative
     * @throws CurrencyMismatchException if the two amounts are in different currencies
     */
    public ScoredForecast {
        Objects.requireNonNull(submission, "submission");
        Objects.requireNonNull(forecast, "forecast");
        Objects.requireNonNull(actual, "actual");
        if (forecast.signum() < 0 || actual.signum() < 0) {
            throw new IllegalArgumentException("forecast (" + forecast + ") and actual (" + actual
                    + ") of forecast '" + submission.id() + "' must not be negative");
        }
        if (!actual.currency().equals(forecast.currency())) {
            throw new CurrencyMismatchException(forecast.currency(), actual.currency());
        }
    }

    /**
     * Obtains a forecast scored in its own currency: the forecast is the submission's amount.
     *
     * @param submission  the submission, not null
     * @param actual  the won bookings, in the submission's currency, not negative, not null
     * @return the scored forecast, never null
     * @throws CurrencyMismatchException if the actual is in another currency
     */
    public static ScoredForecast of(ForecastSubmission submission, Money actual) {
        Objects.requireNonNull(submission, "submission");
        Objects.requireNonNull(actual, "actual");
        return new ScoredForecast(submission, submission.amount().toExact(), actual.toExact());
    }

    /**
     * Returns the currency of the forecast and the actual.
     *
     * @return the currency, never null
     */
    public Currency currency() {
        return forecast.currency();
    }

    /**
     * Returns the error {@code F - A}: positive when the forecast was too high.
     *
     * @return the error, never null
     */
    public ExactMoney error() {
        return forecast.minus(actual);
    }

    /**
     * Returns the absolute error {@code |F - A|}.
     *
     * @return the absolute error, never null
     */
    public ExactMoney absoluteError() {
        ExactMoney error = error();
        return error.signum() < 0 ? error.negated() : error;
    }

    /**
     * Returns the accuracy {@code 1 - |F - A| / A} as the ratio {@code (A - |F - A|) / A} in minor units; undefined
     * when the actual is zero.
     *
     * @return the accuracy, never null
     */
    public Ratio accuracy() {
        Rational a = actual.minorUnits();
        return Ratio.of(a.subtract(absoluteError().minorUnits()), a);
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
        Rational sum = forecast.minorUnits().add(actual.minorUnits());
        if (sum.isZero()) {
            return Rational.ZERO;
        }
        return Rational.of(2).multiply(absoluteError().minorUnits()).divide(sum);
    }
}
