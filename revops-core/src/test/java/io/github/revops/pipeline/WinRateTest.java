package io.github.revops.pipeline;

import io.github.revops.domain.Deal;
import io.github.revops.domain.InvalidRecordException;
import io.github.revops.math.Rational;
import io.github.revops.money.CurrencyMismatchException;
import io.github.revops.money.ExactMoney;
import io.github.revops.money.ExchangeRates;
import io.github.revops.money.InMemoryExchangeRates;
import io.github.revops.money.Money;
import io.github.revops.money.MissingExchangeRateException;
import io.github.revops.money.ReportingCurrency;
import io.github.revops.result.Breakdown;
import io.github.revops.result.MoneyAverage;
import io.github.revops.result.Ratio;
import io.github.revops.time.Granularity;
import io.github.revops.time.Period;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static io.github.revops.pipeline.TestDeals.lost;
import static io.github.revops.pipeline.TestDeals.open;
import static io.github.revops.pipeline.TestDeals.won;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Win rate: conversion to a reporting currency, currency errors, duplicate ids and the tallies' invariants. */
class WinRateTest {

    private static final Period JANUARY = Period.month(2026, 1);
    private static final ExchangeRates RATES = InMemoryExchangeRates.builder()
            .add("EUR", "USD", LocalDate.of(2026, 1, 1), new BigDecimal("1.10"))
            .add("EUR", "USD", LocalDate.of(2026, 1, 31), new BigDecimal("1.20"))
            .build();
    private static final ReportingCurrency USD_CONVERTED = ReportingCurrency.of(Money.currency("USD"), RATES);

