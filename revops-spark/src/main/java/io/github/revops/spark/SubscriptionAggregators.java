package io.github.revops.spark;

import io.github.revops.domain.Subscription;
import io.github.revops.money.Money;
import io.github.revops.money.ReportingCurrency;
import io.github.revops.recurring.ChurnDenominator;
import io.github.revops.recurring.ChurnPolicy;
import io.github.revops.recurring.ChurnRecognition;
import io.github.revops.recurring.CohortTable;
import io.github.revops.recurring.ConversionDeadline;
import io.github.revops.recurring.LogoChurn;
import io.github.revops.recurring.MrrBridge;
import io.github.revops.recurring.MrrSnapshot;
import io.github.revops.recurring.MrrTotal;
import io.github.revops.recurring.Renewals;
import io.github.revops.recurring.SamePeriodJoiners;
import io.github.revops.recurring.TrialCohort;
import io.github.revops.recurring.TrialConversion;
import io.github.revops.recurring.TrialPolicy;
import io.github.revops.time.Granularity;
import io.github.revops.time.Period;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Spark aggregators of the recurring-revenue metrics, each the core metric's collector: MRR and ARR at a date, which
 * merges on any split of the subscriptions, and the per-customer metrics (the MRR movements bridge, logo churn,
 * renewals, cohort tables, trial conversion), which {@link CustomerMetrics} runs customer by customer.
 *
 * <p>Amounts are reported in one currency, the currency of every subscription (no exchange rates in Spark yet).
 * <pre>{@code
 * MrrSnapshot march = subscriptions
 *         .select(SubscriptionAggregators.mrrAt(LocalDate.of(2026, 3, 31), "USD").toColumn())
 *         .first();
 * march.arr(RoundingMode.HALF_EVEN);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class SubscriptionAggregators {

    private SubscriptionAggregators() {
    }

    /**
     * Returns the aggregator of {@link MrrSnapshot#collector} on a date: every customer's exact MRR, hence MRR, ARR
     * and ARPA. It merges on any split of the subscriptions.
     *
     * @param date  the date, not null
     * @param currency  the ISO-4217 code of the subscriptions' currency, not null
     * @return the aggregator, never null
     * @throws IllegalArgumentException if the currency code is unknown
     */
    public static RevopsAggregator<Subscription, MrrSnapshot> mrrAt(LocalDate date, String currency) {
        Money.currency(currency);
        LocalDate on = Objects.requireNonNull(date, "date");
        return RevopsAggregator.of(MrrSnapshot.class,
                () -> MrrSnapshot.collector(on, ReportingCurrency.of(Money.currency(currency))),
                RecurringCodecs.MRR_SNAPSHOT);
    }

    /**
     * Returns the aggregator of {@link MrrTotal#collector(LocalDate, ReportingCurrency)}: the exact total MRR on a
     * date without the per-customer detail (the cheap form of {@link #mrrAt}). It merges on any split of the
     * subscriptions.
     *
     * @param date  the date, not null
     * @param currency  the ISO-4217 code of the subscriptions' currency, not null
     * @return the aggregator, never null
     * @throws IllegalArgumentException if the currency code is unknown
     */
    public static RevopsAggregator<Subscription, MrrTotal> mrrTotalAt(LocalDate date, String currency) {
        Money.currency(currency);
        LocalDate on = Objects.requireNonNull(date, "date");
        return RevopsAggregator.of(MrrTotal.class,
                () -> MrrTotal.collector(on, ReportingCurrency.of(Money.currency(currency))),
                RecurringCodecs.MRR_TOTAL);
    }

    /**
     * Returns the aggregator of {@link MrrBridge#collector}: exact only over whole customers, so run it with
     * {@link CustomerMetrics#movements}.
     */
    static RevopsAggregator<Subscription, MrrBridge> movements(Period period, String currency) {
        Money.currency(currency);
        LocalDate start = period.start();
        LocalDate end = period.end();
        return RevopsAggregator.of(MrrBridge.class,
                () -> MrrBridge.collector(Period.of(start, end), ReportingCurrency.of(Money.currency(currency))),
                RecurringCodecs.MRR_BRIDGE);
    }

    /**
     * Returns the aggregator of {@link LogoChurn#collector}: exact only over whole customers, so run it with
     * {@link CustomerMetrics#logoChurn}.
     */
    static RevopsAggregator<Subscription, LogoChurn> logoChurn(Period period, ChurnPolicy policy) {
        LocalDate start = period.start();
        LocalDate end = period.end();
        ChurnDenominator denominator = policy.denominator();
        SamePeriodJoiners joiners = policy.joiners();
        ChurnRecognition recognition = policy.recognition();
        return RevopsAggregator.of(LogoChurn.class,
                () -> LogoChurn.collector(Period.of(start, end),
                        new ChurnPolicy(denominator, joiners, recognition)),
                RecurringCodecs.LOGO_CHURN);
    }

    static RevopsAggregator<Subscription, Renewals> renewals(Period period, int graceDays, String currency) {
        Money.currency(currency);
        LocalDate start = period.start();
        LocalDate end = period.end();
        Renewals.collector(period, graceDays, ReportingCurrency.of(Money.currency(currency))); // checks the grace
        return RevopsAggregator.of(Renewals.class,
                () -> Renewals.collector(Period.of(start, end), graceDays,
                        ReportingCurrency.of(Money.currency(currency))),
                RecurringCodecs.RENEWALS);
    }

    /**
     * Returns the aggregator of {@link CohortTable#collector(Period, Granularity, Granularity, ReportingCurrency)}:
     * exact only over whole customers, so run it with {@link CustomerMetrics#cohortTable}.
     */
    static RevopsAggregator<Subscription, CohortTable> cohortTable(Period range, Granularity cohortBy,
                                                                   Granularity columnBy, String currency) {
        Money.currency(currency);
        LocalDate start = range.start();
        LocalDate end = range.end();
        ShippedGranularity cohorts = ShippedGranularity.of(cohortBy, "cohortBy");
        ShippedGranularity columns = ShippedGranularity.of(columnBy, "columnBy");
        return RevopsAggregator.of(CohortTable.class,
                () -> CohortTable.collector(Period.of(start, end), cohorts.get(), columns.get(),
                        ReportingCurrency.of(Money.currency(currency))),
                RetentionCodecs.COHORT_TABLE);
    }

    /**
     * Returns the aggregator of {@link TrialConversion#collector(Period, TrialPolicy, ReportingCurrency)}: exact only
     * over whole customers, so run it with {@link CustomerMetrics#trialConversion}.
     */
    static RevopsAggregator<Subscription, TrialConversion> trialConversion(Period period, TrialPolicy policy,
                                                                           String currency) {
        Money.currency(currency);
        Objects.requireNonNull(policy, "policy");
        LocalDate start = period.start();
        LocalDate end = period.end();
        TrialCohort cohort = policy.cohort();
        ConversionDeadline deadline = policy.deadline();
        return RevopsAggregator.of(TrialConversion.class,
                () -> TrialConversion.collector(Period.of(start, end), new TrialPolicy(cohort, deadline),
                        ReportingCurrency.of(Money.currency(currency))),
                RetentionCodecs.TRIAL_CONVERSION);
    }
}
