package io.github.revops;

import io.github.revops.domain.BillingInterval;
import io.github.revops.domain.Deal;
import io.github.revops.domain.ForecastCategory;
import io.github.revops.domain.ForecastSubmission;
import io.github.revops.domain.Spend;
import io.github.revops.domain.SpendCategory;
import io.github.revops.domain.Subscription;
import io.github.revops.economics.Cac;
import io.github.revops.economics.CacReport;
import io.github.revops.economics.EconomicsInput;
import io.github.revops.economics.EconomicsOptions;
import io.github.revops.economics.UnitEconomics;
import io.github.revops.forecast.AccuracyByWeek;
import io.github.revops.forecast.ForecastInput;
import io.github.revops.forecast.ForecastSnapshot;
import io.github.revops.math.Rational;
import io.github.revops.money.ExactMoney;
import io.github.revops.money.Money;
import io.github.revops.time.Period;
import org.junit.jupiter.api.Test;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The "Unit economics and forecast accuracy" example of README.md, line for line. */
class UnitEconomicsReadmeExampleTest {

    @Test
    void unitEconomicsAndForecastAccuracyExample() {
                List<Spend> spend = List.of(
                Spend.of("SP-1", LocalDate.of(2026, 3, 2), Money.parse("USD 1800.00"), SpendCategory.MARKETING, "Ads", true),
                Spend.of("SP-2", LocalDate.of(2026, 3, 31), Money.parse("USD 600.00"), SpendCategory.SALES, "Team", false));
        List<Subscription> subscriptions = List.of(
                Subscription.of("S-1", "ACME", Money.parse("USD 200.00"), BillingInterval.MONTH, LocalDate.of(2026, 3, 5)),
                Subscription.of("S-2", "Initech", Money.parse("USD 1920.00"), BillingInterval.YEAR, LocalDate.of(2026, 3, 20)));
        EconomicsInput input = EconomicsInput.of(spend, subscriptions);
        EconomicsOptions margin = EconomicsOptions.DEFAULTS.withGrossMargin(Rational.of(3, 4));
        UnitEconomics march = UnitEconomics.of(input, Period.month(2026, 3), margin);
        march.cac().blended().amount(RoundingMode.HALF_EVEN);   // Optional[USD 1200.00]: 2,400.00 over 2 new customers
        march.cac().paid().amount(RoundingMode.HALF_EVEN);      // Optional[USD 900.00]: paid acquisition only
        march.newMrrPerNewCustomer().toMoney(RoundingMode.HALF_EVEN);   // Optional[USD 180.00]: (200 + 1920/12) / 2
        march.payback().months();                               // Optional[80/9]: 1200 / (180 x 3/4) = 8.89 months
        march.ltv().value();                                    // Optional.empty: nobody has churned yet
        CacReport.of(input, Period.quarter(2026, 1)).blended(); // the quarter's spend over its new customers: 2,400.00 / 2

        Deal won = Deal.builder("D-1").customer("ACME").owner("Ana").source("Ads")
                .amount(Money.parse("USD 8500.00")).created(LocalDate.of(2026, 1, 10)).won(LocalDate.of(2026, 2, 20))
                .build();
        List<ForecastSubmission> forecasts = List.of(
                new ForecastSubmission("F-1", "Ana", Period.quarter(2026, 1), LocalDate.of(2026, 1, 5),
                        ForecastCategory.COMMIT, Money.parse("USD 10000.00")),
                new ForecastSubmission("F-2", "Ana", Period.quarter(2026, 1), LocalDate.of(2026, 2, 9),
                        ForecastCategory.COMMIT, Money.parse("USD 9000.00")));
        ForecastInput scoring = ForecastInput.of(forecasts, List.of(won));
        ForecastSnapshot week6 = ForecastSnapshot.of(scoring, Period.quarter(2026, 1), ForecastCategory.COMMIT,
                LocalDate.of(2026, 2, 11));
        week6.superseded();                                     // [F-1]: F-2 is the latest on or before 11 February
        week6.forecasts().get(0).accuracy().exactValue();       // Optional[16/17]: 1 - |9000 - 8500| / 8500
        week6.accuracy().mape().exactValue();                   // Optional[1/17]; zero actuals excluded and counted
        week6.accuracy().bias().exactValue();                   // Optional[1/17]: positive, the forecast was high
        AccuracyByWeek.of(scoring, Period.quarter(2026, 1), ForecastCategory.COMMIT).get(1)   // week 1: F-1, WAPE 3/17
                .map(a -> a.wape().exactValue());

        assertThat(march.cac().blended().amount(RoundingMode.HALF_EVEN)).contains(Money.parse("USD 1200.00"));
        assertThat(march.cac().paid().amount(RoundingMode.HALF_EVEN)).contains(Money.parse("USD 900.00"));
        assertThat(march.newMrrPerNewCustomer().toMoney(RoundingMode.HALF_EVEN)).contains(Money.parse("USD 180.00"));
        assertThat(march.newMrrPerNewCustomer().mean()).contains(ExactMoney.of(Money.parse("USD 180.00")));
        assertThat(march.payback().months()).contains(Rational.of(80, 9));
        assertThat(march.ltv().value()).isEmpty();
        assertThat(CacReport.of(input, Period.quarter(2026, 1)).blended())
                .isEqualTo(Cac.of(ExactMoney.of(Money.parse("USD 2400.00")), 2));
        assertThat(week6.superseded()).containsExactly("F-1");
        assertThat(week6.forecasts().get(0).accuracy().exactValue()).contains(Rational.of(16, 17));
        assertThat(week6.accuracy().mape().exactValue()).contains(Rational.of(1, 17));
        assertThat(week6.accuracy().bias().exactValue()).contains(Rational.of(1, 17));
        assertThat(AccuracyByWeek.of(scoring, Period.quarter(2026, 1), ForecastCategory.COMMIT).get(1)
                .flatMap(a -> a.wape().exactValue())).contains(Rational.of(3, 17));
    }
}
