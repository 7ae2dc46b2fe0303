package io.github.revops.benchmarks;

import io.github.revops.math.Rational;
import io.github.revops.recurring.MrrTotal;
import io.github.revops.result.TimeSeries;
import io.github.revops.table.Parallel;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.infra.BenchmarkParams;

import java.util.List;

/** ARR at the 36 month ends of 2022-2024 (docs/metrics.md#recurring-revenue-and-retention; the anchor's query d2). */
public class ArrBenchmark extends SubscriptionsBenchmark {

    /** Loads the data and checks that every method gives the same answer. */
    @Setup
    public void setUp(BenchmarkParams params) {
        load(params);
        TimeSeries<MrrTotal> expected = revops();
        if (records != null) {
            Answers.same("revopsObjects", expected, revopsObjects());
        }
        Answers.same("revopsParallel", expected, revopsParallel());
        long[] base = baseline();
        List<double[]> duck = duckDb == null ? null : duckdb();
        List<MrrTotal> values = expected.values();
        for (int m = 0; m < values.size(); m++) {
            Rational arr = values.get(m).arr().minorUnits();
            Answers.same("baseline ARR of month " + m, arr, Math.multiplyExact(12, base[m]));
            if (duck != null) {
                Answers.same("duckdb ARR of month " + m, arr, (long) duck.get(m)[2]);
            }
        }
    }

    /** The column table, one thread, one pass for the 36 dates. @return MRR (and ARR) at each month end */
    @Benchmark
    public TimeSeries<MrrTotal> revops() {
        return MrrTotal.series(table, RANGE, MONTH);
    }

    /** The column table split by customer across all cores, parts combined. @return MRR at each month end */
    @Benchmark
    public TimeSeries<MrrTotal> revopsParallel() {
        return Parallel.evaluate(parts, part -> MrrTotal.series(part, RANGE, MONTH), Parallel.pointwise());
    }

    /** Subscription records through RecurringRevenue (copied into a table per call). @return MRR at month ends */
    @Benchmark
    public TimeSeries<MrrTotal> revopsObjects() {
        return records.mrrTotalsAtPeriodEnds(RANGE, MONTH);
    }

    /** DuckDB, 2 threads. @return per month: index, month end day, ARR in cents */
    @Benchmark
    public List<double[]> duckdb() {
        return duckDb.query(Sql.ARR);
    }

    /** The hand-written loop over primitive arrays. @return MRR in cents at each month end */
    @Benchmark
    public long[] baseline() {
        return Baseline.mrrAtMonthEnds(data);
    }
}
