package io.github.revops.spark;

import io.github.revops.domain.Deal;
import io.github.revops.pipeline.PipelineVelocity;
import io.github.revops.pipeline.SalesCycle;
import io.github.revops.pipeline.WinRate;
import io.github.revops.time.Period;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import scala.Tuple3;
import scala.Tuple4;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Measures throughput on local[2]: generated deals per second through the three pipeline aggregators at once, whole
 * and grouped by owner. Tagged {@code throughput} and left out of the build; run it with the command in the README's
 * "Apache Spark" section ({@code -Dthroughput.deals} sets the number, 1,000,000 unless set). It prints the figures and
 * asserts only that Spark's results equal the core's, never a time.
 */
@Tag("throughput")
class SparkThroughputTest {

    private static final Period YEAR = Period.year(2017);

    @Test
    void dealsPerSecond() {
        int count = Integer.getInteger("throughput.deals", 1_000_000);
        Dataset<Deal> deals = GeneratedDeals.dataset(SparkTestSession.get(), 5, count);
        deals.cache().count(); // generate and encode once, outside the timings

        for (int run = 1; run <= 3; run++) {
            long start = System.nanoTime();
            Tuple3<WinRate, SalesCycle, PipelineVelocity> whole = deals
                    .select(DealAggregators.winRate(YEAR).toColumn(), DealAggregators.salesCycle(YEAR).toColumn(),
                            DealAggregators.pipelineVelocity(YEAR).toColumn())
                    .first();
            long wholeNanos = System.nanoTime() - start;
            start = System.nanoTime();
            List<Tuple4<String, WinRate, SalesCycle, PipelineVelocity>> perOwner = deals
                    .groupByKey((MapFunction<Deal, String>) Deal::owner, Encoders.STRING())
                    .agg(DealAggregators.winRate(YEAR).toColumn(), DealAggregators.salesCycle(YEAR).toColumn(),
                            DealAggregators.pipelineVelocity(YEAR).toColumn())
                    .collectAsList();
            long groupedNanos = System.nanoTime() - start;
            System.out.printf("run %d: %,d deals, whole %.2f s (%,.0f deals/s), per owner %.2f s (%,.0f deals/s)%n",
                    run, count, wholeNanos / 1e9, count / (wholeNanos / 1e9), groupedNanos / 1e9,
                    count / (groupedNanos / 1e9));
            assertThat(perOwner).hasSize(25);
            if (run == 1) {
                List<Deal> list = GeneratedDeals.list(5, count);
                assertThat(whole._1()).isEqualTo(WinRate.of(list, YEAR));
                assertThat(whole._2()).isEqualTo(SalesCycle.of(list, YEAR));
                assertThat(whole._3()).isEqualTo(PipelineVelocity.of(list, YEAR));
            }
        }
    }
}
