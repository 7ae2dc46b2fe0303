package io.github.revops.recurring;

import io.github.revops.domain.Subscription;
import io.github.revops.math.Rational;
import io.github.revops.money.ExactMoney;
import io.github.revops.money.ReportingCurrency;
import io.github.revops.result.Breakdown;
import io.github.revops.result.DayHistogram;
import io.github.revops.result.Mergeable;
import io.github.revops.result.MoneyAverage;
import io.github.revops.result.Ratio;
import io.github.revops.result.TimeSeries;
import io.github.revops.table.CodeColumn;
import io.github.revops.table.SubscriptionTable;
import io.github.revops.time.Granularity;
import io.github.revops.time.Period;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collector;

/**
 * The trial-to-paid conversion of a period under a {@link TrialPolicy}: how many trials converted, how long they took
 * and the MRR they brought (docs/metrics.md#trial-to-paid-conversion).
 *
 * <p>A trial is a subscription with the trial flag. Under the default policy (Stripe Billing's definition) a period
 * counts the trials that ended in it (their exclusive end date lies in the period), and one converted when its
 * customer starts a paying subscription (not a trial, amount above zero) on or after the trial's start and no later
 * than its end date. {@link TrialPolicy#STARTED_COHORT} (ChartMogul's) counts the trials that started in the period
 * and any later paying start. A trial's time to convert is the first such paying start minus the trial's start, in
 * days (0 when paid service starts on the trial's first day); its converted MRR is the exact monthly value of the
 * customer's paying subscriptions that start on that day.
 * <pre>{@code
 * TrialConversion march = TrialConversion.of(subscriptions, Period.month(2026, 3));
 * march.rate();                      // 3/4: converted / trials ended in March
 * march.daysToConvert().median();    // Optional[14]: exact, as a sales cycle's
 * march.mrrPerConversion();          // the MRR a converted trial brought, with its parts
 * }</pre>
 *
 * <p>Every part is a count, an exact histogram or an exact sum, so results {@link #combine} exactly when their inputs
 * hold disjoint customers (a conversion reads the customer's other subscriptions); the {@link #collector} is exact
 * on any split. With no trial in the period the rate and every statistic are undefined, never 0.
 *
 * @param period  the period, not null
 * @param policy  the policy, not null
 * @param trials  the trials the period counts (the denominator), not negative
 * @param daysToConvert  the time to convert of each converted trial, in days; its count is the converted trials,
 *         at most {@code trials}, not null
 * @param convertedMrr  the exact MRR the converted trials brought, in the reporting currency; zero when none
 *         converted, not negative, not null
 * @since 0.1.0
 */
