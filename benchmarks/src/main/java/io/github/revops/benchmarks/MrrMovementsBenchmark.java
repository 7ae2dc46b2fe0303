package io.github.revops.benchmarks;

import io.github.revops.recurring.MovementType;
import io.github.revops.recurring.MrrBridge;
import io.github.revops.result.TimeSeries;
import io.github.revops.table.Parallel;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.infra.BenchmarkParams;

import java.util.List;

/** The MRR bridge of each of the 36 months of 2022-2024 (the anchor's query e2;
 * docs/metrics.md#recurring-revenue-and-retention).
 */
public class MrrMovementsBenchmark extends SubscriptionsBenchmark {

    private static final MovementType[] ORDER = {MovementType.NEW, MovementType.EXPANSION, MovementType.REACTIVATION,
        MovementType.CONTRACTION, MovementType.CHURN};

    /** Loads the data and checks that every method gives the same answer. */
    @Setup
    public void setUp(BenchmarkParams params) {
        load(params);
        TimeSeries<MrrBridge> expected = revops();
        if (records != null) {
            Answers.same("revopsObjects", expected, revopsObjects());
        }
        Answers.same("revopsParallel", expected, revopsParallel());
        long[][] base = baseline();
        List<double[]> duck = duckDb == null ? null : duckdb();
        List<MrrBridge> bridges = expected.values();
        for (int m = 0; m < bridges.size(); m++) {
            for (int k = 0; k < ORDER.length; k++) {
                String what = ORDER[k] + " of month " + m;
                Answers.same("baseline " + what, bridges.get(m).movement(ORDER[k]).mrr().minorUnits(), base[k][m]);
                if (duck != null) {
                    Answers.same("duckdb " + what, bridges.get(m).movement(ORDER[k]).mrr().minorUnits(),
                            (long) duck.get(m)[k + 1]);
                }
            }
        }
    }

    /** The column table, one thread, one pass for the 36 months. @return the bridge of each month */
    @Benchmark
    public TimeSeries<MrrBridge> revops() {
        return MrrBridge.series(table, RANGE, MONTH);
    }

    /** The column table split by customer across all cores, parts combined. @return the bridge of each month */
    @Benchmark
    public TimeSeries<MrrBridge> revopsParallel() {
        return Parallel.evaluate(parts, part -> MrrBridge.series(part, RANGE, MONTH), Parallel.pointwise());
    }

    /** Subscription records through RecurringRevenue (copied into a table per call). @return the bridges */
    @Benchmark
    public TimeSeries<MrrBridge> revopsObjects() {
        return records.bridge(RANGE, MONTH);
    }

    /** DuckDB, 2 threads. @return per month: index, new, expansion, reactivation, contraction, churn in cents */
    @Benchmark
    public List<double[]> duckdb() {
        return duckDb.query(Sql.BRIDGE);
    }

    /** The hand-written loop over primitive arrays. @return per movement type, the cents of each month */
    @Benchmark
    public long[][] baseline() {
        return Baseline.bridge(data);
    }
}
