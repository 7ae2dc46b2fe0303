package io.github.revops.benchmarks;

import io.github.revops.domain.Deal;
import io.github.revops.table.DealTable;
import io.github.revops.table.Parallel;
import io.github.revops.time.Period;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The state of the deal benchmarks: the synthetic deals as a revops table (and its split for the parallel method),
 * as a list of records, as DuckDB tables and as the hand-written loop's arrays. Each subclass checks in its setup
 * that every method gives the same answer before anything is timed.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx14g"})
@State(Scope.Benchmark)
public abstract class DealsBenchmark {

    /** The year the deal metrics look at: calendar 2024, the anchor's window. */
    static final Period WINDOW = Period.year(2024);

    /** The number of synthetic deals. */
    @Param({"1000000", "10000000"})
    public int deals;

    SyntheticData data;
    DealTable table;
    List<DealTable> parts;
    List<Deal> records;
    DuckDb duckDb;

    /** Builds every representation of the deals. */
    void load() {
        data = SyntheticData.of(deals);
        table = Fixture.dealTable(data);
        parts = table.split(Parallel.parts());
        records = Fixture.deals(data);
        duckDb = DuckDb.load(data, true, false);
    }

    /** Closes DuckDB. */
    @TearDown
    public void close() {
        duckDb.close();
    }
}
