package io.github.revops.benchmarks;

import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Measures how much a second core can add on this machine, for the two kinds of work the benchmarks do: streaming
 * through large arrays (the column scans) and arithmetic in registers. It sums a 320 MB {@code long[]} on one
 * thread and in two halves on two threads, and runs the same register-only loop on one thread and, twice, on two.
 * A parallel speed-up of a column scan cannot exceed the memory ratio it prints.
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.github.revops.benchmarks.MachineScaling
 * </pre>
 */
public final class MachineScaling {

    private static final int LONGS = 40_000_000;
    private static final int STEPS = 300_000_000;
    private static final int ROUNDS = 8;

    private MachineScaling() {
    }

    /**
     * Prints the best of several rounds for each measurement, and the ratios.
     *
     * @param args  not used
     * @throws Exception if a thread fails
     */
    public static void main(String[] args) throws Exception {
        long[] values = new long[LONGS];
        for (int i = 0; i < LONGS; i++) {
            values[i] = i;
        }
        int half = LONGS / 2;
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            long oneStream = Long.MAX_VALUE;
            long twoStreams = Long.MAX_VALUE;
            long oneCompute = Long.MAX_VALUE;
            long twoComputes = Long.MAX_VALUE;
            long check = 0;
            for (int round = 0; round < ROUNDS; round++) {
                long t0 = System.nanoTime();
                check += sum(values, 0, LONGS);
                long t1 = System.nanoTime();
                Future<Long> a = pool.submit(() -> sum(values, 0, half));
                Future<Long> b = pool.submit(() -> sum(values, half, LONGS));
                check += a.get() + b.get();
                long t2 = System.nanoTime();
                check += spin(round);
                long t3 = System.nanoTime();
                Future<Long> c = pool.submit(() -> spin(1));
                Future<Long> d = pool.submit(() -> spin(2));
                check += c.get() + d.get();
                long t4 = System.nanoTime();
                oneStream = Math.min(oneStream, t1 - t0);
                twoStreams = Math.min(twoStreams, t2 - t1);
                oneCompute = Math.min(oneCompute, t3 - t2);
                twoComputes = Math.min(twoComputes, t4 - t3);
            }
            double bytes = 8.0 * LONGS;
            System.out.printf(Locale.ROOT, "memory: one thread %.1f GB/s, two threads %.1f GB/s: %.2fx%n",
                    bytes / oneStream, bytes / twoStreams, (double) oneStream / twoStreams);
            System.out.printf(Locale.ROOT, "compute: the same work on two threads takes %.2fx the time of one: %.2fx"
                    + " the throughput%n", (double) twoComputes / oneCompute, 2.0 * oneCompute / twoComputes);
            System.out.println("(checksum " + check + ")");
        } finally {
            pool.shutdown();
        }
    }

    private static long sum(long[] values, int from, int to) {
        long sum = 0;
        for (int i = from; i < to; i++) {
            sum += values[i];
        }
        return sum;
    }

    /** A chain of multiplications and shifts that stays in registers. */
    private static long spin(long seed) {
        long x = seed;
        for (int i = 0; i < STEPS; i++) {
            x = x * 6364136223846793005L + 1442695040888963407L;
            x ^= x >>> 29;
        }
        return x;
    }
}
