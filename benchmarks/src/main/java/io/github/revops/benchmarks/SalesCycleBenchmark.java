package io.github.revops.benchmarks;

import io.github.revops.math.Rational;
import io.github.revops.pipeline.SalesCycle;
import io.github.revops.table.Parallel;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.infra.BenchmarkParams;

import java.util.List;
import java.util.Optional;

/** Mean and median sales cycle of the deals won in 2024 (docs/metrics.md#sales-cycle-length; the anchor's query b). */
public class SalesCycleBenchmark extends DealsBenchmark {

    /** Loads the data and checks that every method gives the same answer. */
    @Setup
    public void setUp(BenchmarkParams params) {
        load(params);
        SalesCycle expected = revops();
        if (records != null) {
            Answers.same("revopsObjects", expected, revopsObjects());
        }
        Answers.same("revopsParallel", expected, revopsParallel());
        long[] frequency = baseline();
        long count = 0;
        for (int day = 0; day < frequency.length; day++) {
            Answers.same("baseline frequency of " + day, expected.won().frequency(day), frequency[day]);
            count += frequency[day];
        }
        Answers.same("baseline count", expected.count(), count);
        if (duckDb != null) {
            double[] duck = duckdb().get(0);
            Answers.close("duckdb mean", expected.mean(), duck[0]);
            Answers.close("duckdb median", expected.median(), duck[1]);
        }
        Answers.same("median", Optional.of(Rational.of(45)), expected.median());
    }

    /** The column table, one thread. @return the cycle histograms */
    @Benchmark
    public SalesCycle revops() {
        return SalesCycle.of(table, WINDOW);
    }

    /** The column table split across all cores, parts combined. @return the cycle histograms */
    @Benchmark
    public SalesCycle revopsParallel() {
        return Parallel.evaluate(parts, part -> SalesCycle.of(part, WINDOW), SalesCycle::combine);
    }

    /** A list of deal records through the public collector. @return the cycle histograms */
    @Benchmark
    public SalesCycle revopsObjects() {
        return records.stream().collect(SalesCycle.collector(WINDOW));
    }

    /** DuckDB, 2 threads. @return the row (mean, median) */
    @Benchmark
    public List<double[]> duckdb() {
        return duckDb.query(Sql.SALES_CYCLE);
    }

    /** The hand-written loop over primitive arrays. @return the won deals' day histogram */
    @Benchmark
    public long[] baseline() {
        return Baseline.salesCycle(data);
    }
}
