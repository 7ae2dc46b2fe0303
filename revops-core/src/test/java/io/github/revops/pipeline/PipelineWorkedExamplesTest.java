package io.github.revops.pipeline;

import io.github.revops.domain.Deal;
import io.github.revops.math.Rational;
import io.github.revops.money.ExactMoney;
import io.github.revops.money.Money;
import io.github.revops.result.MoneyAverage;
import io.github.revops.result.Ratio;
import io.github.revops.time.Period;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static io.github.revops.pipeline.TestDeals.lost;
import static io.github.revops.pipeline.TestDeals.open;
import static io.github.revops.pipeline.TestDeals.won;
import static org.assertj.core.api.Assertions.assertThat;

/** The worked examples of docs/metrics.md#win-rate, #sales-cycle-length and #pipeline-velocity, exactly. */
class PipelineWorkedExamplesTest {

    private static final Period MARCH = Period.month(2026, 3);
    private static final LocalDate FEB_1 = LocalDate.of(2026, 2, 1);

    @Test
    void winRate_12won8lost_is060() {
        List<Deal> deals = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            deals.add(won("W" + i, "ana", "USD 100.00", FEB_1, MARCH.start().plusDays(i)));
        }
        for (int i = 0; i < 8; i++) {
            deals.add(lost("L" + i, "ana", "USD 100.00", FEB_1, MARCH.start().plusDays(i)));
        }
        deals.add(open("O1", "ana", "USD 100.00", FEB_1)); // open deals are not in the denominator

        WinRate rate = WinRate.of(deals, MARCH);

        assertThat(rate.byCount()).isEqualTo(Ratio.of(12, 20));
        assertThat(rate.byCount().exactValue()).contains(Rational.of(3, 5));
        assertThat(rate.byCount().toBigDecimal(2, RoundingMode.HALF_EVEN)).isEqualByComparingTo("0.60");
        assertThat(rate.lossByCount()).isEqualTo(Ratio.of(8, 20));
        // by value, all deals at USD 100.00: 120000 of 200000 cents
        assertThat(rate.byValue()).isEqualTo(Ratio.of(120_000, 200_000));
    }

    @Test
    void winRate_nothingClosed_isUndefined() {
        WinRate rate = WinRate.of(List.of(open("O1", "ana", "USD 100.00", FEB_1)), MARCH);

        assertThat(rate.byCount().isDefined()).isFalse();
        assertThat(rate.byCount().value()).isEmpty();
        assertThat(rate.byValue().isDefined()).isFalse();
        assertThat(WinRate.EMPTY.byCount().isDefined()).isFalse();
    }

    @Test
    void salesCycle_10_20_30_40_hasMean25Median25() {
        List<Deal> deals = new ArrayList<>();
        int[] cycles = {10, 20, 30, 40};
        for (int i = 0; i < cycles.length; i++) {
            LocalDate closed = MARCH.start().plusDays(i);
            deals.add(won("W" + i, "ana", "USD 100.00", closed.minusDays(cycles[i]), closed));
        }

        SalesCycle cycle = SalesCycle.of(deals, MARCH);

        assertThat(cycle.count()).isEqualTo(4);
        assertThat(cycle.mean()).contains(Rational.of(25));
        assertThat(cycle.median()).contains(Rational.of(25));
        assertThat(cycle.min()).hasValue(10);
        assertThat(cycle.max()).hasValue(40);
        // type 7: h = 3 x 0.9 = 2.7, 30 + 0.7 x 10 = 37
        assertThat(cycle.percentile(90)).contains(Rational.of(37));
        assertThat(cycle.days(CycleOutcome.LOST).isDefined()).isFalse();
    }

    @Test
    void velocity_50opportunities_10000average_025winRate_30days_is416667PerDay() {
        List<Deal> deals = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            deals.add(open("O" + i, "ana", "USD 5000.00", MARCH.start().plusDays(i % 28)));
        }
        // won: USD 8,000 after 20 days and USD 12,000 after 40 days (average 10,000, mean cycle 30); 6 lost
        deals.add(won("W1", "ana", "USD 8000.00", LocalDate.of(2026, 2, 20), LocalDate.of(2026, 3, 12)));
        deals.add(won("W2", "ana", "USD 12000.00", LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 13)));
        for (int i = 0; i < 6; i++) {
            deals.add(lost("L" + i, "ana", "USD 3000.00", FEB_1, MARCH.start().plusDays(i)));
        }

        PipelineVelocity v = PipelineVelocity.of(deals, MARCH);

        assertThat(v.opportunities()).isEqualTo(50);
        assertThat(v.averageWonDealSize()).contains(MoneyAverage.of(ExactMoney.of(Money.parse("USD 20000.00")), 2));
        assertThat(v.averageWonDealSize().flatMap(MoneyAverage::mean).map(ExactMoney::minorUnits))
                .contains(Rational.of(1_000_000)); // cents
        assertThat(v.winRate().exactValue()).contains(Rational.of(1, 4));
        assertThat(v.meanCycleDays().exactValue()).contains(Rational.of(30));
        // 50 x 1,000,000 x 1/4 / 30 = 1,250,000/3 cents a day, exactly; USD 4,166.67 once rounded
        assertThat(v.value().orElseThrow().minorUnits()).isEqualTo(Rational.of(1_250_000, 3));
        assertThat(v.value().orElseThrow().toMoney(RoundingMode.HALF_EVEN)).isEqualTo(Money.parse("USD 4166.67"));
        assertThat(v.perMonth().orElseThrow().toMoney(RoundingMode.UNNECESSARY))
                .isEqualTo(Money.parse("USD 125000.00"));
        assertThat(v.value().orElseThrow().amount().toBigDecimal(2, RoundingMode.HALF_EVEN))
                .isEqualByComparingTo(new BigDecimal("4166.67"));
    }

    @Test
    void velocity_isUndefinedWithoutAWinOrWithAZeroMeanCycle() {
        PipelineVelocity noWin = PipelineVelocity.of(List.of(
                open("O1", "ana", "USD 10.00", FEB_1),
                lost("L1", "ana", "USD 10.00", FEB_1, MARCH.start())), MARCH);
        PipelineVelocity sameDay = PipelineVelocity.of(List.of(
                open("O1", "ana", "USD 10.00", FEB_1),
                won("W1", "ana", "USD 10.00", MARCH.start(), MARCH.start())), MARCH);

        assertThat(noWin.isDefined()).isFalse();
        assertThat(noWin.value()).isEmpty();
        assertThat(noWin.opportunities()).isEqualTo(1);
        assertThat(sameDay.meanCycleDays().exactValue()).contains(Rational.ZERO);
        assertThat(sameDay.value()).isEmpty();
        assertThat(sameDay.perMonth()).isEmpty();
    }
}
