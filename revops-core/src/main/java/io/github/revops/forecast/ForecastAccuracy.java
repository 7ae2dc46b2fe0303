package io.github.revops.forecast;

import io.github.revops.domain.ForecastCategory;
import io.github.revops.domain.ForecastSubmission;
import io.github.revops.internal.ExactSqrt;
import io.github.revops.internal.ExactSum;
import io.github.revops.math.Rational;
import io.github.revops.money.CurrencyMismatchException;
import io.github.revops.money.ExactMoney;
import io.github.revops.money.Money;
import io.github.revops.money.ReportingCurrency;
import io.github.revops.result.Breakdown;
import io.github.revops.result.Mergeable;
import io.github.revops.result.MoneyAverage;
import io.github.revops.result.Ratio;
import io.github.revops.result.TimeSeries;
import io.github.revops.time.Granularity;
import io.github.revops.time.Period;

import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collector;

/**
 * How accurate a set of forecasts was, as exact sums that merge: MAPE, WAPE, bias, sMAPE, MAE, MSE and RMSE
 * (docs/metrics.md, "Forecast accuracy").
 *
 * <p>With {@code F} the forecast, {@code A} the actual and {@code n} the number of forecasts:
 * <ul>
 *   <li>MAPE = mean of {@code |F - A| / A} over the forecasts with {@code A > 0} ({@link ZeroActualPolicy});</li>
 *   <li>WAPE = {@code Σ|F - A| / ΣA}; bias = {@code Σ(F - A) / ΣA}, positive when the forecasts were too high;</li>
 *   <li>sMAPE = mean of {@code 2|F - A| / (|F| + |A|)}, a term being 0 when both are 0, so between 0 and 2;</li>
 *   <li>MAE = {@code Σ|F - A| / n}, money per forecast; MSE = {@code Σ(F - A)² / n} in squared minor units;</li>
 *   <li>RMSE = {@code √MSE}, the only irrational figure: {@link #rmse(MathContext)} rounds it once, correctly, in
 *       the context's rounding mode.</li>
 * </ul>
 * Every part is an exact sum, so the accuracy of the union of two sets of forecasts is the {@link #combine} of
 * theirs. Each ratio is undefined when its denominator is 0 (no forecast, or nothing won for WAPE and bias).
 * <pre>{@code
 * ForecastAccuracy q1 = ForecastAccuracy.of(input, Period.quarter(2026, 1), ForecastCategory.COMMIT,
 *         LocalDate.of(2026, 2, 15));
 * q1.mape().ratio().exactValue();                  // Optional[4/15]
 * q1.wape().value();                               // OptionalDouble[0.2]
 * q1.mae().toMoney(RoundingMode.HALF_EVEN);        // Optional[USD 30.70]
 * }</pre>
 *
 * @param count  the number of forecasts, {@code n}, not negative
 * @param zeroActualForecasts  the ids of the forecasts whose actual is zero, sorted, not null
 * @param absolutePercentageErrors  {@code Σ |F - A| / A} over the forecasts with {@code A > 0}, not null
 * @param absoluteErrors  {@code Σ |F - A|}, not negative, not null
 * @param errors  {@code Σ (F - A)}, in the same currency, not null
 * @param actuals  {@code Σ A}, not negative, in the same currency, not null
 * @param symmetricErrors  {@code Σ 2|F - A| / (|F| + |A|)}, not null
 * @param squaredErrors  {@code Σ (F - A)²} in squared minor units, not negative, not null
 * @since 0.1.0
 */
