package io.github.revops.benchmarks;

import io.github.revops.domain.Deal;
import io.github.revops.money.ExactMoney;
import io.github.revops.pipeline.PipelineVelocity;
import io.github.revops.result.Breakdown;
import io.github.revops.table.Parallel;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.infra.BenchmarkParams;

import java.util.List;
import java.util.Map;

/** Pipeline velocity per owner for 2024 (docs/metrics.md#pipeline-velocity; the anchor's query c). */
public class PipelineVelocityBenchmark extends DealsBenchmark {

    /** Loads the data and checks that every method gives the same answer. */
    @Setup
    public void setUp(BenchmarkParams params) {
        load(params);
        Breakdown<String, PipelineVelocity> expected = revops();
        if (records != null) {
            Answers.same("revopsObjects", expected, revopsObjects());
        }
        Answers.same("revopsParallel", expected, revopsParallel());
        long[][] base = baseline();
        List<double[]> duck = duckDb == null ? null : duckdb();
        if (duck != null) {
            Answers.same("owners", duck.size(), expected.groups().size());
        }
        int row = 0;
        for (Map.Entry<String, PipelineVelocity> e : expected.groups().entrySet()) {
            int owner = Integer.parseInt(e.getKey().substring("rep-".length()));
            PipelineVelocity v = e.getValue();
            String what = "owner " + e.getKey();
            Answers.same(what + " opportunities", v.opportunities(), base[0][owner]);
            Answers.same(what + " won", v.won().count(), base[1][owner]);
            Answers.same(what + " won cents", v.won().minorUnits(), base[2][owner]);
            Answers.same(what + " lost", v.lost().count(), base[3][owner]);
            Answers.same(what + " cycle days", v.wonCycleDays(), base[4][owner]);
            if (duck != null) {
                double[] d = duck.get(row++);
                Answers.same(what + " duckdb owner", owner, (long) d[0]);
                Answers.same(what + " duckdb opportunities", v.opportunities(), (long) d[1]);
                Answers.close(what + " duckdb velocity", v.value().map(ExactMoney::minorUnits), d[5]);
            }
        }
    }

    /** The column table, one thread. @return the velocity per owner */
    @Benchmark
    public Breakdown<String, PipelineVelocity> revops() {
        return PipelineVelocity.by(table, WINDOW, table.owner());
    }

    /** The column table split across all cores, parts combined. @return the velocity per owner */
    @Benchmark
    public Breakdown<String, PipelineVelocity> revopsParallel() {
        return Parallel.evaluate(parts, part -> PipelineVelocity.by(part, WINDOW, part.owner()), Breakdown::combine);
    }

    /** A list of deal records through the public collectors. @return the velocity per owner */
    @Benchmark
    public Breakdown<String, PipelineVelocity> revopsObjects() {
        return records.stream().collect(Breakdown.by(Deal::owner, PipelineVelocity.collector(WINDOW),
                PipelineVelocity.EMPTY));
    }

    /** DuckDB, 2 threads. @return per owner: id, opportunities, avg won, win rate, avg cycle, velocity */
    @Benchmark
    public List<double[]> duckdb() {
        return duckDb.query(Sql.VELOCITY);
    }

    /** The hand-written loop over primitive arrays. @return per owner the five parts */
    @Benchmark
    public long[][] baseline() {
        return Baseline.velocity(data);
    }

}
