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

    /** A lawful result: how many values and their sum, merged by adding both. */
    record Tally(long count, long sum) implements Mergeable<Tally> {

        static final Tally EMPTY = new Tally(0, 0);

        static Tally of(List<Integer> values) {
            return new Tally(values.size(), values.stream().mapToLong(Integer::longValue).sum());
        }

        @Override
        public Tally combine(Tally other) {
            return new Tally(count + other.count, sum + other.sum);
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
        assertThat(Tally.of(VALUES)).isEqualTo(new Tally(1000, 50_044));
        assertThatCode(() -> MergeLaws.assertMergeable(VALUES, Tally::of, Tally.EMPTY)).doesNotThrowAnyException();
    }

    @Test
    void averagingMeansIsCaughtByMergeEqualsWholeWithItsSeed() {
        assertThatThrownBy(() -> MergeLaws.assertMergeable(VALUES, MeanOfMeans::of, MeanOfMeans.EMPTY))
                .isInstanceOf(AssertionError.class)
                .hasMessageMatching("(?s).*seed \\d+: combine of \\d+ parts \\(sizes \\[[0-9, ]+]\\) equals the whole.*");
    }

    @Test
    void aWrongEmptyResultIsCaught() {
        assertThatThrownBy(() -> MergeLaws.assertMergeable(VALUES, Tally::of, new Tally(1, 0)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("metric of no records is the empty result");
    }

    @Test
    void anIdentityThatIsNotNeutralIsCaught() {
        // combine adds one to the count: empty.combine(whole) is not whole
        assertThatThrownBy(() -> MergeLaws.assertMergeable(VALUES, values -> new Miscounted(Tally.of(values)),
                new Miscounted(Tally.EMPTY)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("empty.combine(whole)");
    }

    record Miscounted(Tally tally) implements Mergeable<Miscounted> {
        @Override
        public Miscounted combine(Miscounted other) {
            Tally sum = tally.combine(other.tally);
            return new Miscounted(new Tally(sum.count() + 1, sum.sum()));
        }
    }

    @Test
    void aLawfulCollectorPasses() {
        Collector<Integer, ?, Tally> collector = Collector.of(ArrayList<Integer>::new, List::add,
                (a, b) -> {
                    a.addAll(b);
                    return a;
                }, Tally::of);
        assertThatCode(() -> MergeLaws.assertCollector(VALUES, collector, Tally.of(VALUES)))
                .doesNotThrowAnyException();
    }

    @Test
    void aCollectorThatDropsTheRightPartIsCaughtOnParallelStreams() {
        Collector<Integer, ?, Tally> dropsRight = Collector.of(ArrayList<Integer>::new, List::add, (a, b) -> a,
                Tally::of);
        assertThat(VALUES.stream().collect(dropsRight)).as("sequentially it is right").isEqualTo(Tally.of(VALUES));
        assertThatThrownBy(() -> MergeLaws.assertCollector(VALUES, dropsRight, Tally.of(VALUES)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("parallel stream");
    }
}
