package io.github.revops.testing;

import io.github.revops.result.Mergeable;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collector;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The merge laws every revops metric must obey, as one call for any metric's tests.
 *
 * <p>For a metric {@code m} over a list of records with an empty result {@code e}:
 * <ul>
 *   <li>identity: {@code m([]) == e}, {@code e.combine(m(x)) == m(x) == m(x).combine(e)};</li>
 *   <li>merge equals whole: for random splits of a shuffled input into parts, combining the parts' results in
 *       random order and grouping gives {@code m(x)};</li>
 *   <li>commutativity: {@code m(a).combine(m(b)) == m(b).combine(m(a))};</li>
 *   <li>for a {@link Collector}: sequential, parallel and shuffled streams give {@code m(x)}.</li>
 * </ul>
 * Every trial is seeded; a failure names the seed and the split so it can be replayed.
 *
 * <p>In a test of a metric of your own (a {@link Mergeable} result with a static factory over records):
 * <pre>{@code
 * MergeLaws.assertMergeable(deals, part -> MyMetric.of(part), MyMetric.empty());
 * MergeLaws.assertCollector(deals, MyMetric.collector(), MyMetric.of(deals));
 * }</pre>
 * A failure is an {@link AssertionError} (AssertJ's), as any failed assertion in JUnit or TestNG.
 *
 * @since 0.1.0
 */
public final class MergeLaws {

    private static final int TRIALS = 25;

    private MergeLaws() {
    }

    /**
     * Asserts identity, merge-equals-whole over random splits and commutativity.
     *
     * @param <T>  the record type
     * @param <R>  the result type
     * @param input  the records, not null
     * @param metric  the metric of a list of records, not null
     * @param empty  the metric's empty result, not null
     */
    public static <T, R extends Mergeable<R>> void assertMergeable(List<T> input, Function<List<T>, R> metric,
                                                                   R empty) {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(empty, "empty");
        R whole = metric.apply(input);
        assertThat(metric.apply(List.of())).as("metric of no records is the empty result").isEqualTo(empty);
        assertThat(empty.combine(whole)).as("empty.combine(whole)").isEqualTo(whole);
        assertThat(whole.combine(empty)).as("whole.combine(empty)").isEqualTo(whole);
        for (int trial = 0; trial < TRIALS; trial++) {
            long seed = 0x5eed_0000L + trial;
            Random random = new Random(seed);
            List<T> shuffled = new ArrayList<>(input);
            Collections.shuffle(shuffled, random);
            List<List<T>> parts = split(shuffled, random);
            List<R> results = new ArrayList<>();
            for (List<T> part : parts) {
                results.add(metric.apply(part));
            }
            R merged = combineRandomly(results, random);
            assertThat(merged).as("seed %d: combine of %d parts (sizes %s) equals the whole", seed, parts.size(),
                    parts.stream().map(List::size).toList()).isEqualTo(whole);
            if (results.size() >= 2) {
                R a = results.get(0);
                R b = results.get(1);
                assertThat(a.combine(b)).as("seed %d: combine is commutative", seed).isEqualTo(b.combine(a));
            }
        }
    }

    /**
     * Asserts that a collector gives the expected result on sequential, parallel and shuffled streams.
     *
     * @param <T>  the record type
     * @param <R>  the result type
     * @param input  the records, not null
     * @param collector  the metric's collector, not null
     * @param expected  the metric of the whole input, computed another way, not null
     */
    public static <T, R> void assertCollector(List<T> input, Collector<T, ?, R> collector, R expected) {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(collector, "collector");
        Objects.requireNonNull(expected, "expected");
        assertThat(input.stream().collect(collector)).as("sequential stream").isEqualTo(expected);
        assertThat(input.parallelStream().collect(collector)).as("parallel stream").isEqualTo(expected);
        for (int trial = 0; trial < 5; trial++) {
            List<T> shuffled = new ArrayList<>(input);
            Collections.shuffle(shuffled, new Random(0xc011_0000L + trial));
            assertThat(shuffled.parallelStream().collect(collector)).as("shuffled parallel stream, trial %d", trial)
                    .isEqualTo(expected);
        }
    }

    private static <T> List<List<T>> split(List<T> input, Random random) {
        int cuts = input.isEmpty() ? 0 : random.nextInt(Math.min(8, input.size()) + 1);
        List<Integer> points = new ArrayList<>();
        for (int i = 0; i < cuts; i++) {
            points.add(random.nextInt(input.size() + 1));
        }
        Collections.sort(points);
        List<List<T>> parts = new ArrayList<>();
        int from = 0;
        for (int p : points) {
            parts.add(input.subList(from, p));
            from = p;
        }
        parts.add(input.subList(from, input.size()));
        return parts;
    }

    private static <R extends Mergeable<R>> R combineRandomly(List<R> results, Random random) {
        List<R> pool = new ArrayList<>(results);
        while (pool.size() > 1) {
            int i = random.nextInt(pool.size());
            R a = pool.remove(i);
            int j = random.nextInt(pool.size());
            R b = pool.remove(j);
            pool.add(random.nextBoolean() ? a.combine(b) : b.combine(a));
        }
        return pool.get(0);
    }
}
