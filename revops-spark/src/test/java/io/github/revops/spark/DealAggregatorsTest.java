package io.github.revops.spark;

import io.github.revops.domain.Deal;
import io.github.revops.pipeline.PipelineVelocity;
import io.github.revops.pipeline.SalesCycle;
import io.github.revops.pipeline.WinRate;
import io.github.revops.time.Period;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import scala.Tuple3;
import scala.Tuple4;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pipeline aggregators on 100,000 seeded deals: every Spark result equals the core's result on the same deals in
 * this JVM, exactly ({@code equals} of every part), whatever the partitioning and order of the input.
 */
class DealAggregatorsTest {

    private static final long SEED = 20_261_127L;
    private static final int COUNT = 100_000;
    private static final Period YEAR = Period.year(2017);

    private static List<Deal> deals;
    private static Dataset<Deal> generated;

    private final SparkSession spark = SparkTestSession.get();

    @BeforeAll
    static void generate() {
        deals = GeneratedDeals.list(SEED, COUNT);
        generated = GeneratedDeals.dataset(SparkTestSession.get(), SEED, COUNT).cache();
    }

    static Dataset<Deal> layout(Dataset<Deal> deals, int partitions, boolean shuffled) {
        Dataset<Deal> ordered = shuffled ? deals.orderBy(functions.rand(SEED)) : deals;
        return ordered.repartition(partitions);
    }

    @ParameterizedTest(name = "{0} partitions, shuffled {1}")
    @CsvSource({"1, false", "2, false", "8, false", "8, true"})
    void wholeDatasetEqualsTheCore(int partitions, boolean shuffled) {
        Tuple3<WinRate, SalesCycle, PipelineVelocity> spark = layout(generated, partitions, shuffled)
                .select(DealAggregators.winRate(YEAR).toColumn(), DealAggregators.salesCycle(YEAR).toColumn(),
                        DealAggregators.pipelineVelocity(YEAR).toColumn())
                .first();

        assertThat(spark._1()).isEqualTo(WinRate.of(deals, YEAR));
        assertThat(spark._2()).isEqualTo(SalesCycle.of(deals, YEAR));
        assertThat(spark._3()).isEqualTo(PipelineVelocity.of(deals, YEAR));
        // not a vacuous equality: about a third of the deals close in 2017, 45/80 of them won
        assertThat(spark._1().closedWon().count()).isBetween(13_000L, 17_000L);
        assertThat(spark._2().percentile(90)).isEqualTo(SalesCycle.of(deals, YEAR).percentile(90));
    }

    @Test
    void perOwnerEqualsTheCoresBreakdown() {
        List<Tuple4<String, WinRate, SalesCycle, PipelineVelocity>> rows = layout(generated, 8, true)
                .groupByKey((MapFunction<Deal, String>) Deal::owner, Encoders.STRING())
                .agg(DealAggregators.winRate(YEAR).toColumn(), DealAggregators.salesCycle(YEAR).toColumn(),
                        DealAggregators.pipelineVelocity(YEAR).toColumn())
                .collectAsList();

        assertThat(rows).hasSize(25);
        assertThat(toMap(rows, Tuple4::_2)).isEqualTo(WinRate.by(deals, YEAR, Deal::owner).groups());
        assertThat(toMap(rows, Tuple4::_3)).isEqualTo(SalesCycle.by(deals, YEAR, Deal::owner).groups());
        assertThat(toMap(rows, Tuple4::_4)).isEqualTo(PipelineVelocity.by(deals, YEAR, Deal::owner).groups());
    }

    @Test
    void perTenantSegmentEqualsTheCoresBreakdown() {
        Function<Deal, String> tenant = d -> d.segment("tenant").orElseThrow();
        Map<String, WinRate> spark = layout(generated, 2, true)
                .groupByKey((MapFunction<Deal, String>) d -> d.segment("tenant").orElseThrow(), Encoders.STRING())
                .agg(DealAggregators.winRate(YEAR).toColumn())
                .collectAsList().stream().collect(Collectors.toMap(t -> t._1(), t -> t._2()));

        assertThat(spark).hasSize(8).isEqualTo(WinRate.by(deals, YEAR, tenant).groups());
    }

    @Test
    void noDealsGiveTheCoresEmptyResults() {
        Tuple3<WinRate, SalesCycle, PipelineVelocity> spark = generated.limit(0)
                .select(DealAggregators.winRate(YEAR).toColumn(), DealAggregators.salesCycle(YEAR).toColumn(),
                        DealAggregators.pipelineVelocity(YEAR).toColumn())
                .first();

        assertThat(spark._1()).isEqualTo(WinRate.EMPTY);
        assertThat(spark._2()).isEqualTo(SalesCycle.EMPTY);
        assertThat(spark._3()).isEqualTo(PipelineVelocity.EMPTY);
    }

    private static <R> Map<String, R> toMap(List<Tuple4<String, WinRate, SalesCycle, PipelineVelocity>> rows,
                                            Function<Tuple4<String, WinRate, SalesCycle, PipelineVelocity>, R> f) {
        return rows.stream().collect(Collectors.toMap(Tuple4::_1, f));
    }
}