public record ForecastAccuracy(long count, SortedSet<String> zeroActualForecasts, Rational absolutePercentageErrors,
                               ExactMoney absoluteErrors, ExactMoney errors, ExactMoney actuals,
                               Rational symmetricErrors, Rational squaredErrors)
        implements Mergeable<ForecastAccuracy> {

    /** The most significant digits {@link #rmse} computes: beyond any use, and fast. */
    private static final int MAX_PRECISION = 10_000;

    /**
     * Validates and copies the parts.
     *
     * @param count  the number of forecasts, {@code n}, not negative
     * @param zeroActualForecasts  the ids of the forecasts whose actual is zero, sorted, not null
     * @param absolutePercentageErrors  {@code Σ |F - A| / A} over the forecasts with {@code A > 0}, not null
     * @param absoluteErrors  {@code Σ |F - A|}, not negative, not null
     * @param errors  {@code Σ (F - A)}, in the same currency, not null
     * @param actuals  {@code Σ A}, not negative, in the same currency, not null
     * @param symmetricErrors  {@code Σ 2|F - A| / (|F| + |A|)}, not null
     * @param squaredErrors  {@code Σ (F - A)²} in squared minor units, not negative, not null
     * @throws NullPointerException if a part is null
     * @throws IllegalArgumentException if a count or sum that cannot be negative is
     * @throws CurrencyMismatchException if the sums are in different currencies
     */
    public ForecastAccuracy {
        Objects.requireNonNull(zeroActualForecasts, "zeroActualForecasts");
        Objects.requireNonNull(absolutePercentageErrors, "absolutePercentageErrors");
        Objects.requireNonNull(absoluteErrors, "absoluteErrors");
        Objects.requireNonNull(errors, "errors");
        Objects.requireNonNull(actuals, "actuals");
        Objects.requireNonNull(symmetricErrors, "symmetricErrors");
        Objects.requireNonNull(squaredErrors, "squaredErrors");
        Currency currency = actuals.currency();
        for (ExactMoney sum : List.of(absoluteErrors, errors)) {
            if (!sum.currency().equals(currency)) {
                throw new CurrencyMismatchException(currency, sum.currency());
            }
        }
        zeroActualForecasts = Collections.unmodifiableSortedSet(new TreeSet<>(zeroActualForecasts));
        if (count < 0 || absoluteErrors.signum() < 0 || actuals.signum() < 0 || squaredErrors.signum() < 0
                || zeroActualForecasts.size() > count) {
            throw new IllegalArgumentException("count (" + count + "), absoluteErrors (" + absoluteErrors
                    + "), actuals (" + actuals + ") and squaredErrors (" + squaredErrors
                    + ") must be >= 0, and zeroActualForecasts (" + zeroActualForecasts.size() + ") at most count");
        }
    }

    /**
     * Returns the accuracy of no forecast in a currency: the identity of {@link #combine}.
     *
     * @param currency  the currency, not null
     * @return the empty accuracy, never null
     */
    public static ForecastAccuracy empty(Currency currency) {
        ExactMoney zero = ExactMoney.zero(currency);
        return new ForecastAccuracy(0, Collections.emptySortedSet(), Rational.ZERO, zero, zero, zero,
                Rational.ZERO, Rational.ZERO);
    }

    /**
     * Computes the accuracy of forecasts already scored (each set against its actual).
     *
     * @param currency  the currency of every forecast, not null
     * @param forecasts  the scored forecasts, not null
     * @return the accuracy, never null
     * @throws CurrencyMismatchException if a forecast is in another currency
     */
    public static ForecastAccuracy of(Currency currency, Collection<ScoredForecast> forecasts) {
        Objects.requireNonNull(forecasts, "forecasts");
        Accumulator acc = new Accumulator(currency);
        forecasts.forEach(acc::add);
        return acc.result();
    }

    /**
     * Returns a collector of scored forecasts into their accuracy. It does not apply the snapshot rule nor find
     * actuals: it reads forecasts already scored (such as a snapshot's).
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
     * Computes the accuracy of a category's forecasts for a period as they stood at an as-of date: the accuracy of
     * {@link ForecastSnapshot#of(ForecastInput, Period, ForecastCategory, LocalDate)}, every amount in the currency of
     * the input's first amount.
     *
     * @param input  the submissions, deals and roll-up, not null
     * @param period  the period whose forecasts are scored (a forecast whose period starts in it), not null
     * @param category  the forecast category, not null
     * @param asOf  the as-of date: submissions made after it are ignored, not null
     * @return the accuracy, never null
     * @throws io.github.revops.domain.InvalidRecordException if two submissions share submitter, category, period
     *         and day
     * @throws CurrencyMismatchException if the input's amounts are in more than one currency
     * @throws IllegalArgumentException if the input holds no amount (give a reporting currency)
     */
    public static ForecastAccuracy of(ForecastInput input, Period period, ForecastCategory category, LocalDate asOf) {
        return Scoring.of(input).snapshot(period, category, asOf).accuracy();
    }

    /**
     * Computes the same accuracy in a reporting currency: a submission converted at the rate of its submitted date,
     * a deal at its close date.
     *
     * @param input  the submissions, deals and roll-up, not null
     * @param period  the period whose forecasts are scored, not null
     * @param category  the forecast category, not null
     * @param asOf  the as-of date, not null
     * @param reporting  the reporting currency and its rates, not null
     * @return the accuracy, never null
     * @throws io.github.revops.domain.InvalidRecordException if two submissions share submitter, category, period
     *         and day
     * @throws CurrencyMismatchException if, without rates, an amount is in another currency
     * @throws io.github.revops.money.MissingExchangeRateException if a rate needed is missing
     */
    public static ForecastAccuracy of(ForecastInput input, Period period, ForecastCategory category, LocalDate asOf,
                                      ReportingCurrency reporting) {
        return Scoring.of(input, reporting).snapshot(period, category, asOf).accuracy();
    }

    /**
     * Computes the accuracy of the snapshot per group of the submissions that count, for any grouping: the
     * submitter ({@code ForecastSubmission::submitter}), the forecast period, or a key the caller computes.
     *
     * <p>The snapshot is taken over all the submissions first, then its forecasts are grouped, so the total is
     * {@link #of(ForecastInput, Period, ForecastCategory, LocalDate)}. The groups are every key found among the
     * input's submissions, in natural order, including groups with no forecast that counts.
     *
     * @param <K>  the key type
     * @param input  the submissions, deals and roll-up, not null
     * @param period  the period whose forecasts are scored, not null
     * @param category  the forecast category, not null
     * @param asOf  the as-of date, not null
     * @param key  the group of a submission, never null for a submission, not null
     * @return the accuracy per group, never null
     * @throws io.github.revops.domain.InvalidRecordException if two submissions share submitter, category, period
     *         and day
     * @throws CurrencyMismatchException if the input's amounts are in more than one currency
     * @throws IllegalArgumentException if the input holds no amount (give a reporting currency)
     */
    public static <K extends Comparable<? super K>> Breakdown<K, ForecastAccuracy> by(
            ForecastInput input, Period period, ForecastCategory category, LocalDate asOf,
            Function<? super ForecastSubmission, ? extends K> key) {
        return by(input, Scoring.of(input), period, category, asOf, key);
    }

    /**
     * Computes the accuracy per group in a reporting currency, as
     * {@link #by(ForecastInput, Period, ForecastCategory, LocalDate, Function)}.
     *
     * @param <K>  the key type
     * @param input  the submissions, deals and roll-up, not null
     * @param period  the period whose forecasts are scored, not null
     * @param category  the forecast category, not null
     * @param asOf  the as-of date, not null
     * @param key  the group of a submission, never null for a submission, not null
     * @param reporting  the reporting currency and its rates, not null
     * @return the accuracy per group, never null
     * @throws io.github.revops.domain.InvalidRecordException if two submissions share submitter, category, period
     *         and day
     * @throws CurrencyMismatchException if, without rates, an amount is in another currency
     * @throws io.github.revops.money.MissingExchangeRateException if a rate needed is missing
     */
    public static <K extends Comparable<? super K>> Breakdown<K, ForecastAccuracy> by(
            ForecastInput input, Period period, ForecastCategory category, LocalDate asOf,
            Function<? super ForecastSubmission, ? extends K> key, ReportingCurrency reporting) {
        return by(input, Scoring.of(input, reporting), period, category, asOf, key);
    }

    private static <K extends Comparable<? super K>> Breakdown<K, ForecastAccuracy> by(
            ForecastInput input, Scoring scoring, Period period, ForecastCategory category, LocalDate asOf,
            Function<? super ForecastSubmission, ? extends K> key) {
        Objects.requireNonNull(key, "key");
        Currency currency = scoring.reporting().currency();
        Map<K, Accumulator> groups = new HashMap<>();
        input.submissions().forEach(s -> groups.computeIfAbsent(Objects.requireNonNull(key.apply(s), "key"),
                k -> new Accumulator(currency)));
        scoring.snapshot(period, category, asOf).forecasts()
                .forEach(f -> groups.get(key.apply(f.submission())).add(f));
        Map<K, ForecastAccuracy> results = new HashMap<>();
        groups.forEach((k, acc) -> results.put(k, acc.result()));
        return Breakdown.of(results, Comparator.naturalOrder(), empty(currency));
    }

    /**
     * Computes the accuracy at an as-of date per forecast category, each category its own snapshot; every category
     * is listed, with the empty accuracy when no forecast of it counts.
     *
     * @param input  the submissions, deals and roll-up, not null
     * @param period  the period whose forecasts are scored, not null
     * @param asOf  the as-of date, not null
     * @return the accuracy per category, never null
     * @throws io.github.revops.domain.InvalidRecordException if two submissions share submitter, category, period
     *         and day
     * @throws CurrencyMismatchException if the input's amounts are in more than one currency
     * @throws IllegalArgumentException if the input holds no amount (give a reporting currency)
     */
    public static Breakdown<ForecastCategory, ForecastAccuracy> byCategory(ForecastInput input, Period period,
                                                                         LocalDate asOf) {
        return byCategory(Scoring.of(input), period, asOf);
    }

    /**
     * Computes the accuracy per forecast category in a reporting currency, as
     * {@link #byCategory(ForecastInput, Period, LocalDate)}.
     *
     * @param input  the submissions, deals and roll-up, not null
     * @param period  the period whose forecasts are scored, not null
     * @param asOf  the as-of date, not null
     * @param reporting  the reporting currency and its rates, not null
     * @return the accuracy per category, never null
     * @throws io.github.revops.domain.InvalidRecordException if two submissions share submitter, category, period
     *         and day
     * @throws CurrencyMismatchException if, without rates, an amount is in another currency
     * @throws io.github.revops.money.MissingExchangeRateException if a rate needed is missing
     */
    public static Breakdown<ForecastCategory, ForecastAccuracy> byCategory(ForecastInput input, Period period,
                                                                         LocalDate asOf, ReportingCurrency reporting) {
        return byCategory(Scoring.of(input, reporting), period, asOf);
    }

    private static Breakdown<ForecastCategory, ForecastAccuracy> byCategory(Scoring scoring, Period period,
                                                                          LocalDate asOf) {
        Map<ForecastCategory, ForecastAccuracy> groups = new EnumMap<>(ForecastCategory.class);
        for (ForecastCategory category : ForecastCategory.values()) {
            groups.put(category, scoring.snapshot(period, category, asOf).accuracy());
        }
        return Breakdown.of(groups, Comparator.naturalOrder(), empty(scoring.reporting().currency()));
    }

    /**
     * Computes the accuracy of each period of a granularity in a range: for each period, the accuracy of the
     * category's forecasts for it as they stood at the as-of date.
     *
     * @param input  the submissions, deals and roll-up, not null
     * @param range  the whole range, not null
     * @param granularity  how to cut the range, such as {@link Granularity#QUARTER}, not null
     * @param category  the forecast category, not null
     * @param asOf  the as-of date, the same for every period, not null
     * @return the accuracy per period, in time order, never null
     * @throws io.github.revops.domain.InvalidRecordException if two submissions share submitter, category, period
     *         and day
     * @throws CurrencyMismatchException if the input's amounts are in more than one currency
     * @throws IllegalArgumentException if the input holds no amount (give a reporting currency)
     */
    public static TimeSeries<ForecastAccuracy> series(ForecastInput input, Period range, Granularity granularity,
                                                      ForecastCategory category, LocalDate asOf) {
        Scoring scoring = Scoring.of(input);
        return TimeSeries.of(range, granularity, p -> scoring.snapshot(p, category, asOf).accuracy());
    }

    /**
     * Computes the accuracy of each period of a range in a reporting currency, as
     * {@link #series(ForecastInput, Period, Granularity, ForecastCategory, LocalDate)}.
     *
     * @param input  the submissions, deals and roll-up, not null
     * @param range  the whole range, not null
     * @param granularity  how to cut the range, not null
     * @param category  the forecast category, not null
     * @param asOf  the as-of date, the same for every period, not null
     * @param reporting  the reporting currency and its rates, not null
     * @return the accuracy per period, in time order, never null
     * @throws io.github.revops.domain.InvalidRecordException if two submissions share submitter, category, period
     *         and day
     * @throws CurrencyMismatchException if, without rates, an amount is in another currency
     * @throws io.github.revops.money.MissingExchangeRateException if a rate needed is missing
     */
    public static TimeSeries<ForecastAccuracy> series(ForecastInput input, Period range, Granularity granularity,
                                                      ForecastCategory category, LocalDate asOf,
                                                      ReportingCurrency reporting) {
        Scoring scoring = Scoring.of(input, reporting);
        return TimeSeries.of(range, granularity, p -> scoring.snapshot(p, category, asOf).accuracy());
    }

    /**
     * Returns the currency of every amount.
     *
     * @return the currency, never null
     */
    public Currency currency() {
        return actuals.currency();
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
     * @return the ratio, never null
     */
    public Ratio wape() {
        return Ratio.of(absoluteErrors.minorUnits(), actuals.minorUnits());
    }

    /**
     * Returns the bias, {@code Σ(F - A) / ΣA}: positive when the forecasts were too high, negative when too low;
     * undefined when nothing was won.
     *
     * @return the ratio, never null
     */
    public Ratio bias() {
        return Ratio.of(errors.minorUnits(), actuals.minorUnits());
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
     * Returns the mean absolute error {@code Σ|F - A| / n}, money per forecast; undefined with no forecast.
     *
     * @return the average, never null
     */
    public MoneyAverage mae() {
        return MoneyAverage.of(absoluteErrors, count);
    }

    /**
     * Returns the mean squared error {@code Σ(F - A)² / n} in squared minor units; undefined with no forecast.
     *
     * @return the ratio, never null
     */
    public Ratio mse() {
        return Ratio.of(squaredErrors, Rational.of(count));
    }

    /**
     * Returns the root mean squared error {@code √MSE}, its number of minor units rounded once to the context's
     * precision in its rounding mode (correctly: the rounding is decided by exact comparison, not from a double).
     *
     * @param context  the precision (significant digits, 1 to 10,000) and rounding mode, not null
     * @return the RMSE, or empty with no forecast
     * @throws IllegalArgumentException if the precision is not 1 to 10,000 (an unlimited context cannot hold an
     *     irrational root)
     */
    public Optional<ExactMoney> rmse(MathContext context) {
        Objects.requireNonNull(context, "context");
        if (context.getPrecision() < 1 || context.getPrecision() > MAX_PRECISION) {
            throw new IllegalArgumentException("context precision (" + context.getPrecision() + ") must be 1 to"
                    + " 10,000");
        }
        return mse().exactValue().map(mse -> ExactMoney.ofMinor(currency(),
                Rational.of(ExactSqrt.sqrt(mse, context))));
    }

    /**
     * Returns the root mean squared error as money, rounded once to the currency's minor unit.
     *
     * @param rounding  the rounding mode, not null
     * @return the RMSE, or empty with no forecast
     * @throws ArithmeticException if the rounded RMSE is too large for {@link Money} (use {@link #rmse(MathContext)})
     */
    public Optional<Money> rootMeanSquaredError(RoundingMode rounding) {
        Objects.requireNonNull(rounding, "rounding");
        return mse().exactValue().map(v -> ExactMoney.ofMinor(currency(),
                Rational.of(ExactSqrt.sqrt(v, 0, rounding))).toMoney(RoundingMode.UNNECESSARY));
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
        Objects.requireNonNull(other, "other");
        TreeSet<String> zeros = new TreeSet<>(zeroActualForecasts);
        zeros.addAll(other.zeroActualForecasts);
        return new ForecastAccuracy(Math.addExact(count, other.count), zeros,
                absolutePercentageErrors.add(other.absolutePercentageErrors),
                absoluteErrors.plus(other.absoluteErrors), errors.plus(other.errors), actuals.plus(other.actuals),
                symmetricErrors.add(other.symmetricErrors), squaredErrors.add(other.squaredErrors));
    }

    /** The mutable accumulator behind the collector: exact sums, whole minor units added without allocating. */
    private static final class Accumulator {

        private final Currency currency;
        private long count;
        private final TreeSet<String> zeroActuals = new TreeSet<>();
        private Rational percentageErrors = Rational.ZERO;
        private final ExactSum absoluteErrors = ExactSum.ofWholes();
        private final ExactSum errors = ExactSum.ofWholes();
        private final ExactSum actuals = ExactSum.ofWholes();
        private Rational symmetricErrors = Rational.ZERO;
        private Rational squaredErrors = Rational.ZERO;

        Accumulator(Currency currency) {
            this.currency = Objects.requireNonNull(currency, "currency");
        }

        void add(ScoredForecast scored) {
            if (!scored.currency().equals(currency)) {
                throw new CurrencyMismatchException(currency, scored.currency());
            }
            Rational error = scored.error().minorUnits();
            Rational abs = error.abs();
            Rational actual = scored.actual().minorUnits();
            count++;
            if (actual.isZero()) {
                zeroActuals.add(scored.submission().id());
            } else if (!abs.isZero()) {
                percentageErrors = percentageErrors.add(abs.divide(actual));
            }
            if (!abs.isZero()) {
                symmetricErrors = symmetricErrors.add(scored.symmetricError());
                squaredErrors = squaredErrors.add(abs.multiply(abs));
            }
            absoluteErrors.add(abs);
            errors.add(error);
            actuals.add(actual);
        }

        Accumulator merge(Accumulator other) {
            count = Math.addExact(count, other.count);
            zeroActuals.addAll(other.zeroActuals);
            percentageErrors = percentageErrors.add(other.percentageErrors);
            absoluteErrors.addAll(other.absoluteErrors);
            errors.addAll(other.errors);
            actuals.addAll(other.actuals);
            symmetricErrors = symmetricErrors.add(other.symmetricErrors);
            squaredErrors = squaredErrors.add(other.squaredErrors);
            return this;
        }

        ForecastAccuracy result() {
            return new ForecastAccuracy(count, zeroActuals, percentageErrors, money(absoluteErrors), money(errors),
                    money(actuals), symmetricErrors, squaredErrors);
        }

        private ExactMoney money(ExactSum sum) {
            return ExactMoney.ofMinor(currency, sum.value());
        }
    }
}
