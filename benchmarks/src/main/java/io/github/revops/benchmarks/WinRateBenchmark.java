package io.github.revops.benchmarks;

import io.github.revops.domain.Deal;
import io.github.revops.internal.DealFields;
import io.github.revops.pipeline.WinRate;
import io.github.revops.table.Parallel;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.infra.BenchmarkParams;

import java.util.List;

/** Win rate by count and by value of the deals closed in 2024 (docs/metrics.md#win-rate; the anchor's query a). */
public class WinRateBenchmark extends DealsBenchmark {

    /** Loads the data and checks that every method gives the same answer. */
    @Setup
    public void setUp(BenchmarkParams params) {
        load(params);
        WinRate expected = revops();
        if (records != null) {
            Answers.same("revopsObjects", expected, revopsObjects());
        }
        Answers.same("revopsParallel", expected, revopsParallel());
        long[] base = baseline();
        Answers.same("baseline won", expected.closedWon().count(), base[0]);
        Answers.same("baseline closed", expected.closedWon().count() + expected.closedLost().count(), base[1]);
        Answers.same("baseline won cents", expected.closedWon(), base[2]);
        Answers.same("baseline closed cents", expected.closedWon().combine(expected.closedLost()),
                base[3]);
        if (duckDb != null) {
            double[] duck = duckdb().get(0);
            Answers.close("duckdb by count", expected.byCount().exactValue(), duck[0]);
            Answers.close("duckdb by value", expected.byValue().exactValue(), duck[1]);
        }
    }

    /** The column table, one thread. @return the win rate */
    @Benchmark
    public WinRate revops() {
        return WinRate.of(table, WINDOW);
    }

    /** The column table split across all cores, parts combined. @return the win rate */
    @Benchmark
    public WinRate revopsParallel() {
        return Parallel.evaluate(parts, part -> WinRate.of(part, WINDOW), WinRate::combine);
    }

    /** A list of deal records through the public collector. @return the win rate */
    @Benchmark
    public WinRate revopsObjects() {
        return records.stream().collect(WinRate.collector(WINDOW));
    }

    /**
     * A probe, not an answer: the same list of deal records read field by field as the collector's kernel reads them
     * (created and close day, status, amount, currency), without the rule. The floor that reading the objects sets
     * for {@link #revopsObjects()} (docs/decisions/0118). @return a sum of the fields
     */
    @Benchmark
    public long recordsRead() {
        long sum = 0;
        for (Deal deal : records) {
            sum += DealFields.createdDay(deal) ^ DealFields.closeDay(deal) ^ DealFields.status(deal)
                    ^ DealFields.amountMinor(deal) ^ DealFields.currency(deal).getDefaultFractionDigits();
        }
        return sum;
    }

    /** DuckDB, 2 threads. @return the row (rate by count, rate by value) */
    @Benchmark
    public List<double[]> duckdb() {
        return duckDb.query(Sql.WIN_RATE);
    }

    /** The hand-written loop over primitive arrays. @return won, closed, won cents, closed cents */
    @Benchmark
    public long[] baseline() {
        return Baseline.winRate(data);
    }
}
