package io.github.revops.contract;

import io.github.revops.domain.BillingInterval;
import io.github.revops.domain.Contact;
import io.github.revops.domain.Customer;
import io.github.revops.domain.Deal;
import io.github.revops.domain.DealType;
import io.github.revops.domain.ForecastCategory;
import io.github.revops.domain.ForecastSubmission;
import io.github.revops.domain.Spend;
import io.github.revops.domain.SpendCategory;
import io.github.revops.domain.StageEntry;
import io.github.revops.domain.Subscription;
import io.github.revops.economics.Acquisition;
import io.github.revops.economics.Acquisitions;
import io.github.revops.economics.Cac;
import io.github.revops.economics.CacPayback;
import io.github.revops.economics.CacReport;
import io.github.revops.economics.CohortLtv;
import io.github.revops.economics.EconomicsInput;
import io.github.revops.economics.EconomicsOptions;
import io.github.revops.economics.FormulaLtv;
import io.github.revops.economics.LtvToCac;
import io.github.revops.economics.MagicNumber;
import io.github.revops.economics.SpendSummary;
import io.github.revops.economics.TrailingChurn;
import io.github.revops.economics.UnitEconomics;
import io.github.revops.forecast.AccuracyByWeek;
import io.github.revops.forecast.ForecastAccuracy;
import io.github.revops.forecast.ForecastInput;
import io.github.revops.forecast.ForecastSnapshot;
import io.github.revops.forecast.Mape;
import io.github.revops.forecast.Quota;
import io.github.revops.forecast.QuotaAttainment;
import io.github.revops.forecast.ScoredForecast;
import io.github.revops.forecast.ZeroActualException;
import io.github.revops.funnel.CohortConversion;
import io.github.revops.funnel.LeadVelocityRate;
import io.github.revops.funnel.LifecycleStages;
import io.github.revops.funnel.PeriodConversion;
import io.github.revops.funnel.StageReach;
import io.github.revops.funnel.StageTransition;
import io.github.revops.math.Rational;
import io.github.revops.money.CurrencyMismatchException;
import io.github.revops.money.ExactMoney;
import io.github.revops.money.ExchangeRates;
import io.github.revops.money.InMemoryExchangeRates;
import io.github.revops.money.MissingExchangeRateException;
import io.github.revops.money.Money;
import io.github.revops.money.ReportingCurrency;
import io.github.revops.pipeline.StageConversion;
import io.github.revops.pipeline.StageStats;
import io.github.revops.recurring.CohortTable;
import io.github.revops.recurring.DealOutcomes;
import io.github.revops.recurring.LogoChurn;
import io.github.revops.recurring.Movement;
import io.github.revops.recurring.MrrBridge;
import io.github.revops.recurring.MrrSnapshot;
import io.github.revops.recurring.MrrTotal;
import io.github.revops.recurring.RecurringRevenue;
import io.github.revops.recurring.Renewals;
import io.github.revops.recurring.TrialConversion;
import io.github.revops.result.Breakdown;
import io.github.revops.result.DayAverage;
import io.github.revops.result.DayHistogram;
import io.github.revops.result.Mergeable;
import io.github.revops.result.MoneyAverage;
import io.github.revops.result.Ratio;
import io.github.revops.result.TimeSeries;
import io.github.revops.table.CodeColumn;
import io.github.revops.table.DealTable;
import io.github.revops.table.SubscriptionTable;
import io.github.revops.time.FiscalCalendar;
import io.github.revops.time.Granularity;
import io.github.revops.time.Period;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The samples of revops-core's types that {@link NullContractTest} passes for every other parameter, and the
 * receivers of instance methods: one valid, small value per type of the API, so that a call with one null argument
 * fails on that argument and on nothing else (the common JDK types are {@link Samples}' own).
 */
final class NullContractSamples {

    static final Currency USD = Currency.getInstance("USD");
    static final LocalDate DAY = Samples.DAY;
    static final Period QUARTER = Period.quarter(2026, 1);
    static final Money AMOUNT = Money.parse("USD 100.00");

    private final Samples samples = new Samples();

    private NullContractSamples() {
        put(Class.class, () -> SpendCategory.class);
        moneyAndTime();
        records();
        results();
        economics();
        forecast();
        funnel();
        tables();
        pipeline();
        recurring();
    }

    /**
     * Returns the samples of revops-core's types and of the JDK's.
     *
     * @return the samples
     */
    static Samples create() {
        return new NullContractSamples().samples;
    }

    private <T> void put(Class<T> type, Supplier<? extends T> sample) {
        samples.put(type, sample);
    }

    private void moneyAndTime() {
        put(Money.class, () -> AMOUNT);
        put(ExactMoney.class, () -> ExactMoney.of(AMOUNT));
        put(Rational.class, () -> Rational.of(1, 2));
        put(ExchangeRates.class, NullContractSamples::rates);
        put(InMemoryExchangeRates.class, NullContractSamples::rates);
        put(InMemoryExchangeRates.Builder.class, InMemoryExchangeRates::builder);
        put(ReportingCurrency.class, () -> ReportingCurrency.of(USD));
        put(CurrencyMismatchException.class, () -> new CurrencyMismatchException(USD, Currency.getInstance("EUR")));
        put(MissingExchangeRateException.class,
                () -> new MissingExchangeRateException(USD, Currency.getInstance("EUR"), DAY));
        put(Period.class, () -> QUARTER);
        put(Granularity.class, () -> Granularity.MONTH);
        put(FiscalCalendar.class, () -> FiscalCalendar.startingIn(Month.FEBRUARY));
    }

    private static InMemoryExchangeRates rates() {
        return InMemoryExchangeRates.builder().add("EUR", "USD", LocalDate.of(2026, 1, 1), new BigDecimal("1.10"))
                .build();
    }

    private void records() {
        put(Customer.class, () -> Customer.of("C-1", Map.of("region", "EU")));
        put(Spend.class, NullContractSamples::spend);
        put(ForecastSubmission.class, NullContractSamples::submission);
        put(StageEntry.class, () -> StageEntry.of("Lead", DAY));
        put(Contact.class, () -> contact().build());
        put(Contact.Builder.class, NullContractSamples::contact);
        put(BillingInterval.class, () -> BillingInterval.MONTH);
        put(Subscription.class, NullContractSamples::subscription);
        put(Deal.class, () -> deal().build());
        put(Deal.Builder.class, NullContractSamples::deal);
        put(Quota.class, () -> new Quota("ana", QUARTER, AMOUNT));
    }

    private static Spend spend() {
        return Spend.of("S-1", DAY, AMOUNT, SpendCategory.values()[0], "ads", true);
    }

    private static ForecastSubmission submission() {
        return new ForecastSubmission("F-1", "ana", QUARTER, DAY, ForecastCategory.COMMIT, AMOUNT);
    }

    private static Subscription subscription() {
        return Subscription.of("SUB-1", "C-1", AMOUNT, BillingInterval.MONTH, LocalDate.of(2026, 1, 5));
    }

    private static Deal.Builder deal() {
        return Deal.builder("D-1").customer("C-1").owner("ana").source("web").type(DealType.NEW_BUSINESS)
                .amount(AMOUNT).created(LocalDate.of(2026, 1, 5)).stage("Lead", LocalDate.of(2026, 1, 5)).won(DAY)
                .segment("region", "EU");
    }

    private static Contact.Builder contact() {
        return Contact.builder("P-1").owner("ana").source("web").entered("Lead", DAY).segment("region", "EU");
    }

    private void results() {
        put(Ratio.class, () -> Ratio.of(1, 2));
        put(Mergeable.class, () -> Ratio.of(1, 2));
        put(DayAverage.class, () -> DayAverage.of(2, 30));
        put(DayHistogram.class, () -> DayHistogram.of(10, 20, 30));
        put(DayHistogram.Builder.class, () -> DayHistogram.builder().add(5));
        put(MoneyAverage.class, () -> MoneyAverage.of(ExactMoney.of(AMOUNT), 2));
        put(Breakdown.class, () -> Breakdown.of(Map.of("a", Ratio.of(1, 2)), Comparator.naturalOrder(),
                Ratio.EMPTY));
        put(TimeSeries.class, () -> TimeSeries.of(QUARTER, Granularity.MONTH, p -> Ratio.EMPTY));
        put(TimeSeries.Point.class, () -> new TimeSeries.Point<>(QUARTER, Ratio.EMPTY));
    }

    private static EconomicsInput economicsInput() {
        return EconomicsInput.of(List.of(spend()), List.of(subscription()));
    }

    private void economics() {
        put(EconomicsInput.class, NullContractSamples::economicsInput);
        put(EconomicsOptions.class, () -> EconomicsOptions.DEFAULTS);
        put(Acquisition.class, () -> new Acquisition("C-1", DAY, Optional.of("web")));
        put(Acquisitions.class, () -> Acquisitions.of(List.of(new Acquisition("C-1", DAY, Optional.empty()))));
        put(Cac.class, () -> Cac.of(ExactMoney.of(AMOUNT), 2));
        put(CacPayback.class, () -> CacPayback.of(economicsInput(), QUARTER));
        put(CacReport.class, () -> CacReport.of(economicsInput(), QUARTER));
        put(CohortLtv.class, () -> CohortLtv.of(economicsInput(), QUARTER, 3));
        put(FormulaLtv.class, () -> FormulaLtv.of(economicsInput(), QUARTER));
        put(LtvToCac.class, () -> LtvToCac.of(economicsInput(), QUARTER));
        put(MagicNumber.class, () -> MagicNumber.of(economicsInput(), QUARTER));
        put(SpendSummary.class, () -> SpendSummary.of(List.of(spend()), QUARTER));
        put(TrailingChurn.class, () -> new TrailingChurn(List.of(Ratio.of(1, 10))));
        put(UnitEconomics.class, () -> UnitEconomics.of(economicsInput(), QUARTER));
    }

    private static ForecastInput forecastInput() {
        return ForecastInput.of(List.of(submission()), List.of())
                .withQuotas(List.of(new Quota("ana", QUARTER, AMOUNT)));
    }

    private void forecast() {
        put(ForecastInput.class, NullContractSamples::forecastInput);
        put(ForecastAccuracy.class, () -> ForecastAccuracy.of(forecastInput(), QUARTER, ForecastCategory.COMMIT, DAY));
        put(AccuracyByWeek.class, () -> AccuracyByWeek.of(forecastInput(), QUARTER, ForecastCategory.COMMIT));
        put(ForecastSnapshot.class, () -> ForecastSnapshot.of(forecastInput(), QUARTER, ForecastCategory.COMMIT,
                DAY));
        put(QuotaAttainment.class, () -> QuotaAttainment.of(forecastInput(), QUARTER));
        put(ScoredForecast.class, () -> ScoredForecast.of(submission(), AMOUNT));
        put(Mape.class, () -> new Mape(Ratio.of(1, 2), 0));
        put(ZeroActualException.class, () -> new ZeroActualException(List.of("F-1")));
    }

    private void funnel() {
        List<Contact> contacts = List.of(contact().build());
        LifecycleStages stages = LifecycleStages.HUBSPOT;
        put(LifecycleStages.class, () -> stages);
        put(PeriodConversion.class, () -> PeriodConversion.of(contacts, stages, QUARTER));
        put(CohortConversion.class, () -> CohortConversion.of(contacts, stages, QUARTER, DAY));
        put(LeadVelocityRate.class, () -> LeadVelocityRate.of(contacts, stages, QUARTER, "Lead"));
        put(StageReach.class, () -> new StageReach("Lead", 2, 1));
        put(StageTransition.class, () -> new StageTransition("Lead", "Customer", DayHistogram.of(3),
                DayHistogram.EMPTY));
    }

    private static DealTable dealTable() {
        return DealTable.of(List.of(deal().build()));
    }

    private static SubscriptionTable subscriptionTable() {
        return SubscriptionTable.of(List.of(subscription()));
    }

    private void tables() {
        put(DealTable.class, NullContractSamples::dealTable);
        put(DealTable.Builder.class, () -> DealTable.builder(USD).customer("C-1").owner("ana").source("web")
                .type(DealType.NEW_BUSINESS).amount(AMOUNT).created(LocalDate.of(2026, 1, 5)).won(DAY));
        put(SubscriptionTable.class, NullContractSamples::subscriptionTable);
        put(SubscriptionTable.Builder.class, () -> SubscriptionTable.builder(USD).customer("C-1").amount(AMOUNT)
                .interval(BillingInterval.MONTH).start(LocalDate.of(2026, 1, 5)));
        put(CodeColumn.class, () -> dealTable().customer());
    }

    private void pipeline() {
        put(StageStats.class, () -> StageConversion.of(List.of(deal().build()), List.of("Lead"), QUARTER, DAY)
                .stages().get(0));
    }

    private void recurring() {
        List<Subscription> subscriptions = List.of(subscription());
        put(Movement.class, () -> Movement.none(USD));
        put(MrrBridge.class, () -> MrrBridge.of(subscriptions, QUARTER));
        put(MrrSnapshot.class, () -> MrrSnapshot.of(subscriptions, DAY));
        put(MrrTotal.class, () -> MrrTotal.of(subscriptions, DAY));
        put(LogoChurn.class, () -> LogoChurn.of(subscriptions, QUARTER));
        put(Renewals.class, () -> Renewals.of(subscriptions, QUARTER));
        put(TrialConversion.class, () -> TrialConversion.of(subscriptions, QUARTER));
        put(CohortTable.class, () -> CohortTable.of(subscriptions, QUARTER, Granularity.MONTH));
        put(DealOutcomes.class, () -> DealOutcomes.of(List.of(deal().build()), QUARTER, DealType.NEW_BUSINESS));
        put(RecurringRevenue.class, () -> RecurringRevenue.of(subscriptions));
    }
}
