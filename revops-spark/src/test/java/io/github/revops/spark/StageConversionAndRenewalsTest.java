package io.github.revops.spark;

import io.github.revops.domain.Deal;
import io.github.revops.domain.Subscription;
import io.github.revops.money.Money;
import io.github.revops.pipeline.StageConversion;
import io.github.revops.recurring.RecurringRevenue;
import io.github.revops.recurring.Renewals;
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
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Stage conversion and renewals on Spark: each equal to the core's result on the same records, whole and grouped, on
 * any partitioning.
 */
class StageConversionAndRenewalsTest {

    private static final List<String> STAGES = List.of("Prospect", "Qualify", "Propose", "Negotiate");
    private static final Period YEAR = Period.year(2017);
    private static final LocalDate AS_OF = LocalDate.of(2017, 12, 31);
    private static final Period QUARTER = Period.quarter(2025, 2);

    private static List<Deal> deals;
    private static Dataset<Deal> dealSet;
    private static RecurringRevenue core;
    private static Dataset<Subscription> subscriptions;

    @BeforeAll
    static void generate() {
        deals = IntStream.range(0, 5_000).mapToObj(StageConversionAndRenewalsTest::withStages).toList();
        dealSet = SparkTestSession.get().createDataset(deals, RevopsEncoders.deal()).cache();
        core = RecurringRevenue.of(GeneratedSubscriptions.list(11, 20_000));
        subscriptions = GeneratedSubscriptions.dataset(SparkTestSession.get(), 11, 20_000).cache();
    }

    /** A generated deal with a stage history: a run of the stages from the first, some skipped, 0 to 60 days each. */
    private static Deal withStages(int index) {
        Deal d = GeneratedDeals.deal(13, index);
        SplittableRandom random = new SplittableRandom(index);
        Deal.Builder builder = Deal.builder(d.id()).customer(d.customerId()).owner(d.owner()).source(d.source())
                .type(d.type()).amount(d.amount()).created(d.createdDate());
        LocalDate entered = d.createdDate();
        int reached = 1 + random.nextInt(STAGES.size());
        for (int s = 0; s < reached; s++) {
            if (s == 0 || random.nextInt(5) != 0) {
                builder.stage(STAGES.get(s), entered);
            }
            entered = entered.plusDays(random.nextInt(61));
        }
        return builder.open().build();
    }

    @ParameterizedTest(name = "{0} partitions, shuffled {1}")
    @CsvSource({"1, false", "2, false", "8, true"})
    void stageConversionEqualsTheCore(int partitions, boolean shuffled) {
        Dataset<Deal> laid = (shuffled ? dealSet.orderBy(functions.rand(13)) : dealSet).repartition(partitions);

        StageConversion spark = laid.select(DealAggregators.stageConversion(STAGES, YEAR, AS_OF).toColumn()).first();

        StageConversion expected = StageConversion.of(deals, STAGES, YEAR, AS_OF);
        assertThat(spark).isEqualTo(expected);
        assertThat(expected.stages().get(1).reached()).isBetween(900L, 1_500L); // not vacuous
        assertThat(expected.stages().get(1).skipped()).isPositive();
    }

    @Test
    void stageConversionPerOwnerEqualsTheCore() {
        Map<String, StageConversion> spark = dealSet.repartition(4)
                .groupByKey((MapFunction<Deal, String>) Deal::owner, Encoders.STRING())
                .agg(DealAggregators.stageConversion(STAGES, YEAR, AS_OF).toColumn())
                .collectAsList().stream().collect(Collectors.toMap(Tuple2::_1, Tuple2::_2));

        assertThat(spark).hasSize(25)
                .isEqualTo(StageConversion.by(deals, STAGES, YEAR, AS_OF, Deal::owner).groups());
    }

    @Test
    void aBadStageListFailsOnTheDriver() {
        assertThatThrownBy(() -> DealAggregators.stageConversion(List.of("A", "A"), YEAR, AS_OF))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("A");
    }

    @ParameterizedTest(name = "{0} partitions")
    @CsvSource({"1", "8"})
    void renewalsEqualTheCore(int partitions) {
        Renewals spark = CustomerMetrics.renewals(subscriptions.orderBy(functions.rand(11)).repartition(partitions),
                QUARTER, 14, "USD");

        Renewals expected = core.renewals(QUARTER, 14);
        assertThat(spark).isEqualTo(expected);
        assertThat(expected.renewed()).isNotEmpty(); // not vacuous
        assertThat(expected.upForRenewal().size()).isGreaterThan(expected.renewed().size());
        assertThat(expected.currency()).isEqualTo(Money.currency("USD"));
    }

    @Test
    void renewalsPerTenantEqualTheCore() {
        Map<String, Renewals> spark = CustomerMetrics.renewals(subscriptions.repartition(4), QUARTER, 14, "USD",
                        (MapFunction<Subscription, String>) s -> GeneratedSubscriptions.tenant(s.customerId()),
                        Encoders.STRING())
                .collectAsList().stream().collect(Collectors.toMap(Tuple2::_1, Tuple2::_2));

        Map<String, List<Subscription>> byTenant = GeneratedSubscriptions.list(11, 20_000).stream()
                .collect(Collectors.groupingBy(s -> GeneratedSubscriptions.tenant(s.customerId())));
        assertThat(spark).hasSameSizeAs(byTenant);
        byTenant.forEach((tenant, subs) -> assertThat(spark.get(tenant))
                .isEqualTo(RecurringRevenue.of(subs).renewals(QUARTER, 14)));
    }

    @Test
    void negativeGraceDaysFailOnTheDriver() {
        assertThatThrownBy(() -> CustomerMetrics.renewals(subscriptions, QUARTER, -1, "USD"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("graceDays (-1) must be >= 0");
    }
}
