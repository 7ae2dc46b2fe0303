package io.github.revops.spark;

import io.github.revops.domain.Subscription;
import io.github.revops.recurring.ChurnPolicy;
import io.github.revops.recurring.CohortTable;
import io.github.revops.recurring.LogoChurn;
import io.github.revops.recurring.MrrBridge;
import io.github.revops.recurring.Renewals;
import io.github.revops.recurring.TrialConversion;
import io.github.revops.recurring.TrialPolicy;
import io.github.revops.result.Mergeable;
import io.github.revops.time.Granularity;
import io.github.revops.time.Period;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.api.java.function.MapGroupsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import scala.Tuple2;

import java.util.Objects;

/**
 * The recurring metrics that need every subscription of a customer together (the MRR movements bridge, logo churn,
 * renewals, cohort tables, trial conversion), computed on Spark in two steps that follow the core's partitioning
 * contract.
 *
 * <p>A customer's movement in a period depends on all of its subscriptions, so a partial result of some of them
 * does not combine with a partial result of the others. First the subscriptions are grouped by customer (and key),
 * and the core's collector computes each customer's result from all of its subscriptions; then those per-customer
 * results, which hold disjoint customers, combine with the core's {@code combine} (docs/decisions/0073).
 * <pre>{@code
 * Period march = Period.month(2026, 3);
 * MrrBridge bridge = CustomerMetrics.movements(subscriptions, march, "USD");
 * Dataset<Tuple2<String, LogoChurn>> perTenant = CustomerMetrics.logoChurn(subscriptions, march,
 *         ChurnPolicy.DEFAULT, (MapFunction<Subscription, String>) s -> s.customerId().split("/")[0],
 *         Encoders.STRING());
 * }</pre>
 *
 * @since 0.1.0
 */
public final class CustomerMetrics {

    private CustomerMetrics() {
    }

    /**
     * Computes the MRR movements bridge of a period over every subscription.
     *
     * @param subscriptions  the subscriptions, in the currency given, not null
     * @param period  the period, not null
     * @param currency  the ISO-4217 code of the subscriptions' currency, not null
     * @return the core's bridge of the same subscriptions, never null
     */
    public static MrrBridge movements(Dataset<Subscription> subscriptions, Period period, String currency) {
        return total(subscriptions, SubscriptionAggregators.movements(period, currency));
    }

    /**
     * Computes the MRR movements bridge of a period for each key (tenant, segment, ...).
     *
     * @param <K>  the key type
     * @param subscriptions  the subscriptions, in the currency given, not null
     * @param period  the period, not null
     * @param currency  the ISO-4217 code of the subscriptions' currency, not null
     * @param key  the key of a subscription; every subscription of a customer has one key, not null
     * @param keyEncoder  the key's encoder, not null
     * @return each key with the core's bridge of its subscriptions, never null
     */
    public static <K> Dataset<Tuple2<K, MrrBridge>> movements(Dataset<Subscription> subscriptions, Period period,
                                                              String currency, MapFunction<Subscription, K> key,
                                                              Encoder<K> keyEncoder) {
        return by(subscriptions, key, keyEncoder, SubscriptionAggregators.movements(period, currency));
    }

    /**
     * Computes the logo churn of a period over every subscription.
     *
     * @param subscriptions  the subscriptions, not null
     * @param period  the period, not null
     * @param policy  the churn policy, not null
     * @return the core's logo churn of the same subscriptions, never null
     */
    public static LogoChurn logoChurn(Dataset<Subscription> subscriptions, Period period, ChurnPolicy policy) {
        return total(subscriptions, SubscriptionAggregators.logoChurn(period, policy));
    }

    /**
     * Computes the logo churn of a period for each key (tenant, segment, ...).
     *
     * @param <K>  the key type
     * @param subscriptions  the subscriptions, not null
     * @param period  the period, not null
     * @param policy  the churn policy, not null
     * @param key  the key of a subscription; every subscription of a customer has one key, not null
     * @param keyEncoder  the key's encoder, not null
     * @return each key with the core's logo churn of its subscriptions, never null
     */
    public static <K> Dataset<Tuple2<K, LogoChurn>> logoChurn(Dataset<Subscription> subscriptions, Period period,
                                                              ChurnPolicy policy, MapFunction<Subscription, K> key,
                                                              Encoder<K> keyEncoder) {
        return by(subscriptions, key, keyEncoder, SubscriptionAggregators.logoChurn(period, policy));
    }

