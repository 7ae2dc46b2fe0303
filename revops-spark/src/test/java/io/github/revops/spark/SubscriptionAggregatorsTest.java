package io.github.revops.spark;

import io.github.revops.domain.Subscription;
import io.github.revops.recurring.ChurnDenominator;
import io.github.revops.recurring.ChurnPolicy;
import io.github.revops.recurring.ChurnRecognition;
import io.github.revops.recurring.LogoChurn;
import io.github.revops.recurring.MrrBridge;
import io.github.revops.recurring.MrrSnapshot;
import io.github.revops.recurring.RecurringRevenue;
import io.github.revops.recurring.SamePeriodJoiners;
import io.github.revops.time.Period;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.functions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import scala.Tuple2;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The recurring aggregators on 60,000 seeded subscriptions of 6,000 customers: every Spark result equals the core's
 * {@link RecurringRevenue} result on the same subscriptions in this JVM, exactly, whatever the partitioning and
 * order of the input.
 */
class SubscriptionAggregatorsTest {

    private static final long SEED = 42L;
    private static final int COUNT = 60_000;
    private static final LocalDate DATE = LocalDate.of(2025, 6, 30);
    private static final Period QUARTER = Period.quarter(2025, 2);
    private static final ChurnPolicy AT_CANCELLATION = new ChurnPolicy(ChurnDenominator.START_PLUS_NEW,
            SamePeriodJoiners.INCLUDE, ChurnRecognition.AT_CANCELLATION);

    private static RecurringRevenue core;
    private static Dataset<Subscription> generated;

    @BeforeAll
    static void generate() {
        core = RecurringRevenue.of(GeneratedSubscriptions.list(SEED, COUNT));
        generated = GeneratedSubscriptions.dataset(SparkTestSession.get(), SEED, COUNT).cache();
    }

    static Dataset<Subscription> layout(int partitions, boolean shuffled) {
        Dataset<Subscription> ordered = shuffled ? generated.orderBy(functions.rand(SEED)) : generated;
        return ordered.repartition(partitions);
    }

    @ParameterizedTest(name = "{0} partitions, shuffled {1}")
    @CsvSource({"1, false", "2, false", "8, false", "8, true"})
    void everyMetricEqualsTheCore(int partitions, boolean shuffled) {
        Dataset<Subscription> subscriptions = layout(partitions, shuffled);

        MrrSnapshot snapshot = subscriptions.select(SubscriptionAggregators.mrrAt(DATE, "USD").toColumn()).first();
        MrrBridge bridge = CustomerMetrics.movements(subscriptions, QUARTER, "USD");
        LogoChurn churn = CustomerMetrics.logoChurn(subscriptions, QUARTER, ChurnPolicy.DEFAULT);

        assertThat(snapshot).isEqualTo(core.mrrAt(DATE));
        assertThat(bridge).isEqualTo(core.movements(QUARTER));
        assertThat(churn).isEqualTo(core.logoChurn(QUARTER));
        // not vacuous: thousands of paying customers, every line of the bridge moves
        assertThat(snapshot.payingCustomers()).isGreaterThan(2_000);
        assertThat(bridge.churn().count()).isPositive();
        assertThat(bridge.expansion().count()).isPositive();
        assertThat(churn.churned()).isNotEmpty();
    }

    @Test
    void perTenantEqualsTheCoresBreakdown() {
        Dataset<Subscription> subscriptions = layout(8, true);
        MapFunction<Subscription, String> tenant = s -> GeneratedSubscriptions.tenant(s.customerId());

        Map<String, MrrBridge> bridges = toMap(
                CustomerMetrics.movements(subscriptions, QUARTER, "USD", tenant, Encoders.STRING()).collectAsList());
        Map<String, LogoChurn> churn = toMap(CustomerMetrics.logoChurn(subscriptions, QUARTER, AT_CANCELLATION,
                tenant, Encoders.STRING()).collectAsList());
        Map<String, MrrSnapshot> mrr = toMap(subscriptions
                .groupByKey(tenant, Encoders.STRING())
                .agg(SubscriptionAggregators.mrrAt(DATE, "USD").toColumn())
                .collectAsList());

        assertThat(bridges).hasSize(8)
                .isEqualTo(MrrBridge.by(core.subscriptions(), QUARTER, s -> GeneratedSubscriptions.tenant(s.customerId())).groups());
        assertThat(mrr).isEqualTo(MrrSnapshot.by(core.subscriptions(), DATE, s -> GeneratedSubscriptions.tenant(s.customerId())).groups());
        Map<String, LogoChurn> coreChurn = core.subscriptions().stream()
                .collect(Collectors.groupingBy(s -> GeneratedSubscriptions.tenant(s.customerId()),
                        Collectors.collectingAndThen(Collectors.toList(),
                                list -> RecurringRevenue.of(list).logoChurn(QUARTER, AT_CANCELLATION))));
        assertThat(churn).isEqualTo(coreChurn);
    }

    @Test
    void noSubscriptionsGiveTheCoresEmptyResults() {
        Dataset<Subscription> none = generated.limit(0);

        assertThat(none.select(SubscriptionAggregators.mrrAt(DATE, "USD").toColumn()).first())
                .isEqualTo(MrrSnapshot.empty(DATE, java.util.Currency.getInstance("USD")));
        assertThat(CustomerMetrics.movements(none, QUARTER, "USD"))
                .isEqualTo(MrrBridge.empty(QUARTER, java.util.Currency.getInstance("USD")));
        assertThat(CustomerMetrics.logoChurn(none, QUARTER, ChurnPolicy.DEFAULT))
                .isEqualTo(LogoChurn.empty(QUARTER, ChurnPolicy.DEFAULT));
    }

    private static <R> Map<String, R> toMap(List<Tuple2<String, R>> rows) {
        return rows.stream().collect(Collectors.toMap(Tuple2::_1, Tuple2::_2));
    }
}
