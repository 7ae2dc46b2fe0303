package io.github.revops.economics;

import io.github.revops.domain.BillingInterval;
import io.github.revops.domain.Spend;
import io.github.revops.domain.SpendCategory;
import io.github.revops.domain.Subscription;
import io.github.revops.math.Rational;
import io.github.revops.money.ExactMoney;
import io.github.revops.money.InMemoryExchangeRates;
import io.github.revops.money.Money;
import io.github.revops.money.ReportingCurrency;
import io.github.revops.result.MoneyAverage;
import io.github.revops.result.Ratio;
import io.github.revops.result.TimeSeries;
import io.github.revops.time.Granularity;
import io.github.revops.time.Period;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Unit economics of a quarter, worked by hand from its three months (docs/metrics.md, "Unit economics over a
 * quarter, a year or trailing months").
 *
 * <p>Monthly plans in USD. E1 and E2 pay 100.00 from 1 October 2025 on; E3 pays 100.00 from 1 October to 15 December
 * 2025, E4 100.00 from 1 October 2025 to 20 January 2026. New customers: N1 200.00 from 10 January 2026, N2 300.00 from
 * 5 March, N3 150.00 from 20 March. Spend: October 300.00 (team), December 1,200.00 (ads, paid), January 600.00 (ads,
 * paid), February 900.00 (team), March 1,500.00 (ads, paid). Gross margin 3/4, a churn window of two months.
 *
 * <p>Logo churn (customers paying the day before the month, churned when no longer paying on its last day): November
 * 0/4, December 1/4 (E3), January 1/3 (E4), February 0/3, March 0/3. MRR on the month ends: December 300.00 (E1, E2,
 * E4), January 400.00 (E1, E2, N1: three paying), February 400.00 (three), March 850.00 (five).
 */
class EconomicsOverPeriodsTest {

    static final Period JANUARY = Period.month(2026, 1);
    private static final Period FEBRUARY = Period.month(2026, 2);
    static final Period MARCH = Period.month(2026, 3);
    static final Period Q1 = Period.quarter(2026, 1);
    private static final EconomicsOptions OPTIONS = EconomicsOptions.DEFAULTS.withGrossMargin(Rational.of(3, 4))
            .withChurnWindowMonths(2);

    static final EconomicsInput INPUT = EconomicsInput.of(List.of(
            spend("p0", LocalDate.of(2025, 10, 6), "300.00", "team", false),
            spend("p1", LocalDate.of(2025, 12, 1), "1200.00", "ads", true),
            spend("p2", LocalDate.of(2026, 1, 5), "600.00", "ads", true),
            spend("p3", LocalDate.of(2026, 2, 10), "900.00", "team", false),
            spend("p4", LocalDate.of(2026, 3, 1), "1500.00", "ads", true)), List.of(
            monthly("e1", "E1", "100.00", LocalDate.of(2025, 10, 1)),
            monthly("e2", "E2", "100.00", LocalDate.of(2025, 10, 1)),
            monthly("e3", "E3", "100.00", LocalDate.of(2025, 10, 1)).endingOn(LocalDate.of(2025, 12, 15)),
            monthly("e4", "E4", "100.00", LocalDate.of(2025, 10, 1)).endingOn(LocalDate.of(2026, 1, 20)),
            monthly("n1", "N1", "200.00", LocalDate.of(2026, 1, 10)),
            monthly("n2", "N2", "300.00", LocalDate.of(2026, 3, 5)),
            monthly("n3", "N3", "150.00", LocalDate.of(2026, 3, 20))));

    private static Spend spend(String id, LocalDate date, String amount, String channel, boolean paid) {
        return Spend.of(id, date, Money.parse("USD " + amount),
                paid ? SpendCategory.MARKETING : SpendCategory.SALES, channel, paid);
    }

    private static Subscription monthly(String id, String customer, String amount, LocalDate start) {
        return Subscription.of(id, customer, Money.parse("USD " + amount), BillingInterval.MONTH, start);
    }

    private static ExactMoney usd(String amount) {
        return ExactMoney.of(Money.parse("USD " + amount));
    }

    private static ExactMoney usd(Rational cents) {
        return ExactMoney.ofMinor(Money.currency("USD"), cents);
    }

    @Test
    void eachMonthOnItsOwn() {
        UnitEconomics january = UnitEconomics.of(INPUT, JANUARY, OPTIONS);
        assertThat(january.cac().blended().value()).contains(usd("600.00"));             // 600 / N1
        assertThat(january.newMrrPerNewCustomer().mean()).contains(usd("200.00"));
        assertThat(january.payback().months()).contains(Rational.of(4));                  // 600 / (200 x 3/4)
        assertThat(january.arpa()).isEqualTo(MoneyAverage.of(usd("400.00"), 3));
        assertThat(january.trailingChurn().exactValue()).contains(Rational.of(1, 8));      // (0 + 1/4) / 2
        assertThat(january.ltv().value()).contains(usd("800.00"));                         // 400/3 x 3/4 / (1/8)
        assertThat(january.ltvToCac().value()).contains(Rational.of(4, 3));

        UnitEconomics february = UnitEconomics.of(INPUT, FEBRUARY, OPTIONS);
        assertThat(february.cac().blended()).isEqualTo(Cac.of(usd("900.00"), 0));       // spent, won nobody
        assertThat(february.payback().isDefined()).isFalse();
        assertThat(february.trailingChurn().exactValue()).contains(Rational.of(7, 24));    // (1/4 + 1/3) / 2
        assertThat(february.ltv().value()).contains(usd(Rational.of(240_000, 7)));        // 100 / (7/24)
        assertThat(february.ltvToCac().isDefined()).isFalse();                             // no new customer

        UnitEconomics march = UnitEconomics.of(INPUT, MARCH, OPTIONS);
        assertThat(march.cac().blended().value()).contains(usd("750.00"));               // 1500 / 2
        assertThat(march.newMrrPerNewCustomer().mean()).contains(usd("225.00"));          // (300 + 150) / 2
        assertThat(march.payback().months()).contains(Rational.of(40, 9));                 // 750 / (225 x 3/4)
        assertThat(march.arpa()).isEqualTo(MoneyAverage.of(usd("850.00"), 5));
        assertThat(march.trailingChurn().exactValue()).contains(Rational.of(1, 6));        // (1/3 + 0) / 2
        assertThat(march.ltv().value()).contains(usd("765.00"));                           // 170 x 3/4 / (1/6)
        assertThat(march.ltvToCac().value()).contains(Rational.of(51, 50));
    }

    @Test
    void theQuarterAddsUpItsMonthsParts() {
        UnitEconomics q1 = UnitEconomics.of(INPUT, Q1, OPTIONS);
        // CAC: 3,000.00 of spend over 3 new customers, paid 2,100.00 over the same 3
        assertThat(q1.cac().blended()).isEqualTo(Cac.of(usd("3000.00"), 3));
        assertThat(q1.cac().paid().value()).contains(usd("700.00"));
        assertThat(q1.cac().newCustomerIds()).containsExactly("N1", "N2", "N3");
        // new MRR 200 + 450 = 650 over 3; payback 1000 / (650/3 x 3/4) = 80/13 months, not a mean of 4 and 40/9
        assertThat(q1.newMrrPerNewCustomer()).isEqualTo(MoneyAverage.of(usd("650.00"), 3));
        assertThat(q1.payback().months()).contains(Rational.of(80, 13));
        // ARPA: (400 + 400 + 850) / (3 + 3 + 5) = 150.00 per customer-month
        assertThat(q1.arpa()).isEqualTo(MoneyAverage.of(usd("1650.00"), 11));
        assertThat(q1.arpa().mean()).contains(usd("150.00"));
        // churn: every month the three months look back on, once each: November to February
        assertThat(q1.monthlyLogoChurn().points()).extracting(TimeSeries.Point::period).containsExactly(
                Period.month(2025, 11), Period.month(2025, 12), JANUARY, FEBRUARY);
        assertThat(q1.monthlyLogoChurn().values()).containsExactly(Ratio.of(0, 4), Ratio.of(1, 4), Ratio.of(1, 3),
                Ratio.of(0, 3));
        assertThat(q1.trailingChurn().exactValue()).contains(Rational.of(7, 48));         // (7/12) / 4
        // LTV 150 x 3/4 / (7/48) = 5400/7; LTV:CAC (5400/7) / 1000 = 27/35
        assertThat(q1.ltv().value()).contains(usd(Rational.of(540_000, 7)));
        assertThat(q1.ltvToCac().value()).contains(Rational.of(27, 35));
        // magic number: 12 x (850 - 300) = 6,600 over the previous quarter's 1,500 of spend (October to December)
        assertThat(q1.previousPeriod()).isEqualTo(Period.quarter(2025, 4));
        assertThat(q1.magicNumber()).isEqualTo(MagicNumber.of(usd("6600.00"), usd("1500.00")));
        assertThat(q1.magicNumber().ratio().exactValue()).contains(Rational.of(22, 5));

        // The same parts, combined from the three months by hand.
        List<UnitEconomics> months = UnitEconomics.series(INPUT, Q1, Granularity.MONTH, OPTIONS).values();
        assertThat(months).containsExactly(UnitEconomics.of(INPUT, JANUARY, OPTIONS),
                UnitEconomics.of(INPUT, FEBRUARY, OPTIONS), UnitEconomics.of(INPUT, MARCH, OPTIONS));
        assertThat(q1.cac().blended()).isEqualTo(months.get(0).cac().blended()
                .combine(months.get(1).cac().blended()).combine(months.get(2).cac().blended()));
        assertThat(q1.payback()).isEqualTo(months.get(0).payback().combine(months.get(1).payback())
                .combine(months.get(2).payback()));
        assertThat(q1.arpa()).isEqualTo(months.get(0).arpa().combine(months.get(1).arpa())
                .combine(months.get(2).arpa()));
        assertThat(q1.magicNumber().netNewArr()).isEqualTo(months.get(0).magicNumber().netNewArr()
                .plus(months.get(1).magicNumber().netNewArr()).plus(months.get(2).magicNumber().netNewArr()));
    }

    @Test
    void everyFigureHasTheSameEntryPoints() {
        UnitEconomics q1 = UnitEconomics.of(INPUT, Q1, OPTIONS);
        assertThat(CacReport.of(INPUT, Q1, OPTIONS)).isEqualTo(q1.cac());
        assertThat(CacPayback.of(INPUT, Q1, OPTIONS)).isEqualTo(q1.payback());
        assertThat(FormulaLtv.of(INPUT, Q1, OPTIONS)).isEqualTo(q1.ltv());
        assertThat(LtvToCac.of(INPUT, Q1, OPTIONS)).isEqualTo(q1.ltvToCac());
        assertThat(MagicNumber.of(INPUT, Q1)).isEqualTo(q1.magicNumber());
        assertThat(CacPayback.series(INPUT, Period.year(2026), Granularity.QUARTER, OPTIONS).get(Q1))
                .contains(q1.payback());
        assertThat(FormulaLtv.series(INPUT, Period.year(2026), Granularity.QUARTER, OPTIONS).get(Q1))
                .contains(q1.ltv());
        assertThat(LtvToCac.series(INPUT, Period.year(2026), Granularity.QUARTER, OPTIONS).get(Q1))
                .contains(q1.ltvToCac());
        assertThat(MagicNumber.series(INPUT, Period.year(2026), Granularity.QUARTER).get(Q1))
                .contains(q1.magicNumber());
        assertThat(CacReport.series(INPUT, Period.year(2026), Granularity.QUARTER, OPTIONS).get(Q1))
                .contains(q1.cac());
        // The cohort of the quarter: N1 followed from January, N2 and N3 from March, each for two months.
        CohortLtv cohort = CohortLtv.of(INPUT, Q1, 2);
        assertThat(cohort.customers()).isEqualTo(3);
        assertThat(cohort.revenue()).containsExactly(usd("650.00"), usd("650.00"));
        assertThat(cohort.cumulative().get(1).mean()).contains(usd(Rational.of(130_000, 3)));
        assertThat(CohortLtv.series(INPUT, Q1, Granularity.MONTH, 2).values().stream().reduce(CohortLtv::combine))
                .contains(cohort);
    }

    @Test
    void twelveTrailingMonthsAreAPeriodLikeAnyOther() {
        Period trailing = Period.of(LocalDate.of(2025, 4, 1), LocalDate.of(2026, 4, 1));
        UnitEconomics ttm = UnitEconomics.of(INPUT, trailing, OPTIONS);
        // every spend of the input (4,500.00) over the seven customers new in those months (E1-E4 in October)
        assertThat(ttm.cac().blended()).isEqualTo(Cac.of(usd("4500.00"), 7));
        assertThat(ttm.previousPeriod()).isEqualTo(Period.of(LocalDate.of(2024, 4, 1), LocalDate.of(2025, 4, 1)));
        assertThat(ttm.magicNumber().ratio().isDefined()).isFalse();                       // nothing spent before
        assertThat(ttm.magicNumber().netNewArr()).isEqualTo(usd("10200.00"));            // 12 x 850
    }

    @Test
    void aPeriodThatIsNotWholeMonthsIsRejected() {
        Period weeks = Period.of(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 2, 2));
        assertThatThrownBy(() -> UnitEconomics.of(INPUT, weeks)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("period (" + weeks + ") must be whole calendar months");
        assertThatThrownBy(() -> FormulaLtv.of(INPUT, weeks)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MagicNumber.of(INPUT, weeks)).isInstanceOf(IllegalArgumentException.class);
        // CAC alone reads no month end: any period is fine.
        assertThat(CacReport.of(INPUT, weeks).blended()).isEqualTo(Cac.of(usd("600.00"), 1));   // N1
    }

    @Test
    void aReportingCurrencyConvertsSpendAtItsDateAndMrrWhereItIsRead() {
        // The same business in euros, reported in dollars at 1.25 from 2025: every dollar figure is 1.25 x the euro
        // one, ratios unchanged.
        InMemoryExchangeRates rates = InMemoryExchangeRates.builder()
                .add("EUR", "USD", LocalDate.of(2025, 1, 1), new BigDecimal("1.25")).build();
        EconomicsInput euros = EconomicsInput.of(INPUT.spend().stream().map(s -> Spend.of(s.id(), s.date(),
                Money.ofMinor("EUR", s.amount().minorUnits()), s.category(), s.channel(), s.paid())).toList(),
                INPUT.subscriptions().stream().map(s -> new Subscription(s.id(), s.customerId(),
                        Money.ofMinor("EUR", s.amount().minorUnits()), s.interval(), s.startDate(), s.endDate(),
                        s.trial(), s.cancellationDate())).toList());
        UnitEconomics q1 = UnitEconomics.of(euros, Q1, OPTIONS, ReportingCurrency.of(Money.currency("USD"), rates));
        assertThat(q1.cac().blended()).isEqualTo(Cac.of(usd("3750.00"), 3));
        assertThat(q1.arpa().mean()).contains(usd("187.50"));
        assertThat(q1.payback().months()).contains(Rational.of(80, 13));
        assertThat(q1.ltvToCac().value()).contains(Rational.of(27, 35));
        assertThatThrownBy(() -> UnitEconomics.of(euros, Q1, OPTIONS, ReportingCurrency.of(Money.currency("USD"))))
                .isInstanceOf(io.github.revops.money.CurrencyMismatchException.class);
    }
}
