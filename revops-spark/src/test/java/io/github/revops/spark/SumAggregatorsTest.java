package io.github.revops.spark;

import io.github.revops.domain.Deal;
import io.github.revops.domain.DealType;
import io.github.revops.domain.Spend;
import io.github.revops.domain.SpendCategory;
import io.github.revops.domain.Subscription;
import io.github.revops.economics.SpendSummary;
import io.github.revops.money.Money;
import io.github.revops.recurring.DealOutcomes;
import io.github.revops.recurring.MrrSnapshot;
import io.github.revops.recurring.MrrTotal;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The aggregators of plain exact sums, which merge on any split: spend summary, total MRR on a date and the outcomes
 * of a deal type, each equal to the core's on the same records, whole and grouped, on any partitioning.
 */
class SumAggregatorsTest {

    private static final long SEED = 31L;
    private static final Period QUARTER = Period.quarter(2017, 2);
    private static final LocalDate DATE = LocalDate.of(2025, 6, 30);

    private static List<Spend> spend;
    private static List<Subscription> subscriptions;
    private static List<Deal> deals;
    private static Dataset<Spend> spendSet;
    private static Dataset<Subscription> subscriptionSet;
    private static Dataset<Deal> dealSet;

    @BeforeAll
    static void generate() {
        SplittableRandom random = new SplittableRandom(SEED);
        spend = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            spend.add(Spend.of("SP-" + i, LocalDate.of(2017, 1, 1).plusDays(random.nextInt(365)),
                    Money.ofMinor("USD", random.nextLong(1_000_000)), SpendCategory.values()[random.nextInt(2)],
                    "channel-" + random.nextInt(6), random.nextBoolean()));
        }
        subscriptions = GeneratedSubscriptions.list(SEED, 20_000);
        deals = GeneratedDeals.list(SEED, 20_000);
        spendSet = SparkTestSession.get().createDataset(spend, RevopsEncoders.spend()).cache();
        subscriptionSet = GeneratedSubscriptions.dataset(SparkTestSession.get(), SEED, 20_000).cache();
        dealSet = GeneratedDeals.dataset(SparkTestSession.get(), SEED, 20_000).cache();
    }

    private static <T> Dataset<T> laid(Dataset<T> records, int partitions, boolean shuffled) {
        return (shuffled ? records.orderBy(functions.rand(SEED)) : records).repartition(partitions);
    }

    @ParameterizedTest(name = "{0} partitions, shuffled {1}")
    @CsvSource({"1, false", "2, false", "8, true"})
    void everySumEqualsTheCore(int partitions, boolean shuffled) {
        SpendSummary summary = laid(spendSet, partitions, shuffled)
                .select(EconomicsMetrics.spendSummary(QUARTER, "USD").toColumn()).first();
        MrrTotal mrr = laid(subscriptionSet, partitions, shuffled)
                .select(SubscriptionAggregators.mrrTotalAt(DATE, "USD").toColumn()).first();
        DealOutcomes renewals = laid(dealSet, partitions, shuffled)
                .select(DealAggregators.dealOutcomes(QUARTER, DealType.RENEWAL, "USD").toColumn()).first();

        assertThat(summary).isEqualTo(SpendSummary.of(spend, QUARTER));
        assertThat(mrr).isEqualTo(MrrTotal.of(subscriptions, DATE));
        assertThat(renewals).isEqualTo(DealOutcomes.of(deals, QUARTER, DealType.RENEWAL));
        // not vacuous: hundreds of spend rows and deals in the quarter; the total is the snapshot's MRR
        assertThat(summary.byChannel()).hasSize(6);
        assertThat(mrr.mrr()).isEqualTo(MrrSnapshot.of(subscriptions, DATE).mrr());
        assertThat(renewals.won()).isGreaterThan(100);
        assertThat(renewals.lost()).isGreaterThan(50);
    }

    @Test
    void groupedEqualsTheCoresBreakdowns() {
        Map<String, SpendSummary> perChannel = toMap(laid(spendSet, 4, true)
                .groupByKey((MapFunction<Spend, String>) Spend::channel, Encoders.STRING())
                .agg(EconomicsMetrics.spendSummary(QUARTER, "USD").toColumn()).collectAsList());
        Map<String, DealOutcomes> perOwner = toMap(laid(dealSet, 4, true)
                .groupByKey((MapFunction<Deal, String>) Deal::owner, Encoders.STRING())
                .agg(DealAggregators.dealOutcomes(QUARTER, DealType.EXPANSION, "USD").toColumn()).collectAsList());

        assertThat(perChannel).hasSize(6).isEqualTo(SpendSummary.by(spend, QUARTER, Spend::channel).groups());
        assertThat(perOwner).hasSize(25)
                .isEqualTo(DealOutcomes.by(deals, QUARTER, DealType.EXPANSION, Deal::owner).groups());
    }

    private static <R> Map<String, R> toMap(List<Tuple2<String, R>> rows) {
        return rows.stream().collect(Collectors.toMap(Tuple2::_1, Tuple2::_2));
    }
}
