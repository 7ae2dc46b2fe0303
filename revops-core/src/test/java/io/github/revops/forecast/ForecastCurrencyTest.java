package io.github.revops.forecast;

import io.github.revops.domain.Deal;
import io.github.revops.domain.ForecastCategory;
import io.github.revops.domain.ForecastSubmission;
import io.github.revops.math.Rational;
import io.github.revops.money.CurrencyMismatchException;
import io.github.revops.money.ExactMoney;
import io.github.revops.money.InMemoryExchangeRates;
import io.github.revops.money.MissingExchangeRateException;
import io.github.revops.money.Money;
import io.github.revops.money.ReportingCurrency;
import io.github.revops.time.Period;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

import static io.github.revops.forecast.TestForecasts.Q1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Forecast scoring in a reporting currency (docs/decisions/0116): a submission is converted at the rate of its
 * submitted date, a deal at its close date, a quota at its period's first day, exactly.
 *
 * <p>EUR to USD is 1.1 from 1 January 2026 and 1.2 from 1 February. Ana forecasts EUR 1,000.00 on 15 January
 * (USD 1,100.00) and wins EUR 500.00 on 20 January (USD 550.00) and EUR 500.00 on 10 February (USD 600.00): her actual
 * is USD 1,150.00, her error USD -50.00, her accuracy (1150 - 50) / 1150 = 22/23.
 */
class ForecastCurrencyTest {

    private static final ReportingCurrency USD = ReportingCurrency.of(Money.currency("USD"),
            InMemoryExchangeRates.builder()
                    .add("EUR", "USD", LocalDate.of(2026, 1, 1), new BigDecimal("1.1"))
                    .add("EUR", "USD", LocalDate.of(2026, 2, 1), new BigDecimal("1.2")).build());

    private static final List<Deal> DEALS = List.of(
            wonInEuro("D1", LocalDate.of(2026, 1, 20), "500.00"),
            wonInEuro("D2", LocalDate.of(2026, 2, 10), "500.00"));

    private static Deal wonInEuro(String id, LocalDate closed, String amount) {
        return Deal.builder(id).customer("C-" + id).owner("ana").source("web").amount(Money.parse("EUR " + amount))
                .created(closed.minusDays(30)).won(closed).build();
    }

    private static ForecastSubmission commit(String id, LocalDate submitted, String amount) {
        return new ForecastSubmission(id, "ana", Q1, submitted, ForecastCategory.COMMIT, Money.parse(amount));
    }

    private static ExactMoney usd(String amount) {
        return ExactMoney.of(Money.parse("USD " + amount));
    }

    @Test
    void forecastsAndDealsAreConvertedAtTheirOwnDates() {
        ForecastInput input = ForecastInput.of(List.of(commit("F-1", LocalDate.of(2026, 1, 15), "EUR 1000.00")),
                DEALS);
        ForecastSnapshot s = ForecastSnapshot.of(input, Q1, ForecastCategory.COMMIT, Q1.lastDay(), USD);
        ScoredForecast ana = s.forecasts().get(0);
        assertThat(ana.forecast()).isEqualTo(usd("1100.00"));
        assertThat(ana.actual()).isEqualTo(usd("1150.00"));
        assertThat(ana.error()).isEqualTo(usd("-50.00"));
        assertThat(ana.accuracy().exactValue()).contains(Rational.of(22, 23));
        assertThat(s.accuracy().mae().mean()).contains(usd("50.00"));
        assertThat(s.accuracy().rmse(new MathContext(6, RoundingMode.HALF_EVEN))).contains(usd("50.00"));
        // A forecast already in the reporting currency is read as it stands; the deals are still converted.
        ForecastInput inDollars = ForecastInput.of(List.of(commit("F-2", LocalDate.of(2026, 3, 1), "USD 1200.00")),
                DEALS);
        assertThat(ForecastAccuracy.of(inDollars, Q1, ForecastCategory.COMMIT, Q1.lastDay(), USD).bias()
                .exactValue()).contains(Rational.of(5_000, 115_000));
    }

    @Test
    void aConvertedAmountKeepsItsFractionOfAMinorUnit() {
        // EUR 0.03 at 1.0833 is 3.2499 cents: kept exactly in the actual, the error and the sums.
        ReportingCurrency odd = ReportingCurrency.of(Money.currency("USD"), InMemoryExchangeRates.builder()
                .add("EUR", "USD", LocalDate.of(2026, 1, 1), new BigDecimal("1.0833")).build());
        ForecastInput input = ForecastInput.of(List.of(commit("F-1", LocalDate.of(2026, 1, 5), "USD 0.03")),
                List.of(wonInEuro("D1", LocalDate.of(2026, 1, 20), "0.03")));
        ForecastAccuracy a = ForecastAccuracy.of(input, Q1, ForecastCategory.COMMIT, Q1.lastDay(), odd);
        assertThat(a.actuals().minorUnits()).isEqualTo(Rational.of(32_499, 10_000));
        assertThat(a.errors().minorUnits()).isEqualTo(Rational.of(-2_499, 10_000));
        assertThat(a.squaredErrors()).isEqualTo(Rational.of(2_499L * 2_499L, 100_000_000L));
        assertThat(a.wape().exactValue()).contains(Rational.of(2_499, 32_499));
    }

    @Test
    void quotasAreConvertedAtTheirPeriodsFirstDay() {
        ForecastInput input = ForecastInput.of(List.of(), DEALS)
                .withQuotas(List.of(new Quota("ana", Q1, Money.parse("EUR 2000.00"))));
        QuotaAttainment ana = QuotaAttainment.of(input, Q1, USD);
        assertThat(ana.quota()).isEqualTo(usd("2200.00"));                     // at 1 January's 1.1
        assertThat(ana.wonBookings()).isEqualTo(usd("1150.00"));
        assertThat(ana.attainment().exactValue()).contains(Rational.of(23, 44));
        assertThat(QuotaAttainment.by(input, Q1, Quota::owner, USD).total()).isEqualTo(ana);
        assertThat(QuotaAttainment.series(input, Period.year(2026), io.github.revops.time.Granularity.QUARTER, USD)
                .get(Q1)).contains(ana);
    }

    @Test
    void aMissingRateOrAnotherCurrencyWithoutRatesIsRejected() {
        ForecastInput early = ForecastInput.of(List.of(commit("F-1", LocalDate.of(2026, 1, 15), "EUR 1000.00")),
                List.of(wonInEuro("D0", LocalDate.of(2025, 12, 20), "1.00")));
        // the deal of December counts for nobody's Q1 forecast, but its ledger converts it: there is no rate for it
        assertThatThrownBy(() -> ForecastSnapshot.of(early, Q1, ForecastCategory.COMMIT, Q1.lastDay(), USD))
                .isInstanceOf(MissingExchangeRateException.class);
        ForecastInput euros = ForecastInput.of(List.of(commit("F-1", LocalDate.of(2026, 1, 15), "EUR 1000.00")),
                DEALS);
        assertThatThrownBy(() -> ForecastSnapshot.of(euros, Q1, ForecastCategory.COMMIT, Q1.lastDay(),
                ReportingCurrency.of(Money.currency("USD")))).isInstanceOf(CurrencyMismatchException.class);
        // Without a reporting currency the input's own currency is used, unconverted.
        assertThat(ForecastSnapshot.of(euros, Q1, ForecastCategory.COMMIT, Q1.lastDay()).forecasts().get(0).actual())
                .isEqualTo(ExactMoney.of(Money.parse("EUR 1000.00")));
    }
}
