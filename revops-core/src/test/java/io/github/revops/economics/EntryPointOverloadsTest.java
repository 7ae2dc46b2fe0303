package io.github.revops.economics;

import io.github.revops.math.Rational;
import io.github.revops.money.ExactMoney;
import io.github.revops.money.Money;
import io.github.revops.money.ReportingCurrency;
import io.github.revops.result.TimeSeries;
import io.github.revops.time.Granularity;
import io.github.revops.time.Period;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.github.revops.economics.EconomicsOverPeriodsTest.INPUT;
import static io.github.revops.economics.EconomicsOverPeriodsTest.JANUARY;
import static io.github.revops.economics.EconomicsOverPeriodsTest.MARCH;
import static io.github.revops.economics.EconomicsOverPeriodsTest.Q1;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every overload of every unit-economics figure (default options, explicit options, a reporting currency; one period
 * or a series) gives the figures of the quarter worked by hand in {@link EconomicsOverPeriodsTest}, here with the
 * default options: gross margin 1 and a six-month churn window.
 *
 * <p>With the defaults, January's churn window is July to December 2025: July to October had no customer at their
 * start (undefined, left out), November 0/4, December 1/4, so the trailing churn is (0 + 1/4) / 2 = 1/8. Q1's window is
 * July 2025 to February 2026: November 0/4, December 1/4, January 1/3, February 0/3, a mean of (7/12) / 4 = 7/48.
 */
class EntryPointOverloadsTest {

    private static final ReportingCurrency USD = ReportingCurrency.of(Money.currency("USD"));
    private static final EconomicsOptions DEFAULTS = EconomicsOptions.DEFAULTS;

    private static ExactMoney usd(String amount) {
        return ExactMoney.of(Money.parse("USD " + amount));
    }

    private static ExactMoney cents(Rational cents) {
        return ExactMoney.ofMinor(Money.currency("USD"), cents);
    }

    @Test
    void cacPayback_ofJanuaryIsItsCacOverItsNewMrrAtMarginOne() {
        // CAC 600.00 (January's spend over N1); N1's MRR 200.00; margin 1: 600 / 200 = 3 months.
        for (CacPayback payback : List.of(CacPayback.of(INPUT, JANUARY),
                CacPayback.of(INPUT, JANUARY, DEFAULTS, USD),
                CacPayback.series(INPUT, Q1, Granularity.MONTH).get(JANUARY).orElseThrow(),
                CacPayback.series(INPUT, Q1, Granularity.MONTH, DEFAULTS, USD).get(JANUARY).orElseThrow())) {
            assertThat(payback.months()).contains(Rational.of(3));
            assertThat(payback.isDefined()).isTrue();
        }
    }

    @Test
    void formulaLtv_ofJanuaryIsArpaOverTheSixMonthTrailingChurn() {
        // ARPA 400.00 / 3 customers; churn 1/8: LTV (40000/3) / (1/8) = 320000/3 cents = 1,066.67.
        ExactMoney expected = cents(Rational.of(320_000, 3));
        for (FormulaLtv ltv : List.of(FormulaLtv.of(INPUT, JANUARY), FormulaLtv.of(INPUT, JANUARY, DEFAULTS, USD),
                FormulaLtv.series(INPUT, Q1, Granularity.MONTH).get(JANUARY).orElseThrow(),
                FormulaLtv.series(INPUT, Q1, Granularity.MONTH, DEFAULTS, USD).get(JANUARY).orElseThrow())) {
            assertThat(ltv.churn().exactValue()).contains(Rational.of(1, 8));
            assertThat(ltv.value()).contains(expected);
            assertThat(ltv.isDefined()).isTrue();
        }
    }

    @Test
    void ltvToCac_ofTheQuarterIsItsLtvOverItsBlendedCac() {
        // ARPA 1650.00 / 11 = 150.00; churn 7/48; LTV 150 / (7/48) = 7200/7; CAC 3000 / 3 = 1000: 36/35.
        for (LtvToCac ratio : List.of(LtvToCac.of(INPUT, Q1), LtvToCac.of(INPUT, Q1, DEFAULTS, USD),
                LtvToCac.series(INPUT, Period.year(2026), Granularity.QUARTER).get(Q1).orElseThrow(),
                LtvToCac.series(INPUT, Period.year(2026), Granularity.QUARTER, DEFAULTS, USD).get(Q1)
                        .orElseThrow())) {
            assertThat(ratio.ltv().value()).contains(cents(Rational.of(720_000, 7)));
            assertThat(ratio.value()).contains(Rational.of(36, 35));
            assertThat(ratio.isDefined()).isTrue();
        }
        // January: (320000/3) / 60000 = 16/9.
        assertThat(LtvToCac.of(INPUT, JANUARY).value()).contains(Rational.of(16, 9));
    }

    @Test
    void cacReport_seriesGivesEachMonthsSpendOverItsNewCustomers() {
        for (TimeSeries<CacReport> months : List.of(CacReport.series(INPUT, Q1, Granularity.MONTH),
                CacReport.series(INPUT, Q1, Granularity.MONTH, DEFAULTS, USD))) {
            assertThat(months.values()).extracting(CacReport::blended).containsExactly(
                    Cac.of(usd("600.00"), 1),                      // N1
                    Cac.of(usd("900.00"), 0),                      // spent, won nobody
                    Cac.of(usd("1500.00"), 2));                    // N2, N3
        }
    }

    @Test
    void magicNumber_ofJanuaryIsTwelveTimesItsMrrChangeOverDecembersSpend() {
        // MRR 300.00 at the end of December (E1, E2, E4), 400.00 at the end of January (E1, E2, N1):
        // 12 x 100.00 = 1,200.00 of net new ARR over December's 1,200.00 of spend.
        MagicNumber expected = MagicNumber.of(usd("1200.00"), usd("1200.00"));
        assertThat(MagicNumber.of(INPUT, JANUARY, USD)).isEqualTo(expected);
        assertThat(MagicNumber.series(INPUT, Q1, Granularity.MONTH, USD).get(JANUARY)).contains(expected);
        assertThat(expected.ratio().exactValue()).contains(Rational.ONE);
    }

    @Test
    void unitEconomics_seriesWithDefaultsHoldsEachMonthsFigures() {
        TimeSeries<UnitEconomics> months = UnitEconomics.series(INPUT, Q1, Granularity.MONTH);
        assertThat(months.values()).extracting(UnitEconomics::newMrr)
                .containsExactly(usd("200.00"), usd("0.00"), usd("450.00"));
        assertThat(months.get(MARCH).orElseThrow().options()).isEqualTo(DEFAULTS);
    }

    @Test
    void cohortLtv_seriesInAReportingCurrencyFollowsEachMonthsNewCustomers() {
        // January: N1 at 200.00 for two months; February: nobody; March: N2 300.00 + N3 150.00.
        TimeSeries<CohortLtv> cohorts = CohortLtv.series(INPUT, Q1, Granularity.MONTH, 2, DEFAULTS, USD);
        assertThat(cohorts.values()).extracting(CohortLtv::customers).containsExactly(1L, 0L, 2L);
        assertThat(cohorts.values()).extracting(CohortLtv::revenue).containsExactly(
                List.of(usd("200.00"), usd("200.00")),
                List.of(usd("0.00"), usd("0.00")),
                List.of(usd("450.00"), usd("450.00")));
    }
}