    /**
     * Computes the renewals of a period (contracts up for renewal and those renewed within the grace days), every
     * subscription of a customer together, as {@link Renewals#collector} defines them.
     *
     * @param subscriptions  the subscriptions, not null
     * @param period  the period whose contract end dates count, not null
     * @param graceDays  how many days after the end date a follow-on may start, not negative
     * @param currency  the ISO code of the ARR's currency, every subscription's, not null
     * @return the core's renewals, never null
     * @throws IllegalArgumentException if the grace days are negative
     */
    public static Renewals renewals(Dataset<Subscription> subscriptions, Period period, int graceDays,
                                    String currency) {
        return total(subscriptions, SubscriptionAggregators.renewals(period, graceDays, currency));
    }

    /**
     * Computes the renewals of a period per key (a segment, a tenant): customers first, then each key's
     * customers combined, as {@link #renewals(Dataset, Period, int, String)}.
     *
     * @param <K>  the key type
     * @param subscriptions  the subscriptions, not null
     * @param period  the period whose contract end dates count, not null
     * @param graceDays  how many days after the end date a follow-on may start, not negative
     * @param currency  the ISO code of the ARR's currency, every subscription's, not null
     * @param key  the key of a subscription, the same for every subscription of a customer, not null
     * @param keyEncoder  the key's encoder, not null
     * @return the renewals of each key, never null
     */
    public static <K> Dataset<Tuple2<K, Renewals>> renewals(Dataset<Subscription> subscriptions, Period period,
                                                            int graceDays, String currency,
                                                            MapFunction<Subscription, K> key, Encoder<K> keyEncoder) {
        return by(subscriptions, key, keyEncoder, SubscriptionAggregators.renewals(period, graceDays, currency));
    }

    /**
     * Computes the cohort table of the customers acquired in a range, every subscription of a customer together, as
     * {@link CohortTable#collector(Period, Granularity, Granularity, io.github.revops.money.ReportingCurrency)}
     * defines it: each customer's table from all of its subscriptions, then the customer-disjoint tables combined
     * (a cohort table combines exactly only over disjoint customers).
     *
     * @param subscriptions  the subscriptions, in the currency given, not null
     * @param range  the acquisition dates covered and the last day a column may be read on, not null
     * @param cohortBy  the cohort periods: {@link Granularity#MONTH}, {@link Granularity#QUARTER},
     *        {@link Granularity#YEAR} or a serializable granularity, not null
     * @param columnBy  the column periods, likewise, not null
     * @param currency  the ISO code of the subscriptions' currency, not null
     * @return the core's cohort table, never null
     * @throws IllegalArgumentException if a granularity cannot be shipped or the currency code is unknown
     */
    public static CohortTable cohortTable(Dataset<Subscription> subscriptions, Period range, Granularity cohortBy,
                                          Granularity columnBy, String currency) {
        return total(subscriptions, SubscriptionAggregators.cohortTable(range, cohortBy, columnBy, currency));
    }

    /**
     * Computes the cohort table per key (a segment, a tenant): customers first, then each key's customers combined,
     * as {@link #cohortTable(Dataset, Period, Granularity, Granularity, String)}.
     *
     * @param <K>  the key type
     * @param subscriptions  the subscriptions, in the currency given, not null
     * @param range  the acquisition dates covered and the last day a column may be read on, not null
     * @param cohortBy  the cohort periods, as for the whole table, not null
     * @param columnBy  the column periods, likewise, not null
     * @param currency  the ISO code of the subscriptions' currency, not null
     * @param key  the key of a subscription, the same for every subscription of a customer, not null
     * @param keyEncoder  the key's encoder, not null
     * @return the cohort table of each key, never null
     */
    public static <K> Dataset<Tuple2<K, CohortTable>> cohortTable(Dataset<Subscription> subscriptions, Period range,
                                                                  Granularity cohortBy, Granularity columnBy,
                                                                  String currency, MapFunction<Subscription, K> key,
                                                                  Encoder<K> keyEncoder) {
        return by(subscriptions, key, keyEncoder,
                SubscriptionAggregators.cohortTable(range, cohortBy, columnBy, currency));
    }

