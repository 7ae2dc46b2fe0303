package io.github.revops.testing;

import io.github.revops.result.Mergeable;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collector;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MergeLawsTest {

    private static final List<Integer> VALUES = IntStream.rangeClosed(1, 1000).map(i -> (i * 37) % 101).boxed()
            .toList();

    /** A lawful result: how many values, the smallest and the largest, merged part by part. */
    record Span(long count, int min, int max) implements Mergeable<Span> {

        static final Span EMPTY = new Span(0, Integer.MAX_VALUE, Integer.MIN_VALUE);

        static Span of(List<Integer> values) {
            return values.stream().map(v -> new Span(1, v, v)).reduce(EMPTY, Span::combine);
        }

        @Override
        public Span combine(Span other) {
            return new Span(count + other.count, Math.min(min, other.min), Math.max(max, other.max));
        }
    }

    /**
     * The classic merging mistake: two means averaged without their counts. Empty parts are handled and the merge is
     * commutative, so only merge-equals-whole can catch it.
     */
    record MeanOfMeans(long count, double mean) implements Mergeable<MeanOfMeans> {

        static final MeanOfMeans EMPTY = new MeanOfMeans(0, 0.0);

        static MeanOfMeans of(List<Integer> values) {
            return values.isEmpty() ? EMPTY
                    : new MeanOfMeans(values.size(), values.stream().mapToInt(Integer::intValue).average().orElseThrow());
        }

        @Override
        public MeanOfMeans combine(MeanOfMeans other) {
            if (count == 0) {
                return other;
            }
            if (other.count == 0) {
                return this;
            }
            return new MeanOfMeans(count + other.count, (mean + other.mean) / 2);
        }
    }

    @Test
    void aLawfulResultPasses() {
        assertThat(Span.of(VALUES)).isEqualTo(new Span(1000, 0, 100));
        assertThatCode(() -> MergeLaws.assertMergeable(VALUES, Span::of, Span.EMPTY)).doesNotThrowAnyException();
    }

    @Test
    void averagingMeansIsCaughtByMergeEqualsWholeWithItsSeed() {
        assertThatThrownBy(() -> MergeLaws.assertMergeable(VALUES, MeanOfMeans::of, MeanOfMeans.EMPTY))
                .isInstanceOf(AssertionError.class)
                .hasMessageMatching("(?s).*seed \\d+: combine of \\d+ parts \\(sizes \\[[0-9, ]+]\\) equals the whole.*");
    }

    @Test
    void aWrongEmptyResultIsCaught() {
        assertThatThrownBy(() -> MergeLaws.assertMergeable(VALUES, Span::of, new Span(0, 0, 0)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("metric of no records is the empty result");
    }

    @Test
    void anIdentityThatIsNotNeutralIsCaught() {
        // combine adds one to the count: empty.combine(whole) is not whole
        assertThatThrownBy(() -> MergeLaws.assertMergeable(VALUES, values -> new Miscounted(Span.of(values)),
                new Miscounted(Span.EMPTY)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("empty.combine(whole)");
    }

    record Miscounted(Span span) implements Mergeable<Miscounted> {
        @Override
        public Miscounted combine(Miscounted other) {
            Span both = span.combine(other.span);
            return new Miscounted(new Span(both.count() + 1, both.min(), both.max()));
        }
    }

    @Test
    void aLawfulCollectorPasses() {
        Collector<Integer, ?, Span> collector = Collector.of(ArrayList<Integer>::new, List::add,
                (a, b) -> {
                    a.addAll(b);
                    return a;
                }, Span::of);
        assertThatCode(() -> MergeLaws.assertCollector(VALUES, collector, Span.of(VALUES)))
                .doesNotThrowAnyException();
    }

    @Test
    void aCollectorThatDropsTheRightPartIsCaughtOnParallelStreams() {
        Collector<Integer, ?, Span> dropsRight = Collector.of(ArrayList<Integer>::new, List::add, (a, b) -> a,
                Span::of);
        assertThat(VALUES.stream().collect(dropsRight)).as("sequentially it is right").isEqualTo(Span.of(VALUES));
        assertThatThrownBy(() -> MergeLaws.assertCollector(VALUES, dropsRight, Span.of(VALUES)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("parallel stream");
    }
}
