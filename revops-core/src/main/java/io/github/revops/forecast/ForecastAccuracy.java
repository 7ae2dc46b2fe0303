package io.github.revops.forecast;

import io.github.revops.internal.ExactSqrt;
import io.github.revops.math.Rational;
import io.github.revops.money.CurrencyMismatchException;
import io.github.revops.money.ExactMoney;
import io.github.revops.money.Money;
import io.github.revops.result.Mergeable;
import io.github.revops.result.Ratio;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collector;

/**
 * How accurate a set of forecasts was, as exact sums that merge: MAPE, WAPE, bias, sMAPE, MAE, MSE and RMSE
 * (METRICS.md 5).
 *
 * <p>With {@code F} the forecast, {@code A} the actual and {@code n} the number of forecasts:
 * <ul>
 *   <li>MAPE = mean of {@code |F - A| / A} over the forecasts with {@code A > 0} ({@link ZeroActualPolicy});</li>
 *   <li>WAPE = {@code Σ|F - A| / ΣA}; bias = {@code Σ(F - A) / ΣA}, positive when the forecasts were too high;</li>
 *   <li>sMAPE = mean of {@code 2|F - A| / (|F| + |A|)}, a term being 0 when both are 0, so between 0 and 2;</li>
 *   <li>MAE = {@code Σ|F - A| / n} and MSE = {@code Σ(F - A)² / n}, in minor units (squared for MSE);</li>
 *   <li>RMSE = {@code √MSE}, the only irrational figure: {@link #rmse(MathContext)} rounds it once, correctly, in
 *       the context's rounding mode.</li>
 * </ul>
 * Every part is an exact sum, so the accuracy of the union of two sets of forecasts is the {@link #combine} of
 * theirs. Each ratio is undefined when its denominator is 0 (no forecast, or nothing won for WAPE and bias).
 * <pre>{@code
 * ForecastAccuracy accuracy = scored.stream().collect(ForecastAccuracy.collector(Money.currency("USD")));
 * accuracy.mape().ratio().exactValue();            // Optional[4/15]
 * accuracy.wape().value();                         // OptionalDouble[0.2]
 * accuracy.rmse(new MathContext(12));              // Optional[...], in minor units
 * }</pre>
 *
 * @param currency  the currency of every forecast and actual, not null
 * @param count  the number of forecasts, {@code n}, not negative
 * @param zeroActualForecasts  the ids of the forecasts whose actual is zero, sorted, not null
 * @param absolutePercentageErrors  {@code Σ |F - A| / A} over the forecasts with {@code A > 0}, not null
 * @param absoluteErrors  {@code Σ |F - A|} in minor units, not negative
 * @param errors  {@code Σ (F - A)} in minor units
 * @param actuals  {@code Σ A} in minor units, not negative
 * @param symmetricErrors  {@code Σ 2|F - A| / (|F| + |A|)}, not null
 * @param squaredErrors  {@code Σ (F - A)²} in squared minor units, not null
 * @since 0.1.0
 */
