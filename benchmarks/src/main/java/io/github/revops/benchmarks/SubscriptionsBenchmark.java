package io.github.revops.benchmarks;

import io.github.revops.domain.Subscription;
import io.github.revops.table.Parallel;
import io.github.revops.table.SubscriptionTable;
import io.github.revops.time.Granularity;
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

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The state of the subscription benchmarks: the synthetic segments ({@code deals / 10} customers) as a revops table
 * (and its customer-aligned split), as a {@code List} of {@link Subscription} records (the public API checks their
 * ids and decodes them on every call), as
 * DuckDB tables and as the hand-written loop's arrays.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx14g"})
@State(Scope.Benchmark)
public abstract class SubscriptionsBenchmark {

    /** The 36 months of 2022-2024. */
    static final Period RANGE = Period.of(LocalDate.of(2022, 1, 1), LocalDate.of(2025, 1, 1));
    static final Granularity MONTH = Granularity.MONTH;

    /** The number of synthetic deals; the segments are those of {@code deals / 10} customers. */
    @Param({"1000000", "10000000"})
    public int deals;

    /**
     * Up to this size every fork checks all five methods before timing; above it (10M, where the record form alone
     * takes several GB and minutes to check) a fork checks the columnar, parallel and hand-written answers and the
     * one of the method it times.
     */
    static final int FULL_CHECK_UP_TO = 1_000_000;

    SyntheticData data;
    SubscriptionTable table;
    List<SubscriptionTable> parts;
    List<Subscription> records;
    DuckDb duckDb;

    /**
     * Builds the representations of the subscriptions: the table always; the records and DuckDB when the size is at
     * most {@link #FULL_CHECK_UP_TO} (every fork checks every method) or when the method timed needs them.
     */
    void load(BenchmarkParams params) {
        data = SyntheticData.of(deals);
        table = Fixture.subscriptionTable(data);
        parts = table.split(Parallel.parts());
        if (deals <= FULL_CHECK_UP_TO || params.getBenchmark().endsWith(".revopsObjects")) {
            records = List.copyOf(Fixture.subscriptions(data));
        }
        if (deals <= FULL_CHECK_UP_TO || params.getBenchmark().endsWith(".duckdb")) {
            duckDb = DuckDb.load(data, false, true);
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
