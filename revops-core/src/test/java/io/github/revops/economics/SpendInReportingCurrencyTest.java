package io.github.revops.economics;

import io.github.revops.domain.Spend;
import io.github.revops.domain.SpendCategory;
import io.github.revops.money.CurrencyMismatchException;
import io.github.revops.money.ExactMoney;
import io.github.revops.money.InMemoryExchangeRates;
import io.github.revops.money.Money;
import io.github.revops.money.ReportingCurrency;
import io.github.revops.result.Breakdown;
import io.github.revops.result.TimeSeries;
import io.github.revops.time.Granularity;
import io.github.revops.time.Period;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Spend summed in a reporting currency: converted spend lands in the total, its category, its channel and, when paid,
 * the paid total; the per-key and per-period overloads and the collector's merge keep the currency.
 */
class SpendInReportingCurrencyTest {

    private static final Period Q1 = Period.quarter(2026, 1);
    private static final ReportingCurrency USD_AT_1_25 = ReportingCurrency.of(Money.currency("USD"),
            InMemoryExchangeRates.builder().add("EUR", "USD", LocalDate.of(2025, 1, 1), new BigDecimal("1.25"))
                    .build());

    /** EUR 600.00 of paid ads in January, EUR 900.00 of (unpaid) team in February, USD 1,500.00 of paid ads in March. */
    private static final List<Spend> SPEND = List.of(
            spend("p2", LocalDate.of(2026, 1, 5), "EUR 600.00", SpendCategory.MARKETING, "ads", true),
            spend("p3", LocalDate.of(2026, 2, 10), "EUR 900.00", SpendCategory.SALES, "team", false),
            spend("p4", LocalDate.of(2026, 3, 1), "USD 1500.00", SpendCategory.MARKETING, "ads", true));

    private static Spend spend(String id, LocalDate date, String amount, SpendCategory category, String channel,
                               boolean paid) {
        return Spend.of(id, date, Money.parse(amount), category, channel, paid);
    }

    private static ExactMoney usd(String amount) {
        return ExactMoney.of(Money.parse("USD " + amount));
    }

    @Test
    void convertedSpendCountsInEveryPartItBelongsTo() {
        // EUR 600.00 -> USD 750.00 (paid ads); EUR 900.00 -> USD 1,125.00 (team, unpaid); USD 1,500.00 as is.
        SpendSummary q1 = SpendSummary.of(SPEND, Q1, USD_AT_1_25);
        assertThat(q1.currency()).isEqualTo(Money.currency("USD"));
        assertThat(q1.total()).isEqualTo(usd("3375.00"));
        assertThat(q1.paid()).isEqualTo(usd("2250.00"));
        assertThat(q1.of(SpendCategory.MARKETING)).isEqualTo(usd("2250.00"));
        assertThat(q1.of(SpendCategory.SALES)).isEqualTo(usd("1125.00"));
        assertThat(q1.byChannel()).containsExactlyEntriesOf(new TreeMap<>(Map.of(
                "ads", usd("2250.00"), "team", usd("1125.00"))));
    }

    @Test
    void byAKeyAndPerPeriodInAReportingCurrency() {
        Breakdown<String, SpendSummary> byChannel = SpendSummary.by(SPEND, Q1, Spend::channel, USD_AT_1_25);
        assertThat(byChannel.get("ads").orElseThrow().total()).isEqualTo(usd("2250.00"));
        assertThat(byChannel.get("team").orElseThrow().total()).isEqualTo(usd("1125.00"));
        assertThat(byChannel.get("team").orElseThrow().paid()).isEqualTo(usd("0.00"));

        TimeSeries<SpendSummary> months = SpendSummary.series(SPEND, Q1, Granularity.MONTH, USD_AT_1_25);
        assertThat(months.values()).extracting(SpendSummary::total)
                .containsExactly(usd("750.00"), usd("1125.00"), usd("1500.00"));
    }

    @Test
    void theCollectorsMergeTakesTheCurrencyOfAPartThatHasOne() {
        Collector<Spend, ?, SpendSummary> collector = SpendSummary.collector(Q1);
        // An empty part (no spend, no currency yet) merged with one that has EUR spend: the result is in EUR.
        assertThat(merged(collector, List.of(), List.of(SPEND.get(0)))).isEqualTo(SpendSummary.of(
                List.of(SPEND.get(0)), Q1));
        assertThat(merged(collector, List.of(), List.of(SPEND.get(0))).total())
                .isEqualTo(ExactMoney.of(Money.parse("EUR 600.00")));
        // Parts in two currencies cannot be merged without rates.
        assertThatThrownBy(() -> merged(collector, List.of(SPEND.get(0)), List.of(SPEND.get(2))))
                .isInstanceOf(CurrencyMismatchException.class);
    }

    /** The collector's result for two parts accumulated separately, then merged in order. */
    private static <A> SpendSummary merged(Collector<Spend, A, SpendSummary> collector, List<Spend> left,
                                           List<Spend> right) {
        A a = collector.supplier().get();
        left.forEach(s -> collector.accumulator().accept(a, s));
        A b = collector.supplier().get();
        right.forEach(s -> collector.accumulator().accept(b, s));
        return collector.finisher().apply(collector.combiner().apply(a, b));
    }
}