    /*
     * By hand, in US cents: E1 won EUR 100.00 on Jan 15 at 1.10 = 11000; U1 lost USD 50.00 on Jan 20 = 5000;
     * E2 open EUR 10.00, created in January, at the period's last day (Jan 31, 1.20) = 1200;
     * E3 created in January, won EUR 30.00 on Feb 3 at 1.20 = 3600.
     */
    private static final List<Deal> MIXED = List.of(
            won("E1", "ana", "EUR 100.00", LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 15)),
            lost("U1", "ana", "USD 50.00", LocalDate.of(2025, 12, 20), LocalDate.of(2026, 1, 20)),
            open("E2", "ana", "EUR 10.00", LocalDate.of(2026, 1, 10)),
            won("E3", "ana", "EUR 30.00", LocalDate.of(2026, 1, 2), LocalDate.of(2026, 2, 3)));

    @Test
    void of_withRates_convertsEachDealAtItsCloseDate() {
        WinRate rate = WinRate.of(MIXED, JANUARY, USD_CONVERTED);

        assertThat(rate.currency()).contains(Money.currency("USD"));
        assertThat(rate.closedWon().amount()).contains(usdCents(11_000));
        assertThat(rate.closedLost().amount()).contains(usdCents(5_000));
        assertThat(rate.created().count()).isEqualTo(3);
        assertThat(rate.created().amount()).contains(usdCents(11_000 + 1_200 + 3_600));
        assertThat(rate.createdWon().amount()).contains(usdCents(11_000 + 3_600));
        assertThat(rate.createdLost()).isEqualTo(DealTally.EMPTY);
        assertThat(rate.byValue()).isEqualTo(Ratio.of(11_000, 16_000));
        assertThat(rate.byValue(WinRatePolicy.of(WinRateBasis.CLOSED_IN_PERIOD, WinRateDenominator.ALL_CREATED)))
                .isEqualTo(Ratio.of(11_000, 15_800));
        assertThat(rate.byValue(WinRatePolicy.of(WinRateBasis.CREATED_IN_PERIOD, WinRateDenominator.WON_AND_LOST))
                .exactValue()).contains(Rational.ONE);
        assertThat(rate).isEqualTo(MIXED.parallelStream()
                .collect(WinRate.collector(JANUARY, USD_CONVERTED)));
    }

    @Test
    void velocity_withRates_convertsTheWonAndLostDeals() {
        PipelineVelocity v = PipelineVelocity.of(MIXED, JANUARY, USD_CONVERTED);

        // won E1 (11000 cents, 10 days), lost U1; open at Feb 1: E2 and E3 (closed Feb 3) -> 2 x 11000 x 1/2 / 10
        assertThat(v.opportunities()).isEqualTo(2);
        assertThat(v.averageWonDealSize()).contains(MoneyAverage.of(usdCents(11_000), 1));
        assertThat(v.winRate()).isEqualTo(Ratio.of(1, 2));
        assertThat(v.value()).contains(usdCents(1_100));
        assertThat(v.currency()).contains(Money.currency("USD"));
        assertThatThrownBy(() -> PipelineVelocity.of(MIXED, JANUARY)).isInstanceOf(CurrencyMismatchException.class);
        assertThat(MIXED.parallelStream().collect(PipelineVelocity.collector(JANUARY, USD_CONVERTED)))
                .isEqualTo(v);
    }

    @Test
    void byAndSeriesWithRates_giveEachGroupAndPeriodWhatOfGives() {
        // 20 groups: the kernels make room for groups after amounts were converted, which must keep each group's
        // converted amounts with it
        List<Deal> deals = new java.util.ArrayList<>(MIXED);
        for (int i = 0; i < 16; i++) {
            deals.add(won("X" + i, "ana", "EUR " + (i + 1) + ".00", LocalDate.of(2026, 1, 2),
                    LocalDate.of(2026, 1, 3 + i)));
        }
        Breakdown<String, WinRate> rates = WinRate.by(deals, JANUARY, USD_CONVERTED, Deal::id);
        Breakdown<String, PipelineVelocity> velocities = PipelineVelocity.by(deals, JANUARY, USD_CONVERTED, Deal::id);
        assertThat(rates.groups()).hasSize(20);
        for (Deal d : deals) {
            assertThat(rates.get(d.id())).contains(WinRate.of(List.of(d), JANUARY, USD_CONVERTED));
            assertThat(velocities.get(d.id())).contains(PipelineVelocity.of(List.of(d), JANUARY, USD_CONVERTED));
        }
        assertThat(rates.total()).isEqualTo(WinRate.of(deals, JANUARY, USD_CONVERTED));
        assertThat(velocities.total()).isEqualTo(PipelineVelocity.of(deals, JANUARY, USD_CONVERTED));
        assertThat(WinRate.series(deals, Period.of(LocalDate.of(2025, 12, 1), LocalDate.of(2026, 3, 1)),
                Granularity.MONTH, USD_CONVERTED).values())
                .containsExactly(WinRate.of(deals, Period.month(2025, 12), USD_CONVERTED),
                        WinRate.of(deals, JANUARY, USD_CONVERTED), WinRate.of(deals, Period.month(2026, 2), USD_CONVERTED));
        assertThat(PipelineVelocity.series(deals, Period.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 1)),
                Granularity.MONTH, USD_CONVERTED).values().get(0)).isEqualTo(PipelineVelocity.of(deals, JANUARY,
                USD_CONVERTED));
    }

    @Test
    void reportingCurrencyWithoutRates_acceptsItsCurrencyAndRejectsOthers() {
        ReportingCurrency usd = ReportingCurrency.of(Money.currency("USD"));
        List<Deal> dollars = List.of(MIXED.get(1));
        assertThat(WinRate.of(dollars, JANUARY, usd)).isEqualTo(WinRate.of(dollars, JANUARY));
        assertThatThrownBy(() -> WinRate.of(MIXED, JANUARY, usd)).isInstanceOf(CurrencyMismatchException.class)
                .hasMessageContaining("EUR");
        // a deal in another currency that counts in no tally is not read
        Deal eurLastYear = won("E9", "ana", "EUR 5.00", LocalDate.of(2024, 1, 5), LocalDate.of(2024, 1, 6));
        assertThat(WinRate.of(List.of(MIXED.get(1), eurLastYear), JANUARY, usd))
                .isEqualTo(WinRate.of(dollars, JANUARY));
    }

    @Test
    void of_withRates_keepsFractionsOfACent() {
        ExchangeRates third = InMemoryExchangeRates.builder()
                .add(Money.currency("EUR"), Money.currency("USD"), LocalDate.of(2026, 1, 1), Rational.of(4, 3))
                .build();
        WinRate rate = WinRate.of(List.of(won("E1", "ana", "EUR 0.01", LocalDate.of(2026, 1, 5),
                LocalDate.of(2026, 1, 6))), JANUARY, ReportingCurrency.of(Money.currency("USD"), third));

        assertThat(rate.closedWon().minorUnits()).isEqualTo(Rational.of(4, 3));
    }

    @Test
    void of_withoutRates_rejectsMixedCurrencies() {
        assertThatThrownBy(() -> WinRate.of(MIXED, JANUARY))
                .isInstanceOf(CurrencyMismatchException.class).hasMessageContaining("EUR").hasMessageContaining("USD");
    }

    @Test
    void of_missingRate_namesThePairAndDate() {
        assertThatThrownBy(() -> WinRate.of(MIXED, JANUARY, ReportingCurrency.of(Money.currency("GBP"), RATES)))
                .isInstanceOf(MissingExchangeRateException.class).hasMessageContaining("GBP");
    }

    @Test
    void combine_ofTwoCurrencies_throws() {
        WinRate eur = WinRate.of(List.of(MIXED.get(0)), JANUARY);
        WinRate usd = WinRate.of(List.of(MIXED.get(1)), JANUARY);

        assertThatThrownBy(() -> eur.combine(usd)).isInstanceOf(CurrencyMismatchException.class);
        assertThat(eur.combine(WinRate.EMPTY)).isEqualTo(eur);
    }

    @Test
    void of_duplicateIds_areRejected() {
        List<Deal> twice = List.of(MIXED.get(0), MIXED.get(0));

        assertThatThrownBy(() -> WinRate.of(twice, JANUARY)).isInstanceOfSatisfying(InvalidRecordException.class,
                e -> assertThat(e.field()).isEqualTo("id"));
        assertThatThrownBy(() -> WinRate.by(twice, JANUARY, Deal::owner)).isInstanceOf(InvalidRecordException.class);
        assertThatThrownBy(() -> SalesCycle.series(twice, JANUARY, Granularity.MONTH))
                .isInstanceOf(InvalidRecordException.class);
        assertThatThrownBy(() -> PipelineVelocity.of(twice, JANUARY)).isInstanceOf(InvalidRecordException.class);
    }

    @Test
    void byValue_isUndefinedWhenTheAmountsSumToZero_evenIfByCountIsDefined() {
        WinRate rate = WinRate.of(List.of(
                won("W1", "ana", "USD 0.00", LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 3)),
                lost("L1", "ana", "USD 0.00", LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 3))), JANUARY);

        assertThat(rate.byCount()).isEqualTo(Ratio.of(1, 2));
        assertThat(rate.byValue().isDefined()).isFalse();
        assertThat(rate.closedWon().amount()).contains(ExactMoney.zero(Money.currency("USD")));
    }

    @Test
    void constructor_rejectsInconsistentTallies() {
        DealTally oneUsd = DealTally.of(1, usdCents(100));
        DealTally oneEur = DealTally.of(1, ExactMoney.of(Money.parse("EUR 1.00")));

        assertThatThrownBy(() -> new WinRate(oneUsd, oneEur, DealTally.EMPTY, DealTally.EMPTY, DealTally.EMPTY))
                .isInstanceOf(CurrencyMismatchException.class);
        assertThatThrownBy(() -> new WinRate(DealTally.EMPTY, DealTally.EMPTY, oneUsd, DealTally.EMPTY,
                DealTally.EMPTY)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("created (0)");
        assertThatThrownBy(() -> new DealTally(0, Optional.of(usdCents(5))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DealTally(2, Optional.empty())).isInstanceOf(IllegalArgumentException.class);
        assertThat(DealTally.of(0, usdCents(0))).isEqualTo(DealTally.EMPTY);
    }

    private static ExactMoney usdCents(long cents) {
        return ExactMoney.of(Money.ofMinor("USD", cents));
    }
}