    /**
     * Computes the trial-to-paid conversion of a period under a policy, as
     * {@link TrialConversion#collector(Period, TrialPolicy, io.github.revops.money.ReportingCurrency)} defines it.
     * Whether a trial converted depends on its customer's other subscriptions, so partial results combine exactly
     * only over disjoint customers: the subscriptions are grouped by customer first, each customer's conversion is
     * computed from all of its subscriptions, and those customer-disjoint results are combined
     * (docs/decisions/0073).
     *
     * @param subscriptions  the subscriptions, in the currency given, not null
     * @param period  the period, not null
     * @param policy  which trials count and by when they must convert, not null
     * @param currency  the ISO code of the subscriptions' currency, not null
     * @return the core's trial conversion, never null
     * @throws IllegalArgumentException if the currency code is unknown
     */
    public static TrialConversion trialConversion(Dataset<Subscription> subscriptions, Period period,
                                                  TrialPolicy policy, String currency) {
        return total(subscriptions, SubscriptionAggregators.trialConversion(period, policy, currency));
    }

    /**
     * Computes the trial-to-paid conversion per key (a segment, a tenant): customers first, then each key's
     * customers combined, as {@link #trialConversion(Dataset, Period, TrialPolicy, String)}.
     *
     * @param <K>  the key type
     * @param subscriptions  the subscriptions, in the currency given, not null
     * @param period  the period, not null
     * @param policy  which trials count and by when they must convert, not null
     * @param currency  the ISO code of the subscriptions' currency, not null
     * @param key  the key of a subscription, the same for every subscription of a customer, not null
     * @param keyEncoder  the key's encoder, not null
     * @return the trial conversion of each key, never null
     */
    public static <K> Dataset<Tuple2<K, TrialConversion>> trialConversion(Dataset<Subscription> subscriptions,
                                                                          Period period, TrialPolicy policy,
                                                                          String currency,
                                                                          MapFunction<Subscription, K> key,
                                                                          Encoder<K> keyEncoder) {
        return by(subscriptions, key, keyEncoder, SubscriptionAggregators.trialConversion(period, policy, currency));
    }

    private static <R extends Mergeable<R>> R total(Dataset<Subscription> subscriptions,
                                                    RevopsAggregator<Subscription, R> metric) {
        Dataset<R> perCustomer = subscriptions
                .groupByKey((MapFunction<Subscription, String>) Subscription::customerId, Encoders.STRING())
                .mapGroups((MapGroupsFunction<String, Subscription, R>) (customer, rows) -> metric.resultOf(rows),
                        metric.outputEncoder());
        return perCustomer.select(metric.combining().toColumn()).first();
    }

    private static <K, R extends Mergeable<R>> Dataset<Tuple2<K, R>> by(
            Dataset<Subscription> subscriptions, MapFunction<Subscription, K> key, Encoder<K> keyEncoder,
            RevopsAggregator<Subscription, R> metric) {
        Objects.requireNonNull(key, "key");
        Encoder<Tuple2<K, String>> customerKey = Encoders.tuple(keyEncoder, Encoders.STRING());
        Dataset<Tuple2<K, R>> perCustomer = subscriptions
                .groupByKey((MapFunction<Subscription, Tuple2<K, String>>)
                        s -> new Tuple2<>(key.call(s), s.customerId()), customerKey)
                .mapGroups((MapGroupsFunction<Tuple2<K, String>, Subscription, Tuple2<K, R>>)
                        (k, rows) -> new Tuple2<>(k._1(), metric.resultOf(rows)),
                        Encoders.tuple(keyEncoder, metric.outputEncoder()));
        return perCustomer
                .groupByKey((MapFunction<Tuple2<K, R>, K>) Tuple2::_1, keyEncoder)
                .mapValues((MapFunction<Tuple2<K, R>, R>) Tuple2::_2, metric.outputEncoder())
                .agg(metric.combining().toColumn());
    }
}
