package io.github.revops.forecast;

import io.github.revops.domain.Deal;
import io.github.revops.domain.InvalidRecordException;
import io.github.revops.math.Rational;
import io.github.revops.money.ExactMoney;
import io.github.revops.money.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

import static io.github.revops.forecast.TestForecasts.Q1;
import static io.github.revops.forecast.TestForecasts.commit;
import static io.github.revops.forecast.TestForecasts.scored;
import static io.github.revops.forecast.TestForecasts.usd;
import static io.github.revops.forecast.TestForecasts.won;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The edges of the accuracy measures and of the records they read: boundaries the worked examples do not reach. */
class AccuracyEdgesTest {

    private static final Currency USD = Money.currency("USD");

    @Test
    void mape_failPolicyWithoutAZeroActualGivesTheValue() {
        // |120 - 100| / 100 and |90 - 100| / 100: (1/5 + 1/10) / 2 = 3/20.
        ForecastAccuracy a = ForecastAccuracy.of(USD, scored(new long[] {120, 90}, new long[] {100, 100}));
        Mape mape = a.mape(ZeroActualPolicy.FAIL);
        assertThat(mape.exactValue()).contains(Rational.of(3, 20));
        assertThat(mape.excluded()).isZero();
        assertThat(mape.isDefined()).isTrue();
        assertThat(mape.value()).hasValue(0.15);
    }

    @Test
    void rmse_acceptsOneDigitAndRefusesUnlimitedPrecision() {
        // One forecast 5,000 cents off: an RMSE of 5,000 cents, which one digit (5E+3) holds exactly. Two forecasts
        // 5,000 and 1,200 cents off: sqrt((5000^2 + 1200^2) / 2) = sqrt(13,220,000) = 3,635.93..., 3,640 to 3 digits.
        ForecastAccuracy one = ForecastAccuracy.of(USD, scored(new long[] {15_000}, new long[] {10_000}));
        assertThat(one.rmse(new MathContext(1, RoundingMode.HALF_EVEN)))
                .contains(ExactMoney.ofMinor(USD, Rational.of(5_000)));
        ForecastAccuracy two = ForecastAccuracy.of(USD, scored(new long[] {15_000, 8_800}, new long[] {10_000,
                10_000}));
        assertThat(two.rmse(new MathContext(3, RoundingMode.HALF_EVEN)))
                .contains(ExactMoney.ofMinor(USD, Rational.of(new BigDecimal("3640"))));
        assertThatThrownBy(() -> one.rmse(MathContext.UNLIMITED)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("context precision (0) must be 1 to 10,000");
    }

    @Test
    void symmetricError_ofANothingForecastForANothingActualIsZero() {
        ScoredForecast nothing = ScoredForecast.of(commit("F", "ana", Q1.start(), 0), usd(0));
        assertThat(nothing.symmetricError()).isEqualTo(Rational.ZERO);
        assertThat(nothing.absoluteError()).isEqualTo(ExactMoney.zero(USD));
        // 2 x |300 - 100| / (300 + 100) = 1.
        assertThat(ScoredForecast.of(commit("G", "ana", Q1.start(), 300), usd(100)).symmetricError())
                .isEqualTo(Rational.ONE);
    }

    @Test
    void quotaAttainment_isInTheCurrencyOfItsQuota() {
        assertThat(QuotaAttainment.empty(Money.currency("EUR")).currency()).isEqualTo(Money.currency("EUR"));
        assertThat(QuotaAttainment.of(ForecastInput.of(List.of(), List.of())
                .withQuotas(List.of(new Quota("ana", Q1, Money.parse("JPY 1000")))), Q1).currency())
                .isEqualTo(Money.currency("JPY"));
    }

    @Test
    void quota_messagesNameTheQuotaByOwnerAndPeriod() {
        assertThatThrownBy(() -> new Quota("ana", Q1, usd(-1))).isInstanceOf(InvalidRecordException.class)
                .hasMessage("quota 'ana@" + Q1 + "': amount (USD -0.01) must not be negative");
        assertThatThrownBy(() -> new Quota("ana", Q1, null)).isInstanceOf(InvalidRecordException.class)
                .hasMessage("quota 'ana@" + Q1 + "': amount (null) is required");
        assertThatThrownBy(() -> new Quota(" ", Q1, usd(1))).isInstanceOf(InvalidRecordException.class)
                .hasMessage("quota '?': owner (' ') must not be blank");
        assertThatThrownBy(() -> new Quota(null, Q1, usd(1))).isInstanceOf(InvalidRecordException.class)
                .hasMessage("quota '?': owner (null) must not be blank");
    }

    @Test
    void dealsSharingAnIdAreRejected() {
        Deal first = won("d1", "ana", LocalDate.of(2026, 1, 5), 100);
        Deal again = won("d1", "ben", LocalDate.of(2026, 1, 6), 200);
        assertThatThrownBy(() -> ForecastInput.of(List.of(), List.of(first, again)))
                .isInstanceOf(InvalidRecordException.class).hasMessageStartingWith("deal 'd1'");
    }
}
