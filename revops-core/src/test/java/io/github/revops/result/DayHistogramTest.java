package io.github.revops.result;

import io.github.revops.math.Rational;
import io.github.revops.testing.MergeLaws;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

class DayHistogramTest {

    @Test
    void workedExample_cycles10To40_mean25Median25() {
        DayHistogram cycles = DayHistogram.of(10, 20, 30, 40);
        assertThat(cycles.count()).isEqualTo(4);
        assertThat(cycles.sumDays()).isEqualTo(100);
        assertThat(cycles.mean()).contains(Rational.of(25));
        assertThat(cycles.median()).contains(Rational.of(25));
        assertThat(cycles.min()).hasValue(10);
        assertThat(cycles.max()).hasValue(40);
        // numpy.percentile([10, 20, 30, 40], [10, 25, 75, 90]) -> 13.0, 17.5, 32.5, 37.0
        assertThat(cycles.percentile(10)).contains(Rational.of(13));
        assertThat(cycles.percentile(25)).contains(Rational.of(35, 2));
        assertThat(cycles.percentile(75)).contains(Rational.of(65, 2));
        assertThat(cycles.percentile(90)).contains(Rational.of(37));
        assertThat(cycles.percentile(0)).contains(Rational.of(10));
        assertThat(cycles.percentile(100)).contains(Rational.of(40));
    }

