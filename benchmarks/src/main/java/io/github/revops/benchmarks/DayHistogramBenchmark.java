package io.github.revops.benchmarks;

import io.github.revops.result.DayHistogram;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * Counts day values into an exact histogram: the accumulation behind every sales-cycle statistic.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(1)
@State(Scope.Benchmark)
public class DayHistogramBenchmark {

    @Param("1000000")
    int values;

    int[] days;

    @Setup
    public void generate() {
        SplittableRandom random = new SplittableRandom(42);
        days = new int[values];
        for (int i = 0; i < values; i++) {
            days[i] = random.nextInt(731);
        }
    }

    @Benchmark
    public DayHistogram build() {
        DayHistogram.Builder builder = DayHistogram.builder();
        for (int d : days) {
            builder.add(d);
        }
        return builder.build();
    }
}
