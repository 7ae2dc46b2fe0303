package io.github.revops.recurring;

import io.github.revops.domain.Subscription;
import io.github.revops.domain.UniqueIds;
import io.github.revops.money.CurrencyMismatchException;
import io.github.revops.money.ReportingCurrency;
import io.github.revops.time.Granularity;
import io.github.revops.time.Period;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collector;

/**
 * One question per metric about one set of subscriptions, checked once: MRR and ARR on a date, the MRR bridge and the
 * logo churn of a period, renewals and cohorts (docs/metrics.md, "Recurring revenue and retention").
 *
 * <p>It checks the input once, where it enters: subscription ids must be unique, and without exchange rates every
 * subscription must be in one currency ({@link CurrencyMismatchException} otherwise). Each method is the matching
 * result type's {@code of} on these subscriptions and this reporting currency, without checking the ids again
 * ({@link MrrSnapshot#of}, {@link MrrBridge#of}, {@link LogoChurn#of}...); no rule lives here. Breakdowns and
 * series are the result types' own {@code by} and {@code series} ({@link MrrBridge#series}, {@link LogoChurn#by}...),
 * which answer every period of a range in one pass (docs/decisions/0089). Nothing is kept between queries; for many
 * queries of millions of subscriptions, build a {@link io.github.revops.table.SubscriptionTable} once and query it.
 * <pre>{@code
 * RecurringRevenue revenue = RecurringRevenue.of(subscriptions);
 * revenue.mrrAt(LocalDate.of(2026, 6, 30)).arr(RoundingMode.HALF_EVEN);        // ARR on 30 June
 * revenue.movements(Period.month(2026, 6)).netChange();
 * revenue.logoChurn(Period.month(2026, 6), ChurnPolicy.DEFAULT).rate();
 * revenue.renewals(Period.quarter(2026, 2), 7).rateByCount();
 * }</pre>
 *
 * <h2>Implementation Requirements:</h2>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class RecurringRevenue {

    private final List<Subscription> subscriptions;
    private final ReportingCurrency reporting;

    private RecurringRevenue(List<Subscription> subscriptions, ReportingCurrency reporting) {
        this.subscriptions = subscriptions;
        this.reporting = reporting;
    }

    /**
     * Obtains the recurring revenue of subscriptions in one currency, the currency of the first subscription.
     *
     * @param subscriptions  the subscriptions, at least one, ids unique, not null
     * @return the recurring revenue, never null
     * @throws IllegalArgumentException if there is no subscription (use {@link #of(Collection, ReportingCurrency)})
     * @throws CurrencyMismatchException if two subscriptions have different currencies
     * @throws io.github.revops.domain.InvalidRecordException if two subscriptions share an id
     */
    public static RecurringRevenue of(Collection<Subscription> subscriptions) {
        Objects.requireNonNull(subscriptions, "subscriptions");
        if (subscriptions.isEmpty()) {
            throw new IllegalArgumentException("subscriptions ([]) must not be empty: give the reporting currency");
        }
        Currency currency = subscriptions.iterator().next().amount().currency();
        return of(subscriptions, ReportingCurrency.of(currency));
    }

    /**
     * Obtains the recurring revenue of subscriptions reported in a currency, converted when it has rates.
     *
     * @param subscriptions  the subscriptions, ids unique, not null
     * @param reporting  the reporting currency and its rates, not null
     * @return the recurring revenue, never null
     * @throws CurrencyMismatchException if a subscription is in another currency and there are no rates
     * @throws io.github.revops.domain.InvalidRecordException if two subscriptions share an id
     */
    public static RecurringRevenue of(Collection<Subscription> subscriptions, ReportingCurrency reporting) {
        Objects.requireNonNull(subscriptions, "subscriptions");
        Objects.requireNonNull(reporting, "reporting");
        List<Subscription> copy = List.copyOf(subscriptions);
        UniqueIds.check(copy, Subscription::id, "subscription");
        copy.forEach(s -> SubscriptionAmounts.check(reporting, s));
        return new RecurringRevenue(copy, reporting);
    }

    /**
     * Returns the subscriptions.
     *
     * @return the subscriptions, unmodifiable, never null
     */
    public List<Subscription> subscriptions() {
        return subscriptions;
    }

    /**
     * Returns the reporting currency.
     *
     * @return the reporting currency, never null
     */
    public ReportingCurrency reporting() {
        return reporting;
    }

    /**
     * Returns MRR and ARR on a date, per customer.
     *
     * @param date  the date, not null
     * @return the snapshot, never null
     * @throws io.github.revops.money.MissingExchangeRateException if a needed rate is missing
     */
    public MrrSnapshot mrrAt(LocalDate date) {
        return MrrSnapshot.snapshots(subscriptions, List.of(Objects.requireNonNull(date, "date")), reporting).get(0);
    }

    /**
     * Returns the total MRR on a date, without the per-customer detail of {@link #mrrAt}.
     *
     * @param date  the date, not null
     * @return the total, never null
     * @throws io.github.revops.money.MissingExchangeRateException if a needed rate is missing
     */
    public MrrTotal mrrTotalAt(LocalDate date) {
        return MrrTotal.totals(subscriptions, List.of(Objects.requireNonNull(date, "date")), reporting).get(0);
    }

    /**
     * Returns the MRR bridge of a period.
     *
     * @param period  the period, not null
     * @return the bridge, never null
     * @throws io.github.revops.money.MissingExchangeRateException if a needed rate is missing
     */
    public MrrBridge movements(Period period) {
        return MrrBridge.bridges(subscriptions, List.of(Objects.requireNonNull(period, "period")), reporting).get(0);
    }

    /**
     * Returns the logo churn of a period under the default policy ({@link ChurnPolicy#DEFAULT}).
     *
     * @param period  the period, not null
     * @return the logo churn, never null
     */
    public LogoChurn logoChurn(Period period) {
        return logoChurn(period, ChurnPolicy.DEFAULT);
    }

    /**
     * Returns the logo churn of a period under a policy.
     *
     * @param period  the period, not null
     * @param policy  the policy, not null
     * @return the logo churn, never null
     */
    public LogoChurn logoChurn(Period period, ChurnPolicy policy) {
        return LogoChurn.churn(subscriptions, List.of(Objects.requireNonNull(period, "period")), policy).get(0);
    }

    /**
     * Returns the renewals of a period without grace days: a follow-on must start on the end date exactly.
     *
     * @param period  the period, not null
     * @return the renewals, never null
     */
    public Renewals renewals(Period period) {
        return renewals(period, 0);
    }

    /**
     * Returns the renewals of a period with a grace window.
     *
     * @param period  the period, not null
     * @param graceDays  how many days after the end date a follow-on may start, not negative
     * @return the renewals, never null
     * @throws IllegalArgumentException if the grace days are negative
     */
    public Renewals renewals(Period period, int graceDays) {
        return collect(Renewals.collector(period, graceDays, reporting));
    }

    /**
     * Returns the cohort table of the customers acquired in a range.
     *
     * @param range  the acquisition dates covered and the last day a column may be read on, not null
     * @param granularity  the cohort and column periods, such as {@link Granularity#MONTH}, not null
     * @return the table, never null
     */
    public CohortTable cohorts(Period range, Granularity granularity) {
        Objects.requireNonNull(granularity, "granularity");
        return collect(CohortTable.collector(range, granularity, reporting));
    }

    /**
     * Returns the cohort table with cohorts and columns of different granularities, such as quarterly cohorts read at
     * every month end.
     *
     * @param range  the acquisition dates covered and the last day a column may be read on, not null
     * @param cohortBy  the cohort periods, such as {@link Granularity#QUARTER}, not null
     * @param columnBy  the column periods, such as {@link Granularity#MONTH}, not null
     * @return the table, never null
     */
    public CohortTable cohorts(Period range, Granularity cohortBy, Granularity columnBy) {
        return collect(CohortTable.collector(range, cohortBy, columnBy, reporting));
    }

    private <R> R collect(Collector<Subscription, ?, R> collector) {
        return subscriptions.stream().collect(collector);
    }
}
