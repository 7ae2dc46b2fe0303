package io.github.revops.benchmarks;

import io.github.revops.recurring.ChurnPolicy;
import io.github.revops.recurring.LogoChurn;
import io.github.revops.result.TimeSeries;
import io.github.revops.table.Parallel;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.infra.BenchmarkParams;

import java.util.List;

/**
 * Monthly logo churn of 2022-2024 under the default policy (the anchor's query f2;
 * docs/metrics.md#recurring-revenue-and-retention).
 */
public class LogoChurnBenchmark extends SubscriptionsBenchmark {

    /** Loads the data and checks that every method gives the same answer. */
    @Setup
    public void setUp(BenchmarkParams params) {
        load(params);
        TimeSeries<LogoChurn> expected = revops();
        if (records != null) {
            Answers.same("revopsObjects", expected, revopsObjects());
        }
        Answers.same("revopsParallel", expected, revopsParallel());
        long[][] base = baseline();
        List<double[]> duck = duckDb == null ? null : duckdb();
        int row = 0;
        List<LogoChurn> months = expected.values();
        for (int m = 0; m < months.size(); m++) {
            LogoChurn c = months.get(m);
            Answers.same("baseline customers at start of month " + m, c.customersAtStart(), base[0][m]);
            Answers.same("baseline churned in month " + m, c.churned().size(), base[1][m]);
            if (duck != null && c.customersAtStart() > 0) {
                double[] d = duck.get(row++);
                Answers.same("duckdb month", m, (long) d[0]);
                Answers.same("duckdb customers at start of month " + m, c.customersAtStart(), (long) d[1]);
                Answers.same("duckdb churned in month " + m, c.churned().size(), (long) d[2]);
                Answers.close("duckdb rate of month " + m, c.rate().exactValue(), d[3]);
            }
        }
        if (duck != null) {
            Answers.same("duckdb months", row, duck.size());
        }
    }

    /** The column table, one thread, one pass for the 36 months. @return the churn of each month */
    @Benchmark
    public TimeSeries<LogoChurn> revops() {
        return LogoChurn.series(table, RANGE, MONTH, ChurnPolicy.DEFAULT);
    }

    /** The column table split by customer across all cores, parts combined. @return the churn of each month */
    @Benchmark
    public TimeSeries<LogoChurn> revopsParallel() {
        return Parallel.evaluate(parts, part -> LogoChurn.series(part, RANGE, MONTH, ChurnPolicy.DEFAULT),
                Parallel.pointwise());
    }

    /** Subscription records through RecurringRevenue (copied into a table per call). @return the monthly churn */
    @Benchmark
    public TimeSeries<LogoChurn> revopsObjects() {
        return records.logoChurnSeries(RANGE, MONTH, ChurnPolicy.DEFAULT);
    }

    /** DuckDB, 2 threads. @return per month: index, customers at start, churned, rate */
    @Benchmark
    public List<double[]> duckdb() {
        return duckDb.query(Sql.LOGO_CHURN);
    }

    /** The hand-written loop over primitive arrays. @return customers at the start and churned, per month */
    @Benchmark
    public long[][] baseline() {
        return Baseline.logoChurn(data);
    }
}