    @Test
    void addingAValueSeveralTimesEqualsAddingItOnceEachTime() {
        DayHistogram weighted = DayHistogram.builder().add(10, 3).add(40, 1).add(7, 0).add(200, 2).build();
        assertThat(weighted).isEqualTo(DayHistogram.of(10, 10, 10, 40, 200, 200));
        assertThat(weighted.mean()).contains(Rational.of(470, 6));
        assertThatThrownBy(() -> DayHistogram.builder().add(3, -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("times (-1) must be >= 0");
        assertThatThrownBy(() -> DayHistogram.builder().add(-2, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("day count (-2) must be >= 0");
    }

    @Test
    void countAtMostCountsTheValuesUpToADay() {
        DayHistogram days = DayHistogram.of(0, 0, 21, 21, 69, 89);
        assertThat(days.countAtMost(-1)).isZero();
        assertThat(days.countAtMost(0)).isEqualTo(2);
        assertThat(days.countAtMost(20)).isEqualTo(2);
        assertThat(days.countAtMost(21)).isEqualTo(4);
        assertThat(days.countAtMost(Integer.MAX_VALUE)).isEqualTo(6);
        assertThat(DayHistogram.EMPTY.countAtMost(10)).isZero();
        qt().withExamples(200).forAll(lists().of(integers().between(0, 400)).ofSizeBetween(0, 30),
                integers().between(-5, 405)).checkAssert((values, day) -> assertThat(
                        DayHistogram.of(values.stream().mapToInt(Integer::intValue).toArray()).countAtMost(day))
                        .isEqualTo(values.stream().filter(v -> v <= day).count()));
    }

    @Test
    void valuesCenturiesLongAreCountedInBoundedMemory() {
        // a dense array up to 2,000,000,000 would need 16 GB; these values take one entry each
        DayHistogram far = DayHistogram.builder().add(2_000_000_000).add(5).add(70_000, 2).add(65_535).build();
        assertThat(far).isEqualTo(DayHistogram.of(5, 65_535, 70_000, 70_000, 2_000_000_000));
        assertThat(far.max()).hasValue(2_000_000_000);
        assertThat(far.median()).contains(Rational.of(70_000));
        assertThat(far.sumDays()).isEqualTo(2_000_205_540L);
        DayHistogram.Builder a = DayHistogram.builder().add(1_000_000).add(3);
        DayHistogram.Builder b = DayHistogram.builder().add(1_000_000, 2).add(65_536);
        assertThat(a.addAll(b).build()).isEqualTo(DayHistogram.of(3, 65_536, 1_000_000, 1_000_000, 1_000_000));
        assertThat(a.build().frequency(1_000_000)).isEqualTo(3);
    }

    @Test
    void medianOfAnOddCountIsTheMiddleValue() {
        assertThat(DayHistogram.of(5, 1, 3).median()).contains(Rational.of(3));
        assertThat(DayHistogram.of(7, 7, 7, 0).median()).contains(Rational.of(7));
        assertThat(DayHistogram.of(0, 1).median()).contains(Rational.of(1, 2));
    }

    @Test
    void emptyHistogramHasNoStatistics() {
        DayHistogram empty = DayHistogram.of();
        assertThat(empty).isEqualTo(DayHistogram.EMPTY);
        assertThat(empty.isDefined()).isFalse();
        assertThat(empty.mean()).isEmpty();
        assertThat(empty.median()).isEmpty();
        assertThat(empty.min()).isEmpty();
        assertThat(empty.max()).isEmpty();
        assertThat(empty.percentile(90)).isEmpty();
    }

    @Test
    void rejectsNegativeDaysAndPercentilesOutOfRange() {
        assertThatThrownBy(() -> DayHistogram.of(3, -1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("day count (-1) must be >= 0");
        assertThatThrownBy(() -> DayHistogram.of(1).percentile(101)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("percent (101) must be 0 to 100");
        assertThatThrownBy(() -> DayHistogram.of(1).percentile(Rational.of(-1, 2)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("p (-1/2) must be between 0 and 1");
    }

    @Test
    void percentilesEqualTheType7ReferenceOnTheSortedValues() {
        qt().forAll(lists().of(integers().between(0, 800)).ofSizeBetween(1, 60), integers().between(0, 100))
                .check((values, percent) -> {
                    DayHistogram h = DayHistogram.of(values.stream().mapToInt(Integer::intValue).toArray());
                    return h.percentile(percent).equals(Optional.of(type7(values, Rational.of(percent, 100))))
                            && h.frequency(values.get(0)) == values.stream().filter(values.get(0)::equals).count();
                });
    }

    @Test
    void mergeLaws() {
        List<Integer> days = new ArrayList<>();
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 500; i++) {
            days.add(random.nextInt(400));
        }
        MergeLaws.assertMergeable(days, part -> DayHistogram.of(part.stream().mapToInt(Integer::intValue).toArray()),
                DayHistogram.EMPTY);
        MergeLaws.assertCollector(days, DayHistogram.collector(Integer::intValue),
                DayHistogram.of(days.stream().mapToInt(Integer::intValue).toArray()));
    }

    @Test
    void builderCountsLargeValuesAndMergesBuilders() {
        DayHistogram.Builder a = DayHistogram.builder().add(1).add(5000);
        DayHistogram.Builder b = DayHistogram.builder().add(5000).add(2);
        DayHistogram merged = a.addAll(b).build();
        assertThat(merged).isEqualTo(DayHistogram.of(1, 2, 5000, 5000));
        assertThat(merged.frequency(5000)).isEqualTo(2);
        // mean 10003/4 = 2500.75, median (2 + 5000)/2 = 2501
        assertThat(merged).hasToString("4 values, mean 2500.75 days (10003 / 4), median 2501.00, min 1, max 5000:"
                + " 1=1, 2=1, 5000=2");
        assertThat(IntStream.range(0, 10).boxed().collect(DayHistogram.collector(i -> i)).median())
                .contains(Rational.of(9, 2));
    }

    @Test
    void toString_isReadable_andListsAtMostTwentyDayValues() {
        assertThat(DayHistogram.EMPTY).hasToString("no values");
        assertThat(DayHistogram.of(7)).hasToString("1 value, mean 7.00 days (7 / 1), median 7.00, min 7, max 7: 7=1");
        // 0..499 once each: mean 124750/500 = 249.5, median (249 + 250)/2 = 249.5
        DayHistogram many = DayHistogram.of(IntStream.range(0, 500).toArray());
        String listed = IntStream.range(0, 20).mapToObj(d -> d + "=1").reduce((a, b) -> a + ", " + b).orElseThrow();
        assertThat(many).hasToString("500 values, mean 249.50 days (124750 / 500), median 249.50, min 0, max 499: "
                + listed + ", ... and 480 more day values");
    }

    /** Hyndman-Fan type 7 written straight from its definition on a sorted list. */
    private static Rational type7(List<Integer> values, Rational p) {
        int[] x = values.stream().mapToInt(Integer::intValue).toArray();
        Arrays.sort(x);
        Rational h = Rational.of(x.length - 1).multiply(p);
        int floor = h.numerator().divide(h.denominator()).intValueExact();
        Rational frac = h.subtract(Rational.of(floor));
        Rational low = Rational.of(x[floor]);
        return floor + 1 < x.length ? low.add(frac.multiply(Rational.of(x[floor + 1] - x[floor]))) : low;
    }
}
