package io.github.revops.recurring;

import io.github.revops.domain.BillingInterval;
import io.github.revops.domain.Deal;
import io.github.revops.domain.DealType;
import io.github.revops.domain.Subscription;
import io.github.revops.math.Rational;
import io.github.revops.money.InMemoryExchangeRates;
import io.github.revops.money.Money;
import io.github.revops.money.ReportingCurrency;
import io.github.revops.result.Ratio;
import io.github.revops.time.Granularity;
import io.github.revops.time.Period;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Cohort tables and deal-based renewal and upsell figures, each worked by hand in the comments. */
class CohortAndDealsTest {

    private static Subscription monthly(String id, String customer, String amount, LocalDate start) {
        return Subscription.of(id, customer, Money.parse("USD " + amount), BillingInterval.MONTH, start);
    }

    // c1: 100 from 10 Jan, replaced by 150 on 1 Mar.   c2: 100 from 20 Jan to 15 Feb.
    // c3: 1,200 a year from 1 Feb (100 a month).        c4: 50 from 5 to 20 Jan, back at 50 from 10 Mar.
    private static final List<Subscription> SUBS = List.of(
            monthly("s1", "c1", "100.00", LocalDate.of(2024, 1, 10)).endingOn(LocalDate.of(2024, 3, 1)),
            monthly("s1b", "c1", "150.00", LocalDate.of(2024, 3, 1)),
            monthly("s2", "c2", "100.00", LocalDate.of(2024, 1, 20)).endingOn(LocalDate.of(2024, 2, 15)),
            Subscription.of("s3", "c3", Money.parse("USD 1200.00"), BillingInterval.YEAR, LocalDate.of(2024, 2, 1)),
            monthly("s4", "c4", "50.00", LocalDate.of(2024, 1, 5)).endingOn(LocalDate.of(2024, 1, 20)),
            monthly("s4b", "c4", "50.00", LocalDate.of(2024, 3, 10)));

    @Test
    void monthlyCohorts() {
        CohortTable table = RecurringRevenue.of(SUBS).cohorts(Period.quarter(2024, 1), Granularity.MONTH);
        assertThat(table.cohorts()).hasSize(2);
        // January: c1, c2, c4 (c4 keeps its first cohort when it returns); initial MRR 100 + 100 + 50 = 250.
        // 31 Jan: c1 100, c2 100 -> 2 customers, 200. 29 Feb: c1 100 -> 1, 100. 31 Mar: c1 150, c4 50 -> 2, 200.
        CohortTable.Cohort jan = table.cohorts().get(0);
        assertThat(jan.acquired()).isEqualTo(Period.month(2024, 1));
        assertThat(jan.customers()).isEqualTo(3);
        assertThat(jan.initialMrr().minorUnits()).isEqualTo(Rational.of(25_000));
        assertThat(jan.cells()).hasSize(3);
        assertThat(List.of(jan.logoRetention(0), jan.logoRetention(1), jan.logoRetention(2)))
                .containsExactly(Ratio.of(2, 3), Ratio.of(1, 3), Ratio.of(2, 3));
        assertThat(List.of(jan.netMrrRetention(0), jan.netMrrRetention(1), jan.netMrrRetention(2)))
                .containsExactly(Ratio.of(20_000, 25_000), Ratio.of(10_000, 25_000), Ratio.of(20_000, 25_000));
        // February: c3 alone, 100 a month throughout.
        CohortTable.Cohort feb = table.cohorts().get(1);
        assertThat(feb.customers()).isEqualTo(1);
        assertThat(feb.cells()).hasSize(2);
        assertThat(feb.netMrrRetention(1).exactValue()).contains(Rational.ONE);
        assertThat(table.format()).contains("2024-01-01   n=3         66.7    33.3    66.7")
                .contains("2024-02-01   n=1        100.0   100.0");
    }

    @Test
    void quarterlyCohorts() {
        // Q1 2024: all four customers, initial MRR 350. At the end of each quarter of 2024: c1 150, c3 100, c4 50.
        CohortTable table = RecurringRevenue.of(SUBS).cohorts(Period.year(2024), Granularity.QUARTER);
        CohortTable.Cohort q1 = table.cohorts().get(0);
        assertThat(q1.customers()).isEqualTo(4);
        assertThat(q1.cells()).hasSize(4);
        for (int k = 0; k < 4; k++) {
            assertThat(q1.logoRetention(k)).isEqualTo(Ratio.of(3, 4));
            assertThat(q1.netMrrRetention(k).exactValue()).contains(Rational.of(300, 350));
        }
    }