public record ForecastAccuracy(Currency currency, long count, SortedSet<String> zeroActualForecasts,
                               Rational absolutePercentageErrors, long absoluteErrors, long errors, long actuals,
                               Rational symmetricErrors, BigInteger squaredErrors)
        implements Mergeable<ForecastAccuracy> {

    /**
     * Validates and copies the parts.
     *
     * @param currency  the currency of every forecast and actual, not null
     * @param count  the number of forecasts, {@code n}, not negative
     * @param zeroActualForecasts  the ids of the forecasts whose actual is zero, sorted, not null
     * @param absolutePercentageErrors  {@code Σ |F - A| / A} over the forecasts with {@code A > 0}, not null
     * @param absoluteErrors  {@code Σ |F - A|} in minor units, not negative
     * @param errors  {@code Σ (F - A)} in minor units
     * @param actuals  {@code Σ A} in minor units, not negative
     * @param symmetricErrors  {@code Σ 2|F - A| / (|F| + |A|)}, not null
     * @param squaredErrors  {@code Σ (F - A)²} in squared minor units, not null
     * @throws NullPointerException if a part is null
     * @throws IllegalArgumentException if a count or sum that cannot be negative is
     */
    public ForecastAccuracy {
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(absolutePercentageErrors, "absolutePercentageErrors");
        Objects.requireNonNull(symmetricErrors, "symmetricErrors");
        Objects.requireNonNull(squaredErrors, "squaredErrors");
        zeroActualForecasts = Collections.unmodifiableSortedSet(new TreeSet<>(zeroActualForecasts));
        if (count < 0 || absoluteErrors < 0 || actuals < 0 || zeroActualForecasts.size() > count) {
            throw new IllegalArgumentException("count (" + count + "), absoluteErrors (" + absoluteErrors
                    + ") and actuals (" + actuals + ") must be >= 0, and zeroActualForecasts ("
                    + zeroActualForecasts.size() + ") at most count");
        }
    }

    /**
     * Returns the accuracy of no forecast in a currency: the identity of {@link #combine}.
     *
     * @param currency  the currency, not null
     * @return the empty accuracy, never null
     */
    public static ForecastAccuracy empty(Currency currency) {
        return new ForecastAccuracy(currency, 0, Collections.emptySortedSet(), Rational.ZERO, 0, 0, 0,
                Rational.ZERO, BigInteger.ZERO);
    }

    /**
     * Computes the accuracy of scored forecasts.
     *
     * @param currency  the currency of every forecast, not null
     * @param forecasts  the scored forecasts, not null
     * @return the accuracy, never null
     * @throws CurrencyMismatchException if a forecast is in another currency
     */
    public static ForecastAccuracy of(Currency currency, Collection<ScoredForecast> forecasts) {
        Accumulator acc = new Accumulator(currency);
        forecasts.forEach(acc::add);
        return acc.result();
    }

    /**
     * Returns a collector of scored forecasts into their accuracy; its accumulator is mutable and adds longs, so a
     * stream of forecasts allocates only for the exact fractions of MAPE and sMAPE.
     *
     * @param currency  the currency of every forecast, not null
     * @return the collector, never null
     */
    public static Collector<ScoredForecast, ?, ForecastAccuracy> collector(Currency currency) {
        Objects.requireNonNull(currency, "currency");
        return Collector.of(() -> new Accumulator(currency), Accumulator::add, Accumulator::merge,
                Accumulator::result, Collector.Characteristics.UNORDERED);
    }

    /**
     * Returns MAPE under the default policy, {@link ZeroActualPolicy#EXCLUDE}.
     *
     * @return the MAPE and the number of forecasts left out, never null
     */
    public Mape mape() {
        return mape(ZeroActualPolicy.EXCLUDE);
    }

    /**
     * Returns MAPE, {@code mean(|F - A| / A)}, treating zero actuals as the policy says.
     *
     * @param policy  what to do with a zero actual, not null
     * @return the MAPE and the number of forecasts left out, never null
     * @throws ZeroActualException under {@link ZeroActualPolicy#FAIL} when an actual is zero
     */
    public Mape mape(ZeroActualPolicy policy) {
        Objects.requireNonNull(policy, "policy");
        int excluded = zeroActualForecasts.size();
        if (policy == ZeroActualPolicy.FAIL && excluded > 0) {
            throw new ZeroActualException(List.copyOf(zeroActualForecasts));
        }
        return new Mape(Ratio.of(absolutePercentageErrors, Rational.of(count - excluded)), excluded);
    }

    /**
     * Returns WAPE, {@code Σ|F - A| / ΣA}; undefined when nothing was won.
     *
     * @return the ratio of minor units, never null
     */
    public Ratio wape() {
        return Ratio.of(absoluteErrors, actuals);
    }

    /**
     * Returns the bias, {@code Σ(F - A) / ΣA}: positive when the forecasts were too high, negative when too low;
     * undefined when nothing was won.
     *
     * @return the ratio of minor units, never null
     */
    public Ratio bias() {
        return Ratio.of(errors, actuals);
    }

    /**
     * Returns sMAPE, {@code mean(2|F - A| / (|F| + |A|))}, between 0 and 2; undefined with no forecast.
     *
     * @return the ratio, never null
     */
    public Ratio smape() {
        return Ratio.of(symmetricErrors, Rational.of(count));
    }

    /**
     * Returns the mean absolute error {@code Σ|F - A| / n} in minor units; undefined with no forecast.
     *
     * @return the ratio, never null
     */
    public Ratio mae() {
        return Ratio.of(absoluteErrors, count);
    }

    /**
     * Returns the mean squared error {@code Σ(F - A)² / n} in squared minor units; undefined with no forecast.
     *
     * @return the ratio, never null
     */
    public Ratio mse() {
        return Ratio.of(Rational.of(squaredErrors, BigInteger.ONE), Rational.of(count));
    }

    /**
     * Returns the root mean squared error {@code √MSE} in minor units, rounded once to the context's precision in
     * its rounding mode (correctly: the rounding is decided by exact comparison, not from a double).
     *
     * @param context  the precision (significant digits, at least 1) and rounding mode, not null
     * @return the RMSE, or empty with no forecast
     */
    public Optional<BigDecimal> rmse(MathContext context) {
        Objects.requireNonNull(context, "context");
        return mse().exactValue().map(mse -> ExactSqrt.sqrt(mse, context));
    }

    /**
     * Returns the mean absolute error as money, rounded to the currency's scale.
     *
     * @param rounding  the rounding mode, not null
     * @return the MAE, or empty with no forecast
     */
    public Optional<Money> meanAbsoluteError(RoundingMode rounding) {
        Objects.requireNonNull(rounding, "rounding");
        return mae().exactValue().map(v -> ExactMoney.ofMinor(currency, v).toMoney(rounding));
    }

    /**
     * Returns the root mean squared error as money, rounded once to the currency's scale.
     *
     * @param rounding  the rounding mode, not null
     * @return the RMSE, or empty with no forecast
     */
    public Optional<Money> rootMeanSquaredError(RoundingMode rounding) {
        Objects.requireNonNull(rounding, "rounding");
        return mse().exactValue().map(v -> Money.ofMinor(currency,
                ExactSqrt.sqrt(v, 0, rounding).longValueExact()));
    }

    /**
     * Returns the accuracy of both sets of forecasts together: every sum added.
     *
     * @param other  the other accuracy, in the same currency, not null
     * @return the merged accuracy, never null
     * @throws CurrencyMismatchException if the currencies differ
     */
    @Override
    public ForecastAccuracy combine(ForecastAccuracy other) {
        if (!currency.equals(other.currency)) {
            throw new CurrencyMismatchException(currency, other.currency);
        }
        TreeSet<String> zeros = new TreeSet<>(zeroActualForecasts);
        zeros.addAll(other.zeroActualForecasts);
        return new ForecastAccuracy(currency, Math.addExact(count, other.count), zeros,
                absolutePercentageErrors.add(other.absolutePercentageErrors),
                Math.addExact(absoluteErrors, other.absoluteErrors), Math.addExact(errors, other.errors),
                Math.addExact(actuals, other.actuals), symmetricErrors.add(other.symmetricErrors),
                squaredErrors.add(other.squaredErrors));
    }

    /** The mutable accumulator behind the collector. */
    private static final class Accumulator {

        private static final long MAX_SQUARABLE = 3_037_000_499L;

        private final Currency currency;
        private long count;
        private final TreeSet<String> zeroActuals = new TreeSet<>();
        private Rational percentageErrors = Rational.ZERO;
        private long absoluteErrors;
        private long errors;
        private long actuals;
        private Rational symmetricErrors = Rational.ZERO;
        private long squaresSmall;
        private BigInteger squaresLarge = BigInteger.ZERO;

        Accumulator(Currency currency) {
            this.currency = Objects.requireNonNull(currency, "currency");
        }

        void add(ScoredForecast scored) {
            Currency c = scored.actual().currency();
            if (!c.equals(currency)) {
                throw new CurrencyMismatchException(currency, c);
            }
            long f = scored.forecast().minorUnits();
            long a = scored.actual().minorUnits();
            long error = Math.subtractExact(f, a);
            long abs = Math.abs(error);
            count++;
            if (a == 0) {
                zeroActuals.add(scored.submission().id());
            } else if (abs != 0) {
                percentageErrors = percentageErrors.add(Rational.of(abs, a));
            }
            if (abs != 0) {
                symmetricErrors = symmetricErrors.add(ScoredForecast.symmetricError(f, a));
            }
            absoluteErrors = Math.addExact(absoluteErrors, abs);
            errors = Math.addExact(errors, error);
            actuals = Math.addExact(actuals, a);
            addSquare(abs);
        }

        private void addSquare(long abs) {
            if (abs > MAX_SQUARABLE) {
                squaresLarge = squaresLarge.add(BigInteger.valueOf(abs).pow(2));
                return;
            }
            long square = abs * abs;
            if (squaresSmall > Long.MAX_VALUE - square) {
                squaresLarge = squaresLarge.add(BigInteger.valueOf(squaresSmall));
                squaresSmall = 0;
            }
            squaresSmall += square;
        }

        Accumulator merge(Accumulator other) {
            count = Math.addExact(count, other.count);
            zeroActuals.addAll(other.zeroActuals);
            percentageErrors = percentageErrors.add(other.percentageErrors);
            absoluteErrors = Math.addExact(absoluteErrors, other.absoluteErrors);
            errors = Math.addExact(errors, other.errors);
            actuals = Math.addExact(actuals, other.actuals);
            symmetricErrors = symmetricErrors.add(other.symmetricErrors);
            squaresLarge = squaresLarge.add(other.squaresLarge).add(BigInteger.valueOf(squaresSmall))
                    .add(BigInteger.valueOf(other.squaresSmall));
            squaresSmall = 0;
            return this;
        }

        ForecastAccuracy result() {
            return new ForecastAccuracy(currency, count, zeroActuals, percentageErrors, absoluteErrors, errors,
                    actuals, symmetricErrors, squaresLarge.add(BigInteger.valueOf(squaresSmall)));
        }
    }
}
