package consumer.testkit;

import io.github.revops.result.DayHistogram;
import io.github.revops.result.Mergeable;
import io.github.revops.testing.MergeLaws;

import java.util.List;

/**
 * The README's "Testing a metric of your own" example, as a user's program: MergeLaws passes a lawful result of
 * the user's own and revops-core's DayHistogram collector, and catches the classic mistake of merging two means
 * without their counts.
 */
public final class ReadmeExample {

    /** A user's result: how many values and their sum. */
    record Tally(long count, long sum) implements Mergeable<Tally> {

        static Tally of(List<Integer> values) {
            return new Tally(values.size(), values.stream().mapToLong(Integer::longValue).sum());
        }

        @Override
        public Tally combine(Tally other) {
            return new Tally(count + other.count, sum + other.sum);
        }
    }

    /** A user's mistake: two means averaged, whatever their counts. */
    record MeanOfMeans(long count, double mean) implements Mergeable<MeanOfMeans> {

        static MeanOfMeans of(List<Integer> values) {
            return new MeanOfMeans(values.size(), values.stream().mapToInt(Integer::intValue).average().orElse(0));
        }

        @Override
        public MeanOfMeans combine(MeanOfMeans other) {
            return count == 0 ? other : other.count == 0 ? this
                    : new MeanOfMeans(count + other.count, (mean + other.mean) / 2);
        }
    }

    private ReadmeExample() {
    }

    public static void main(String[] args) {
        System.out.println("== revops-testkit consumer " + (ReadmeExample.class.getModule().isNamed()
                ? "on the module path" : "on the class path"));
        List<Integer> days = List.of(12, 40, 7, 7, 93, 30);
        MergeLaws.assertMergeable(days, Tally::of, new Tally(0, 0));     // identity, merge equals whole, commutativity
        MergeLaws.assertCollector(days, DayHistogram.collector(Integer::intValue),    // sequential, parallel, shuffled
                DayHistogram.of(12, 40, 7, 7, 93, 30));
        System.out.println("Tally: the merge laws hold");
        System.out.println("DayHistogram: its collector agrees on sequential, parallel and shuffled streams");

        try {
            MergeLaws.assertMergeable(days, MeanOfMeans::of, new MeanOfMeans(0, 0));
            System.out.println("MeanOfMeans: not caught");
        } catch (AssertionError e) {
            System.out.println("MeanOfMeans: caught, "
                    + (e.getMessage().contains("equals the whole") ? "merged parts differ from the whole" : e));
        }
    }
}
