package io.github.revops.forecast;

import io.github.revops.internal.ExactSqrt;
import io.github.revops.math.Rational;
import io.github.revops.money.Money;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.List;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

class ForecastAccuracyPropertyTest {

    private static final Currency USD = Money.currency("USD");

    private static Gen<List<ScoredForecast>> forecasts() {
        Gen<long[]> pair = longs().between(0, 10_000_000).zip(longs().between(0, 10_000_000),
                (f, a) -> new long[] {f, a});
        return lists().of(pair).ofSizeBetween(1, 25).map(pairs -> TestForecasts.scored(
                pairs.stream().mapToLong(p -> p[0]).toArray(), pairs.stream().mapToLong(p -> p[1]).toArray()));
    }

    @Test
    void smapeIsBetweenZeroAndTwo() {
        qt().forAll(forecasts()).check(list -> {
            Rational smape = ForecastAccuracy.of(USD, list).smape().exactValue().orElseThrow();
            return smape.signum() >= 0 && smape.compareTo(Rational.of(2)) <= 0;
        });
    }

    @Test
    void biasIsBoundedByWape() {
        qt().forAll(forecasts()).check(list -> {
            ForecastAccuracy a = ForecastAccuracy.of(USD, list);
            return a.wape().isDefined() == a.bias().isDefined() && a.bias().exactValue()
                    .map(b -> b.abs().compareTo(a.wape().exactValue().orElseThrow()) <= 0).orElse(true);
        });
    }

    @Test
    void rmseIsAtLeastMae() {
        qt().forAll(forecasts()).check(list -> {
            ForecastAccuracy a = ForecastAccuracy.of(USD, list);
            Rational mae = a.mae().mean().orElseThrow().minorUnits();
            // RMSE >= MAE  <=>  MSE >= MAE^2 (both exact)
            return a.mse().exactValue().orElseThrow().compareTo(mae.multiply(mae)) >= 0;
        });
    }

    @Test
    void squareRootIsCorrectlyRoundedHalfEven() {
        Gen<Rational> values = longs().between(0, Long.MAX_VALUE / 2).zip(longs().between(1, 1_000_000),
                Rational::of);
        qt().forAll(values, integers().between(1, 30)).check((x, digits) -> {
            BigDecimal r = ExactSqrt.sqrt(x, new MathContext(digits, RoundingMode.HALF_EVEN));
            if (x.isZero()) {
                return r.signum() == 0;
            }
            // |r - sqrt(x)| <= ulp/2  <=>  (r - ulp/2)^2 <= x <= (r + ulp/2)^2, checked exactly
            BigDecimal halfUlp = r.ulp().divide(BigDecimal.valueOf(2));
            Rational low = Rational.of(r.subtract(halfUlp).max(BigDecimal.ZERO).pow(2));
            Rational high = Rational.of(r.add(halfUlp).pow(2));
            return r.precision() <= digits && low.compareTo(x) <= 0 && x.compareTo(high) <= 0;
        });
    }

    @Test
    void truncatedSquareRootBracketsTheRoot() {
        Gen<Rational> values = longs().between(0, Long.MAX_VALUE / 2).zip(longs().between(1, 1_000_000),
                Rational::of);
        qt().forAll(values, integers().between(-3, 12)).check((x, scale) -> {
            BigDecimal r = ExactSqrt.sqrt(x, scale, RoundingMode.DOWN);
            BigDecimal next = r.add(BigDecimal.ONE.movePointLeft(scale));
            return Rational.of(r.pow(2)).compareTo(x) <= 0 && x.compareTo(Rational.of(next.pow(2))) < 0;
        });
    }
}