    private static Deal.Builder deal(String id) {
        return Deal.builder(id).customer("c").owner("ana").source("web").created(LocalDate.of(2024, 1, 2));
    }

    @Test
    void quarterlyCohortsReadAtEveryMonthEnd() {
        // Q1 2024 cohort read from 31 March (column 0) to 31 December: ten month ends, 3 of 4 customers paying
        // 300 of the initial 350 in each (c1 150, c3 100, c4 50).
        CohortTable table = RecurringRevenue.of(SUBS).cohorts(Period.year(2024), Granularity.QUARTER,
                Granularity.MONTH);
        CohortTable.Cohort q1 = table.cohorts().get(0);
        assertThat(q1.acquired()).isEqualTo(Period.quarter(2024, 1));
        assertThat(q1.cells()).hasSize(10);
        assertThat(q1.cells().get(0).period()).isEqualTo(Period.month(2024, 3));
        assertThat(q1.cells().get(9).period()).isEqualTo(Period.month(2024, 12));
        assertThat(q1.logoRetention(9)).isEqualTo(Ratio.of(3, 4));
        assertThat(q1.netMrrRetention(9)).isEqualTo(Ratio.of(30_000, 35_000));
    }

    @Test
    void renewalAndExpansionDeals() {
        // Q1 2024: RENEWAL won 1,000.00 and 500.00, lost 300.00; one open and one closed in April are out.
        // EXPANSION won EUR 200.00 on 15 Feb at 1.10 = USD 220.00, lost USD 100.00.
        List<Deal> deals = List.of(
                deal("r1").type(DealType.RENEWAL).amount(Money.parse("USD 1000.00"))
                        .won(LocalDate.of(2024, 1, 31)).build(),
                deal("r2").type(DealType.RENEWAL).amount(Money.parse("USD 500.00"))
                        .won(LocalDate.of(2024, 3, 31)).build(),
                deal("r3").type(DealType.RENEWAL).amount(Money.parse("USD 300.00"))
                        .lost(LocalDate.of(2024, 2, 1)).build(),
                deal("r4").type(DealType.RENEWAL).amount(Money.parse("USD 900.00")).open().build(),
                deal("r5").type(DealType.RENEWAL).amount(Money.parse("USD 800.00"))
                        .won(LocalDate.of(2024, 4, 1)).build(),
                deal("e1").type(DealType.EXPANSION).amount(Money.parse("EUR 200.00"))
                        .won(LocalDate.of(2024, 2, 15)).build(),
                deal("e2").type(DealType.EXPANSION).amount(Money.parse("USD 100.00"))
                        .lost(LocalDate.of(2024, 3, 1)).build());
        ReportingCurrency usd = ReportingCurrency.of(Money.currency("USD"), InMemoryExchangeRates.builder()
                .add("EUR", "USD", LocalDate.of(2024, 1, 1), new BigDecimal("1.10")).build());
        Period q1 = Period.quarter(2024, 1);
        DealOutcomes renewals = deals.stream().collect(DealOutcomes.collector(q1, DealType.RENEWAL, usd));
        assertThat(renewals.winRate()).isEqualTo(Ratio.of(2, 3));
        assertThat(renewals.wonValue().toMoney(java.math.RoundingMode.UNNECESSARY))
                .isEqualTo(Money.parse("USD 1500.00"));
        assertThat(renewals.valueWinRate().exactValue()).contains(Rational.of(150_000, 180_000));
        DealOutcomes upsells = deals.stream().collect(DealOutcomes.collector(q1, DealType.EXPANSION, usd));
        assertThat(upsells.won()).isEqualTo(1);
        assertThat(upsells.wonValue().minorUnits()).isEqualTo(Rational.of(22_000));
        assertThat(upsells.winRate()).isEqualTo(Ratio.of(1, 2));
        DealOutcomes none = deals.stream().collect(DealOutcomes.collector(Period.month(2023, 12),
                DealType.RENEWAL, usd));
        assertThat(none.winRate().isDefined()).isFalse();
    }
}
