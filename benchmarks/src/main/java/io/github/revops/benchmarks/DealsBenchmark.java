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
import org.openjdk.jmh.infra.BenchmarkParams;

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

    /**
     * Up to this size every fork checks all five methods before timing; above it (10M, where the record form alone
     * takes several GB and minutes to check) a fork checks the columnar, parallel and hand-written answers and the
     * one of the method it times.
     */
    static final int FULL_CHECK_UP_TO = 1_000_000;

    SyntheticData data;
    DealTable table;
    List<DealTable> parts;
    List<Deal> records;
    DuckDb duckDb;

    /**
     * Builds the representations of the deals: the table always; the records and DuckDB when the size is at most
     * {@link #FULL_CHECK_UP_TO} (every fork checks every method) or when the method timed needs them.
     */
    void load(BenchmarkParams params) {
        data = SyntheticData.of(deals);
        table = Fixture.dealTable(data);
        parts = table.split(Parallel.parts());
        if (deals <= FULL_CHECK_UP_TO || params.getBenchmark().endsWith(".revopsObjects")) {
            records = Fixture.deals(data);
        }
        if (deals <= FULL_CHECK_UP_TO || params.getBenchmark().endsWith(".duckdb")) {
            duckDb = DuckDb.load(data, true, false);
        }
    }

    /** Closes DuckDB. */
    @TearDown
    public void close() {
        if (duckDb != null) {
            duckDb.close();
        }
    }
}
