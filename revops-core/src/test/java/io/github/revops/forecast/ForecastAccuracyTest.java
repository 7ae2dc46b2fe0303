package io.github.revops.forecast;

import io.github.revops.domain.ForecastCategory;
import io.github.revops.domain.ForecastSubmission;
import io.github.revops.math.Rational;
import io.github.revops.money.CurrencyMismatchException;
import io.github.revops.money.ExactMoney;
import io.github.revops.money.Money;
import io.github.revops.testing.MergeLaws;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Random;

import static io.github.revops.forecast.TestForecasts.Q1;
import static io.github.revops.forecast.TestForecasts.exactUsd;
import static io.github.revops.forecast.TestForecasts.scored;
import static io.github.revops.forecast.TestForecasts.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ForecastAccuracyTest {

    private static final Currency USD = Money.currency("USD");

    @Test
    void mapeOfTheTorchmetricsExampleIsFourFifteenths() {
        // docs/metrics.md#forecast-accuracy: F [0.9, 15, 1.2e6] against A [1, 10, 1e6], as USD amounts in cents.
        ForecastAccuracy a = ForecastAccuracy.of(USD, scored(new long[] {90, 1_500, 120_000_000},
                new long[] {100, 1_000, 100_000_000}));
        assertThat(a.mape().exactValue()).contains(Rational.of(4, 15));
        assertThat(a.mape().ratio().toBigDecimal(6, RoundingMode.HALF_EVEN)).isEqualByComparingTo("0.266667");
        assertThat(a.mape().excluded()).isZero();
    }

    @Test
    void smapeOfThePmdarimaExampleIs42Point603Percent() {
        // anchors.md d.8: pmdarima's vectors (x 100,000, as minor units) give sMAPE 42.60306631890196 %.
        // The other figures are the ones anchors.md recomputed for the same vectors (python3 fractions:
        // MAPE 945181/2249856, WAPE 12280/29319, bias 2281/29319).
        long[] actual = {7533, 7533, 7533, 7533, 7533, 7533, 6720, 6720};
        long[] forecast = {10200, 10700, 4700, 10000, 3200, 4700, 10800, 8900};
        ForecastAccuracy a = ForecastAccuracy.of(USD, scored(forecast, actual));
        BigDecimal percent = a.smape().toBigDecimal(14, RoundingMode.HALF_EVEN).movePointRight(2);
        assertThat(percent).isEqualByComparingTo("42.603066318902");
        assertThat(a.mape().ratio().toBigDecimal(6, RoundingMode.HALF_EVEN)).isEqualByComparingTo("0.420107");
        assertThat(a.wape().exactValue()).contains(Rational.of(12280, 29319));
        assertThat(a.wape().toBigDecimal(6, RoundingMode.HALF_EVEN)).isEqualByComparingTo("0.418841");
        assertThat(a.bias().toBigDecimal(6, RoundingMode.HALF_EVEN)).isEqualByComparingTo("0.077799");
        // MAE 3070 cents; MSE 39727167/4; RMSE sqrt = 3151.4745358323934901... (python3 Decimal, 30 digits)
        assertThat(a.mae().mean()).contains(exactUsd(3070));
        assertThat(a.mse().exactValue()).contains(Rational.of(39_727_167, 4));
        assertThat(a.rmse(new MathContext(15, RoundingMode.HALF_EVEN))).contains(
                ExactMoney.ofMinor(USD, Rational.of(new BigDecimal("3151.47453583239"))));
        assertThat(a.mae().toMoney(RoundingMode.HALF_EVEN)).contains(Money.parse("USD 30.70"));
        assertThat(a.rootMeanSquaredError(RoundingMode.HALF_EVEN)).contains(Money.parse("USD 31.51"));
    }

    @Test
    void zeroActualIsExcludedAndCountedOrFails() {
        // A forecast for a period in which nothing was won: its percentage error has no value.
        ForecastAccuracy a = ForecastAccuracy.of(USD, scored(new long[] {500, 0, 120}, new long[] {0, 0, 100}));
        assertThat(a.mape().excluded()).isEqualTo(2);
        assertThat(a.mape().exactValue()).contains(Rational.of(1, 5));
        assertThat(a.mape(ZeroActualPolicy.EXCLUDE)).isEqualTo(a.mape());
        assertThatThrownBy(() -> a.mape(ZeroActualPolicy.FAIL)).isInstanceOfSatisfying(ZeroActualException.class,
                e -> assertThat(e.forecastIds()).containsExactly("F-0", "F-1"));
        // sMAPE: 2 for F > 0 = A, 0 for F = A = 0, 2*20/220 = 2/11: (2 + 0 + 2/11) / 3 = 8/11.
        // WAPE and bias use every forecast: 520/100.
        assertThat(a.smape().exactValue()).contains(Rational.of(8, 11));
        assertThat(a.wape().exactValue()).contains(Rational.of(520, 100));
        assertThat(a.bias().exactValue()).contains(Rational.of(520, 100));
    }

    @Test
    void nothingScoredIsUndefinedNeverZero() {
        ForecastAccuracy empty = ForecastAccuracy.empty(USD);
        assertThat(empty.mape().isDefined()).isFalse();
        assertThat(empty.wape().isDefined()).isFalse();
        assertThat(empty.bias().isDefined()).isFalse();
        assertThat(empty.smape().isDefined()).isFalse();
        assertThat(empty.mae().isDefined()).isFalse();
        assertThat(empty.rmse(MathContext.DECIMAL64)).isEmpty();
        assertThat(empty.rootMeanSquaredError(RoundingMode.HALF_EVEN)).isEmpty();
    }

    @Test
    void perForecastAccuracyCanBeNegativeAndIsUndefinedWithoutActual() {
        List<ScoredForecast> s = scored(new long[] {300, 50}, new long[] {100, 0});
        assertThat(s.get(0).accuracy().exactValue()).contains(Rational.of(-1));    // 1 - 200/100
        assertThat(s.get(0).error()).isEqualTo(exactUsd(200));
        assertThat(s.get(1).accuracy().isDefined()).isFalse();
        assertThat(s.get(1).absolutePercentageError().isDefined()).isFalse();
        assertThat(s.get(1).symmetricError()).isEqualTo(Rational.of(2));
    }

    @Test
    void accuracyMergesExactlyWhateverTheSplit() {
        List<ScoredForecast> input = random(new Random(7), 60);
        MergeLaws.assertMergeable(input, list -> ForecastAccuracy.of(USD, list), ForecastAccuracy.empty(USD));
        MergeLaws.assertCollector(input, ForecastAccuracy.collector(USD), ForecastAccuracy.of(USD, input));
    }

    @Test
    void largeErrorsSquareExactly() {
        // |F - A| above sqrt(Long.MAX_VALUE) minor units: the sum of squares leaves long arithmetic.
        long big = 4_000_000_000_000L;
        ForecastAccuracy a = ForecastAccuracy.of(USD, scored(new long[] {big, big, 0}, new long[] {0, 0, 0}));
        assertThat(a.squaredErrors()).isEqualTo(Rational.of(java.math.BigInteger.valueOf(big).pow(2).shiftLeft(1),
                java.math.BigInteger.ONE));
        assertThat(a.rmse(new MathContext(20, RoundingMode.HALF_EVEN)).orElseThrow().minorUnits())
                .isEqualTo(Rational.of(new BigDecimal(java.math.BigInteger.valueOf(big).pow(2).shiftLeft(1))
                        .divide(BigDecimal.valueOf(3), new MathContext(60)).sqrt(new MathContext(20))));
    }

    @Test
    void currenciesNeverMix() {
        ForecastSubmission eur = new ForecastSubmission("F-1", "ana", Q1, Q1.start(), ForecastCategory.COMMIT,
                Money.parse("EUR 10.00"));
        assertThatThrownBy(() -> ScoredForecast.of(eur, usd(1000))).isInstanceOf(CurrencyMismatchException.class);
        ForecastAccuracy eurAccuracy = ForecastAccuracy.empty(Money.currency("EUR"));
        assertThatThrownBy(() -> eurAccuracy.combine(ForecastAccuracy.empty(USD)))
                .isInstanceOf(CurrencyMismatchException.class);
        List<ScoredForecast> usdForecasts = scored(new long[] {1}, new long[] {1});
        assertThatThrownBy(() -> ForecastAccuracy.of(Money.currency("EUR"), usdForecasts))
                .isInstanceOf(CurrencyMismatchException.class);
    }

    static List<ScoredForecast> random(Random random, int n) {
        List<ScoredForecast> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long f = random.nextInt(5) == 0 ? 0 : random.nextInt(1_000_000);
            long a = random.nextInt(5) == 0 ? 0 : random.nextInt(1_000_000);
            out.add(ScoredForecast.of(TestForecasts.commit("F-" + i, "r" + (i % 7), Q1.start(), f), usd(a)));
        }
        return out;
    }
}
