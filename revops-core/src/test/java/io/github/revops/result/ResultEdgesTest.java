package io.github.revops.result;

import com.google.common.testing.EqualsTester;
import io.github.revops.math.Rational;
import org.junit.jupiter.api.Test;

import java.util.Comparator;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Results at their edges: zero-day values, a value just past the histogram's first dense block, interpolated
 * percentiles between two ranks, and equality of histograms and breakdowns.
 */
class ResultEdgesTest {

    @Test
    void percentiles_interpolateBetweenRanks_asR7() {
        // R-7 (numpy's default, Excel's PERCENTILE.INC): h = (n - 1) p; for 2, 4, 4, 10 at p = 0.9, h = 2.7, so
        // 4 + 0.7 (10 - 4) = 8.2; the median of 1 and 3 is 2
        DayHistogram cycles = DayHistogram.of(2, 4, 4, 10);
        assertThat(cycles.percentile(90)).contains(Rational.of(41, 5));
        assertThat(cycles.median()).contains(Rational.of(4));
        assertThat(DayHistogram.of(1, 3).median()).contains(Rational.of(2));
        assertThat(DayHistogram.of(1, 3).percentile(0)).contains(Rational.of(1));
        assertThat(DayHistogram.of(1, 3).percentile(100)).contains(Rational.of(3));
    }

    @Test
    void zeroDayValues_areCounted() {
        // deals closed on the day they were created take 0 days
        DayHistogram sameDay = DayHistogram.builder().add(0, 3).add(0).add(5).build();
        assertThat(sameDay.frequency(0)).isEqualTo(4);
        assertThat(sameDay.median()).contains(Rational.ZERO);
        assertThat(sameDay.mean()).contains(Rational.ONE);
    }

    @Test
    void valuesAtTheEndOfTheFirstDenseBlock_areCounted() {
        // the builder starts with 64 dense counters (days 0 to 63): 64 is the first day past them
        DayHistogram once = DayHistogram.builder().add(64).build();
        assertThat(once.frequency(64)).isEqualTo(1);
        DayHistogram twice = DayHistogram.builder().add(64, 2).add(63).build();
        assertThat(twice.frequency(64)).isEqualTo(2);
        assertThat(twice.sumDays()).isEqualTo(191);
        assertThat(twice).isEqualTo(DayHistogram.of(63, 64, 64));
    }

    @Test
    void histogramEquality_isTheMultisetOfValues() {
        new EqualsTester()
                .addEqualityGroup(DayHistogram.of(1, 2, 2), DayHistogram.of(2, 1, 2),
                        DayHistogram.builder().add(2, 2).add(1).build())
                .addEqualityGroup(DayHistogram.of(1, 2))
                .addEqualityGroup(DayHistogram.of(1, 1, 2))
                .addEqualityGroup(DayHistogram.of(3))
                .addEqualityGroup(DayHistogram.EMPTY, DayHistogram.of())
                .testEquals();
        assertThat(DayHistogram.of(1, 2, 2).hashCode()).isNotEqualTo(DayHistogram.EMPTY.hashCode());
    }

    @Test
    void breakdownEquality_isItsGroups() {
        Breakdown<String, Ratio> ab = Breakdown.of(Map.of("a", Ratio.of(1, 2), "b", Ratio.of(3, 4)),
                Comparator.naturalOrder(), Ratio.EMPTY);
        new EqualsTester()
                .addEqualityGroup(ab, Breakdown.of(Map.of("b", Ratio.of(3, 4), "a", Ratio.of(1, 2)),
                        Comparator.naturalOrder(), Ratio.EMPTY))
                .addEqualityGroup(Breakdown.of(Map.of("a", Ratio.of(1, 2)), Comparator.naturalOrder(), Ratio.EMPTY))
                .addEqualityGroup(Breakdown.of(Map.<String, Ratio>of(), Comparator.naturalOrder(), Ratio.EMPTY))
                .testEquals();
        assertThat(ab.hashCode()).isNotEqualTo(
                Breakdown.of(Map.<String, Ratio>of(), Comparator.naturalOrder(), Ratio.EMPTY).hashCode());
    }

    @Test
    void dayAverage_isDefinedFromOneValue() {
        assertThat(DayAverage.of(0, 0).isDefined()).isFalse();
        assertThat(DayAverage.EMPTY.isDefined()).isFalse();
        assertThat(DayAverage.of(1, 0).isDefined()).isTrue();
        assertThat(DayAverage.of(4, 100).isDefined()).isTrue();
    }
}
