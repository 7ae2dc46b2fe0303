package io.github.revops.json.contract;

import io.github.revops.domain.BillingInterval;
import io.github.revops.domain.Deal;
import io.github.revops.domain.ForecastCategory;
import io.github.revops.domain.ForecastSubmission;
import io.github.revops.domain.Spend;
import io.github.revops.domain.SpendCategory;
import io.github.revops.domain.Subscription;
import io.github.revops.economics.EconomicsInput;
import io.github.revops.economics.EconomicsOptions;
import io.github.revops.economics.UnitEconomics;
import io.github.revops.forecast.ForecastInput;
import io.github.revops.forecast.ForecastSnapshot;
import io.github.revops.funnel.LeadVelocityRate;
import io.github.revops.funnel.StageTransition;
import io.github.revops.json.JsonType;
import io.github.revops.math.Rational;
import io.github.revops.pipeline.WinRate;
import io.github.revops.recurring.MrrBridge;
import io.github.revops.money.ExactMoney;
import io.github.revops.money.Money;
import io.github.revops.result.Breakdown;
import io.github.revops.result.DayHistogram;
import io.github.revops.result.MoneyAverage;
import io.github.revops.result.Ratio;
import io.github.revops.result.TimeSeries;
import io.github.revops.time.Period;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The worked examples of docs/json.md, by the name each has there: the README's figures where the README has them
 * (its unit-economics month, forecast snapshot and funnel), as JSON the tests compare with the page.
 */
public final class Examples {

    /** An example value and the type to read it back as. */
    public record Example(Object value, JsonType type) {
    }

    private static final LocalDate MARCH_2 = LocalDate.of(2026, 3, 2);

    private Examples() {
    }

    /** Every example by name, in the page's order. */
    public static Map<String, Example> all() {
        Map<String, Example> all = new LinkedHashMap<>();
        all.put("money", plain(Money.parse("USD 2360.91")));
        all.put("exact-money", plain(Money.parse("USD 10.00").toExact().multipliedBy(Rational.of(52, 12))));
        all.put("ratio", plain(Ratio.of(12, 20)));
        all.put("ratio-undefined", plain(Ratio.EMPTY));
        all.put("money-average", plain(MoneyAverage.of(ExactMoney.of(Money.parse("USD 100.00")), 3)));
        all.put("day-histogram", plain(DayHistogram.of(10, 20, 30, 40)));
        all.put("deal", plain(wonDeal()));
        all.put("subscription", plain(Subscription.of("S-1", "ACME", Money.parse("USD 10.00"),
                BillingInterval.WEEK, LocalDate.of(2026, 1, 5))));
        all.put("win-rate", plain(WinRate.of(List.of(wonDeal(), lostDeal()), Period.quarter(2026, 1))));
        all.put("mrr-bridge", plain(february()));
        UnitEconomics march = march();
        all.put("cac-payback", plain(march.payback()));
        all.put("cac-by-channel", new Example(march.cac().byChannel(), JsonType.of(Breakdown.class,
                JsonType.of(String.class), JsonType.of(io.github.revops.economics.Cac.class))));
        all.put("scored-forecast", plain(week6().forecasts().get(0)));
        all.put("stage-transition", plain(new StageTransition("Lead", "Customer", DayHistogram.of(12, 30, 45, 58),
                DayHistogram.of(20, 75, 80))));
        all.put("lead-velocity-rate", plain(new LeadVelocityRate("Marketing Qualified Lead", 1, 2)));
        all.put("time-series", new Example(new TimeSeries<>(List.of(
                new TimeSeries.Point<>(Period.month(2026, 1), Ratio.of(1, 20)),
                new TimeSeries.Point<>(Period.month(2026, 2), Ratio.EMPTY))),
                JsonType.of(TimeSeries.class, JsonType.of(Ratio.class))));
        return all;
    }

    private static Example plain(Object value) {
        return new Example(value, JsonType.of(value.getClass()));
    }

    private static Deal wonDeal() {
        return Deal.builder("D-1").customer("ACME").owner("Ana").source("Ads")
                .amount(Money.parse("USD 8500.00")).created(LocalDate.of(2026, 1, 10)).won(LocalDate.of(2026, 2, 20))
                .build();
    }

    private static Deal lostDeal() {
        return Deal.builder("D-2").customer("Globex").owner("Ana").source("Web")
                .amount(Money.parse("USD 1500.00")).created(LocalDate.of(2026, 1, 20)).lost(LocalDate.of(2026, 3, 2))
                .build();
    }

    /**
     * The README's February MRR bridge: 150.00 at the start, Initech new at 10.00 a week (43.33...), ACME's add-on
     * of 30.00, Globex's 50.00 churned.
     */
    private static MrrBridge february() {
        LocalDate jan1 = LocalDate.of(2026, 1, 1);
        List<Subscription> subscriptions = List.of(
                Subscription.of("S-1", "ACME", Money.parse("USD 1200.00"), BillingInterval.YEAR, jan1),
                Subscription.of("S-2", "Globex", Money.parse("USD 50.00"), BillingInterval.MONTH, jan1)
                        .endingOn(LocalDate.of(2026, 2, 15)),
                Subscription.of("S-3", "ACME", Money.parse("USD 30.00"), BillingInterval.MONTH,
                        LocalDate.of(2026, 2, 10)),
                Subscription.of("S-4", "Initech", Money.parse("USD 10.00"), BillingInterval.WEEK,
                        LocalDate.of(2026, 2, 1)));
        return MrrBridge.of(subscriptions, Period.month(2026, 2));
    }

    /** The README's March of unit economics: 2,400.00 of spend, two new customers, a margin of 3/4. */
    private static UnitEconomics march() {
        List<Spend> spend = List.of(
                Spend.of("SP-1", MARCH_2, Money.parse("USD 1800.00"), SpendCategory.MARKETING, "Ads", true),
                Spend.of("SP-2", LocalDate.of(2026, 3, 31), Money.parse("USD 600.00"), SpendCategory.SALES, "Team",
                        false));
        List<Subscription> subscriptions = List.of(
                Subscription.of("S-1", "ACME", Money.parse("USD 200.00"), BillingInterval.MONTH,
                        LocalDate.of(2026, 3, 5)),
                Subscription.of("S-2", "Initech", Money.parse("USD 1920.00"), BillingInterval.YEAR,
                        LocalDate.of(2026, 3, 20)));
        return UnitEconomics.of(EconomicsInput.of(spend, subscriptions), Period.month(2026, 3),
                EconomicsOptions.DEFAULTS.withGrossMargin(Rational.of(3, 4)));
    }

    /** The README's forecast snapshot of 11 February: F-2 (9,000.00) against 8,500.00 won. */
    private static ForecastSnapshot week6() {
        List<ForecastSubmission> forecasts = List.of(
                new ForecastSubmission("F-1", "Ana", Period.quarter(2026, 1), LocalDate.of(2026, 1, 5),
                        ForecastCategory.COMMIT, Money.parse("USD 10000.00")),
                new ForecastSubmission("F-2", "Ana", Period.quarter(2026, 1), LocalDate.of(2026, 2, 9),
                        ForecastCategory.COMMIT, Money.parse("USD 9000.00")));
        return ForecastSnapshot.of(ForecastInput.of(forecasts, List.of(wonDeal())), Period.quarter(2026, 1),
                ForecastCategory.COMMIT, LocalDate.of(2026, 2, 11));
    }
}