public record TrialConversion(Period period, TrialPolicy policy, long trials, DayHistogram daysToConvert,
                              ExactMoney convertedMrr) implements Mergeable<TrialConversion> {

    /**
     * Validates the result.
     *
     * @param period  the period, not null
     * @param policy  the policy, not null
     * @param trials  the trials the period counts, not negative
     * @param daysToConvert  the time to convert of each converted trial, at most {@code trials} values, not null
     * @param convertedMrr  the MRR the converted trials brought, not negative, zero when none converted, not null
     * @throws IllegalArgumentException if the trials are fewer than the conversions, or the MRR is negative, or not
     *         zero without a conversion
     */
    public TrialConversion {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(daysToConvert, "daysToConvert");
        Objects.requireNonNull(convertedMrr, "convertedMrr");
        if (trials < daysToConvert.count()) {
            throw new IllegalArgumentException("trials (" + trials + ") must be >= the converted trials ("
                    + daysToConvert.count() + ")");
        }
        if (convertedMrr.signum() < 0 || (daysToConvert.count() == 0 && !convertedMrr.isZero())) {
            throw new IllegalArgumentException("convertedMrr (" + convertedMrr + ") must not be negative, and zero"
                    + " without a converted trial (" + daysToConvert.count() + " converted)");
        }
    }

    /**
     * Obtains the conversion of no subscription: the identity of {@link #combine}.
     *
     * @param period  the period, not null
     * @param policy  the policy, not null
     * @param currency  the reporting currency, not null
     * @return the empty result, never null
     */
    public static TrialConversion empty(Period period, TrialPolicy policy, Currency currency) {
        return new TrialConversion(period, policy, 0, DayHistogram.EMPTY, ExactMoney.zero(currency));
    }

    /**
     * Computes the conversion of a period under the default policy ({@link TrialPolicy#DEFAULT}), amounts in one
     * currency.
     *
     * @param subscriptions  the subscriptions, at least one, in one currency, ids unique, not null
     * @param period  the period, not null
     * @return the conversion, in the first subscription's currency, never null
     * @throws IllegalArgumentException if there is no subscription (give a {@link ReportingCurrency})
     * @throws io.github.revops.money.CurrencyMismatchException if two subscriptions have different currencies
     * @throws io.github.revops.domain.InvalidRecordException if two subscriptions share an id
     */
    public static TrialConversion of(Collection<Subscription> subscriptions, Period period) {
        Objects.requireNonNull(subscriptions, "subscriptions");
        Objects.requireNonNull(period, "period");
        return of(subscriptions, period, TrialPolicy.DEFAULT);
    }

    /**
     * Computes the conversion of a period under a policy, amounts in one currency.
     *
     * @param subscriptions  the subscriptions, at least one, in one currency, ids unique, not null
     * @param period  the period, not null
     * @param policy  the policy, not null
     * @return the conversion, in the first subscription's currency, never null
     * @throws IllegalArgumentException if there is no subscription (give a {@link ReportingCurrency})
     * @throws io.github.revops.money.CurrencyMismatchException if two subscriptions have different currencies
     * @throws io.github.revops.domain.InvalidRecordException if two subscriptions share an id
     */
    public static TrialConversion of(Collection<Subscription> subscriptions, Period period, TrialPolicy policy) {
        Objects.requireNonNull(subscriptions, "subscriptions");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(policy, "policy");
        return of(subscriptions, period, policy, Subscriptions.firstCurrency(Subscriptions.checked(subscriptions)));
    }

    /**
     * Computes the conversion of a period under the default policy in a reporting currency.
     *
     * @param subscriptions  the subscriptions, ids unique, not null
     * @param period  the period, not null
     * @param reporting  the reporting currency and its rates, not null
     * @return the conversion, never null
     * @throws io.github.revops.money.CurrencyMismatchException if a subscription is in another currency and there are
     *         no rates
     * @throws io.github.revops.domain.InvalidRecordException if two subscriptions share an id
     */
    public static TrialConversion of(Collection<Subscription> subscriptions, Period period,
                                     ReportingCurrency reporting) {
        Objects.requireNonNull(subscriptions, "subscriptions");
        Objects.requireNonNull(period, "period");
        return of(subscriptions, period, TrialPolicy.DEFAULT, reporting);
    }

    /**
     * Computes the conversion of a period under a policy in a reporting currency: a converted trial's MRR is
     * converted at the rate of the day it converted.
     *
     * @param subscriptions  the subscriptions, ids unique, not null
     * @param period  the period, not null
     * @param policy  the policy, not null
     * @param reporting  the reporting currency and its rates, not null
     * @return the conversion, never null
     * @throws io.github.revops.money.CurrencyMismatchException if a subscription is in another currency and there are
     *         no rates
     * @throws io.github.revops.money.MissingExchangeRateException if a rate needed for a converted trial is missing
     * @throws io.github.revops.domain.InvalidRecordException if two subscriptions share an id
     */
    public static TrialConversion of(Collection<Subscription> subscriptions, Period period, TrialPolicy policy,
                                     ReportingCurrency reporting) {
        Objects.requireNonNull(subscriptions, "subscriptions");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(period, "period");
        return conversions(Subscriptions.checked(subscriptions), List.of(period), policy, reporting).get(0);
    }

    /**
     * Computes the conversion of a period under the default policy per group of customers, keys in natural order.
     *
     * @param <K>  the key type
     * @param subscriptions  the subscriptions, at least one, in one currency, ids unique, not null
     * @param period  the period, not null
     * @param key  the group of a subscription, the same for every subscription of a customer, not null
     * @return the conversion per group, never null
     * @throws IllegalArgumentException if there is no subscription, a key is null or a customer is in two groups
     * @throws io.github.revops.domain.InvalidRecordException if two subscriptions share an id
     */
    public static <K extends Comparable<? super K>> Breakdown<K, TrialConversion> by(
            Collection<Subscription> subscriptions, Period period, Function<? super Subscription, ? extends K> key) {
        Objects.requireNonNull(subscriptions, "subscriptions");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(key, "key");
        return by(subscriptions, period, TrialPolicy.DEFAULT, key);
    }

    /**
     * Computes the conversion of a period under a policy per group of customers, amounts in one currency.
     *
     * @param <K>  the key type
     * @param subscriptions  the subscriptions, at least one, in one currency, ids unique, not null
     * @param period  the period, not null
     * @param policy  the policy, not null
     * @param key  the group of a subscription, the same for every subscription of a customer, not null
     * @return the conversion per group, never null
     * @throws IllegalArgumentException if there is no subscription, a key is null or a customer is in two groups
     * @throws io.github.revops.domain.InvalidRecordException if two subscriptions share an id
     */
    public static <K extends Comparable<? super K>> Breakdown<K, TrialConversion> by(
            Collection<Subscription> subscriptions, Period period, TrialPolicy policy,
            Function<? super Subscription, ? extends K> key) {
        Objects.requireNonNull(subscriptions, "subscriptions");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(key, "key");
        return by(subscriptions, period, policy, Subscriptions.firstCurrency(Subscriptions.checked(subscriptions)),
                key);
    }

    /**
     * Computes the conversion of a period under a policy per group of customers in a reporting currency, keys in
     * natural order (an enum key lists every constant); the groups are every key found among the subscriptions and
     * their total is {@link #of(Collection, Period, TrialPolicy, ReportingCurrency)} of all of them.
     *
     * @param <K>  the key type
     * @param subscriptions  the subscriptions, ids unique, not null
     * @param period  the period, not null
     * @param policy  the policy, not null
     * @param reporting  the reporting currency and its rates, not null
     * @param key  the group of a subscription, the same for every subscription of a customer, not null
     * @return the conversion per group, never null
     * @throws IllegalArgumentException if a key is null or a customer is in two groups
     * @throws io.github.revops.domain.InvalidRecordException if two subscriptions share an id
     */
    public static <K extends Comparable<? super K>> Breakdown<K, TrialConversion> by(
            Collection<Subscription> subscriptions, Period period, TrialPolicy policy, ReportingCurrency reporting,
            Function<? super Subscription, ? extends K> key) {
        Objects.requireNonNull(subscriptions, "subscriptions");
        Objects.requireNonNull(reporting, "reporting");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(policy, "policy");
        return Subscriptions.by(Subscriptions.checked(subscriptions), key, true,
                group -> conversions(group, List.of(period), policy, reporting).get(0),
                empty(period, policy, reporting.currency()));
    }

    /**
     * Computes the conversion of each period of a range under the default policy, in one pass.
     *
     * @param subscriptions  the subscriptions, at least one, in one currency, ids unique, not null
     * @param range  the range, not null
     * @param granularity  how to cut it, such as {@link Granularity#MONTH}, not null
     * @return the conversion per period, in time order, never null
     * @throws IllegalArgumentException if there is no subscription (give a {@link ReportingCurrency})
     * @throws io.github.revops.domain.InvalidRecordException if two subscriptions share an id
     */
    public static TimeSeries<TrialConversion> series(Collection<Subscription> subscriptions, Period range,
                                                     Granularity granularity) {
        Objects.requireNonNull(subscriptions, "subscriptions");
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(granularity, "granularity");
        return series(subscriptions, range, granularity, TrialPolicy.DEFAULT);
    }

    /**
     * Computes the conversion of each period of a range under a policy, amounts in one currency, in one pass.
     *
     * @param subscriptions  the subscriptions, at least one, in one currency, ids unique, not null
     * @param range  the range, not null
     * @param granularity  how to cut it, such as {@link Granularity#MONTH}, not null
     * @param policy  the policy, not null
     * @return the conversion per period, in time order, never null
     * @throws IllegalArgumentException if there is no subscription (give a {@link ReportingCurrency})
     * @throws io.github.revops.domain.InvalidRecordException if two subscriptions share an id
     */
    public static TimeSeries<TrialConversion> series(Collection<Subscription> subscriptions, Period range,
                                                     Granularity granularity, TrialPolicy policy) {
        Objects.requireNonNull(subscriptions, "subscriptions");
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(granularity, "granularity");
        Objects.requireNonNull(policy, "policy");
        return series(subscriptions, range, granularity, policy,
                Subscriptions.firstCurrency(Subscriptions.checked(subscriptions)));
    }

    /**
     * Computes the conversion of each period of a range under a policy in a reporting currency, in one pass over
     * the subscriptions; each point equals {@link #of(Collection, Period, TrialPolicy, ReportingCurrency)} of its
     * period.
     *
     * @param subscriptions  the subscriptions, ids unique, not null
     * @param range  the range, not null
     * @param granularity  how to cut it, such as {@link Granularity#MONTH}, not null
     * @param policy  the policy, not null
     * @param reporting  the reporting currency and its rates, not null
     * @return the conversion per period, in time order, never null
     * @throws io.github.revops.domain.InvalidRecordException if two subscriptions share an id
     */
    public static TimeSeries<TrialConversion> series(Collection<Subscription> subscriptions, Period range,
                                                     Granularity granularity, TrialPolicy policy,
                                                     ReportingCurrency reporting) {
        Objects.requireNonNull(subscriptions, "subscriptions");
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(granularity, "granularity");
        Objects.requireNonNull(policy, "policy");
        List<Period> periods = range.split(granularity);
        return Series.of(periods, conversions(Subscriptions.checked(subscriptions), periods, policy, reporting));
    }

    /**
     * Returns a collector of the conversion of a period under the default policy, amounts in one currency. It is
     * exact on any split of the subscriptions and does not check ids.
     *
     * @param period  the period, not null
     * @return the collector, never null; it throws {@link IllegalArgumentException} on no subscription and
     *         {@link io.github.revops.money.CurrencyMismatchException} on a second currency
     */
    public static Collector<Subscription, ?, TrialConversion> collector(Period period) {
        return collector(period, TrialPolicy.DEFAULT);
    }

    /**
     * Returns a collector of the conversion of a period under a policy, amounts in one currency. It is exact on any
     * split of the subscriptions and does not check ids.
     *
     * @param period  the period, not null
     * @param policy  the policy, not null
     * @return the collector, never null; it throws {@link IllegalArgumentException} on no subscription and
     *         {@link io.github.revops.money.CurrencyMismatchException} on a second currency
     */
    public static Collector<Subscription, ?, TrialConversion> collector(Period period, TrialPolicy policy) {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(policy, "policy");
        return collector(rows -> conversions(rows, List.of(period), policy, Subscriptions.firstCurrency(rows)));
    }

    /**
     * Returns a collector of the conversion of a period under a policy in a reporting currency. It is exact on any
     * split of the subscriptions and does not check ids.
     *
     * @param period  the period, not null
     * @param policy  the policy, not null
     * @param reporting  the reporting currency and its rates, not null
     * @return the collector, never null
     */
    public static Collector<Subscription, ?, TrialConversion> collector(Period period, TrialPolicy policy,
                                                                        ReportingCurrency reporting) {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(reporting, "reporting");
        return collector(rows -> conversions(rows, List.of(period), policy, reporting));
    }

    /**
     * Computes the conversion of a period under the default policy from the rows of a subscription table.
     *
     * @param subscriptions  the subscriptions as a table, not null
     * @param period  the period, not null
     * @return the conversion, in the table's currency, never null
     */
    public static TrialConversion of(SubscriptionTable subscriptions, Period period) {
        Objects.requireNonNull(subscriptions, "subscriptions");
        Objects.requireNonNull(period, "period");
        return of(subscriptions, period, TrialPolicy.DEFAULT);
    }

    /**
     * Computes the conversion of a period under a policy from the rows of a subscription table; equal to
     * {@code of(subscriptions, period, policy)} for the same subscriptions.
     *
     * @param subscriptions  the subscriptions as a table, not null
     * @param period  the period, not null
     * @param policy  the policy, not null
     * @return the conversion, in the table's currency, never null
     */
    public static TrialConversion of(SubscriptionTable subscriptions, Period period, TrialPolicy policy) {
        Objects.requireNonNull(subscriptions, "subscriptions");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(period, "period");
        return conversions(subscriptions, List.of(period), policy).get(0);
    }

    /**
     * Computes the conversion of a period under the default policy per value of a key column of a subscription
     * table.
     *
     * @param subscriptions  the subscriptions as a table, not null
     * @param period  the period, not null
     * @param key  a code column of the table, holding one value per customer, not null
     * @return the conversion per key value, in key order, never null
     * @throws IllegalArgumentException if the key is not a column of the table or a customer's rows have different keys
     */
    public static Breakdown<String, TrialConversion> by(SubscriptionTable subscriptions, Period period,
                                                        CodeColumn key) {
        Objects.requireNonNull(subscriptions, "subscriptions");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(key, "key");
        return by(subscriptions, period, TrialPolicy.DEFAULT, key);
    }

    /**
     * Computes the conversion of a period under a policy per value of a key column of a subscription table (such as
     * its customer column), which must hold one value per customer.
     *
     * @param subscriptions  the subscriptions as a table, not null
     * @param period  the period, not null
     * @param policy  the policy, not null
     * @param key  a code column of the table, not null
     * @return the conversion per key value, in key order, never null
     * @throws IllegalArgumentException if the key is not a column of the table or a customer's rows have different keys
     */
    public static Breakdown<String, TrialConversion> by(SubscriptionTable subscriptions, Period period,
                                                        TrialPolicy policy, CodeColumn key) {
        Objects.requireNonNull(subscriptions, "subscriptions");
        Objects.requireNonNull(key, "key");
        List<Period> periods = List.of(Objects.requireNonNull(period, "period"));
        Objects.requireNonNull(policy, "policy");
        Currency currency = subscriptions.currency();
        Map<String, TrialConversionKernel> groups = TrialSources.feedBy(subscriptions, key,
                () -> new TrialConversionKernel(periods, policy, currency));
        Map<String, TrialConversion> results = new TreeMap<>();
        groups.forEach((k, kernel) -> results.put(k, kernel.results().get(0)));
        return Breakdown.of(results, Comparator.naturalOrder(), empty(period, policy, currency));
    }

    /**
     * Computes the conversion of each period of a range under the default policy from the rows of a subscription
     * table, in one pass over the rows.
     *
     * @param subscriptions  the subscriptions as a table, not null
     * @param range  the range, not null
     * @param granularity  how to cut it, such as {@link Granularity#MONTH}, not null
     * @return the conversion per period, in time order, never null
     */
    public static TimeSeries<TrialConversion> series(SubscriptionTable subscriptions, Period range,
                                                     Granularity granularity) {
        Objects.requireNonNull(subscriptions, "subscriptions");
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(granularity, "granularity");
        return series(subscriptions, range, granularity, TrialPolicy.DEFAULT);
    }

    /**
     * Computes the conversion of each period of a range under a policy from the rows of a subscription table, in one
     * pass over the rows; each point equals {@code of(subscriptions, period, policy)} of the same subscriptions.
     *
     * @param subscriptions  the subscriptions as a table, not null
     * @param range  the range, not null
     * @param granularity  how to cut it, such as {@link Granularity#MONTH}, not null
     * @param policy  the policy, not null
     * @return the conversion per period, in time order, never null
     */
    public static TimeSeries<TrialConversion> series(SubscriptionTable subscriptions, Period range,
                                                     Granularity granularity, TrialPolicy policy) {
        Objects.requireNonNull(subscriptions, "subscriptions");
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(granularity, "granularity");
        Objects.requireNonNull(policy, "policy");
        List<Period> periods = range.split(granularity);
        return Series.of(periods, conversions(subscriptions, periods, policy));
    }

    private static Collector<Subscription, ?, TrialConversion> collector(
            Function<List<Subscription>, List<TrialConversion>> metric) {
        return Collector.<Subscription, List<Subscription>, TrialConversion>of(ArrayList::new, List::add,
                (a, b) -> {
                    a.addAll(b);
                    return a;
                }, rows -> metric.apply(rows).get(0), Collector.Characteristics.UNORDERED);
    }

    private static List<TrialConversion> conversions(Collection<Subscription> subscriptions, List<Period> periods,
                                                     TrialPolicy policy, ReportingCurrency reporting) {
        Objects.requireNonNull(reporting, "reporting");
        TrialConversionKernel kernel = new TrialConversionKernel(periods, Objects.requireNonNull(policy, "policy"),
                reporting.currency());
        TrialSources.feed(subscriptions, reporting, kernel);
        return kernel.results();
    }

    private static List<TrialConversion> conversions(SubscriptionTable table, List<Period> periods,
                                                     TrialPolicy policy) {
        TrialConversionKernel kernel = new TrialConversionKernel(periods, Objects.requireNonNull(policy, "policy"),
                table.currency());
        TrialSources.feed(table, kernel);
        return kernel.results();
    }

    /**
     * Returns how many of the trials converted.
     *
     * @return the converted trials, not negative
     */
    public long converted() {
        return daysToConvert.count();
    }

    /**
     * Checks if the period counts any trial; without one the rate and every statistic are undefined.
     *
     * @return true when there is a trial
     */
    public boolean isDefined() {
        return trials > 0;
    }

    /**
     * Returns the trial-to-paid conversion rate: converted trials / trials, undefined when there is no trial.
     *
     * @return the ratio of counts, never null
     */
    public Ratio rate() {
        return Ratio.of(converted(), trials);
    }

    /**
     * Returns the share of the trials that converted within a number of days of their start (ChartMogul's
     * "trial-to-paid in days" filter): trials converted after at most {@code days} days / trials.
     *
     * @param days  the most days to convert counted, not negative
     * @return the ratio of counts, undefined when there is no trial, never null
     * @throws IllegalArgumentException if days is negative
     */
    public Ratio convertedWithin(int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days (" + days + ") must not be negative");
        }
        return Ratio.of(daysToConvert.countAtMost(days), trials);
    }

    /**
     * Returns the exact mean time to convert of the converted trials, in days.
     *
     * @return the mean, empty when none converted
     */
    public Optional<Rational> meanDaysToConvert() {
        return daysToConvert.mean();
    }

    /**
     * Returns the exact median time to convert of the converted trials, in days (Hyndman-Fan type 7, as
     * {@link DayHistogram#median()}).
     *
     * @return the median, empty when none converted
     */
    public Optional<Rational> medianDaysToConvert() {
        return daysToConvert.median();
    }

    /**
     * Returns the MRR a converted trial brought on average, with its parts: converted MRR / converted trials.
     *
     * @return the average, undefined when none converted, never null
     */
    public MoneyAverage mrrPerConversion() {
        return MoneyAverage.of(convertedMrr, converted());
    }

    /**
     * Returns the conversion of two inputs with disjoint customers.
     *
     * @param other  the other result, same period, policy and currency, not null
     * @return the merged result, never null
     * @throws IllegalArgumentException if the periods or policies differ
     * @throws io.github.revops.money.CurrencyMismatchException if the currencies differ
     */
    @Override
    public TrialConversion combine(TrialConversion other) {
        Objects.requireNonNull(other, "other");
        if (!period.equals(other.period) || !policy.equals(other.policy)) {
            throw new IllegalArgumentException("trial conversion of " + period + " " + policy + " and "
                    + other.period + " " + other.policy + " do not combine");
        }
        return new TrialConversion(period, policy, Math.addExact(trials, other.trials),
                daysToConvert.combine(other.daysToConvert), convertedMrr.plus(other.convertedMrr));
    }
}
