package io.github.revops.result;

import io.github.revops.math.Rational;
import io.github.revops.money.ExactMoney;
import io.github.revops.time.Granularity;
import io.github.revops.time.Period;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

/**
 * The result factories on hostile input: day counts that are negative or near {@code Integer.MAX_VALUE}, repeat
 * counts near {@code Long.MAX_VALUE}, ratios beyond the range of {@code double}, series over every date
 * {@code LocalDate} holds. Each gives the exact figure (checked against {@link BigInteger} sums and a type-7
 * percentile of its own), or the documented exception naming the input; nothing is left wrapped or half-added.
 */
@Tag("hostile-input")
class ResultsHostileInputTest {

    private static final Duration BOUND = Duration.ofSeconds(5);
    private static final int[] DAYS = {0, 1, 5, 63, 64, 364, 65_535, 65_536, Integer.MAX_VALUE, -1,
        Integer.MIN_VALUE};
    private static final long[] TIMES = {1, 2, 0, Long.MAX_VALUE / 2, Long.MAX_VALUE, 3, -1};
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    @Test
    void histogramsOfHostileDaysAndCounts_areExact_orRefusedWithoutAWrappedValue() {
        Gen<List<int[]>> adds = lists().of(integers().between(0, DAYS.length - 1)
                .zip(integers().between(0, TIMES.length - 1), (d, t) -> new int[] {d, t})).ofSizeBetween(0, 6);
        assertTimeoutPreemptively(BOUND, () -> qt().withExamples(1_000).forAll(adds).checkAssert(picks -> {
            DayHistogram.Builder builder = DayHistogram.builder();
            TreeMap<Integer, BigInteger> oracle = new TreeMap<>();
            for (int[] pick : picks) {
                int day = DAYS[pick[0]];
                long times = TIMES[pick[1]];
                DayHistogram before = builder.build();
                try {
                    builder.add(day, times);
                    oracle.merge(day, BigInteger.valueOf(times), BigInteger::add);
                    oracle.values().removeIf(c -> c.signum() == 0);
                } catch (IllegalArgumentException e) {
                    assertThat(day < 0 || times < 0).as("%d x %d: %s", day, times, e.getMessage()).isTrue();
                    assertThat(e.getMessage()).matches("(day count|times) \\(-\\d+\\) must be >= 0");
                } catch (ArithmeticException e) {
                    TreeMap<Integer, BigInteger> tried = new TreeMap<>(oracle);
                    tried.merge(day, BigInteger.valueOf(times), BigInteger::add);
                    assertThat(fitsLong(count(tried)) && fitsLong(sum(tried))).as("%s overflows", tried).isFalse();
                    assertThat(e.getMessage()).matches("(count|sumDays) \\(.*\\) overflows a long");
                    assertThat(builder.build()).as("nothing half-added").isEqualTo(before);
                }
            }
            assertMatches(builder.build(), oracle);
        }));
    }

    @Test
    void mergingHistograms_thatOverflow_leavesBothAsTheyWere() {
        DayHistogram.Builder a = DayHistogram.builder().add(0, Long.MAX_VALUE - 5);
        DayHistogram.Builder b = DayHistogram.builder().add(0, 10).add(70_000, 1);
        assertThatThrownBy(() -> a.addAll(b)).isInstanceOf(ArithmeticException.class)
                .hasMessage("count (9223372036854775802 + 11) overflows a long");
        assertThat(a.build().frequency(0)).isEqualTo(Long.MAX_VALUE - 5);
        assertThat(a.build().frequency(70_000)).isZero();
        assertThatThrownBy(() -> a.build().combine(b.build())).isInstanceOf(ArithmeticException.class)
                .hasMessage("count (9223372036854775802 + 11) overflows a long");
        assertThatThrownBy(() -> DayHistogram.builder().add(Integer.MAX_VALUE, Long.MAX_VALUE / 2))
                .isInstanceOf(ArithmeticException.class)
                .hasMessage("sumDays (0 + 2147483647 x 4611686018427387903) overflows a long");
        assertThatThrownBy(() -> DayAverage.of(Long.MAX_VALUE, 1).combine(DayAverage.of(1, 1)))
                .isInstanceOf(ArithmeticException.class)
                .hasMessage("count (9223372036854775807 + 1) overflows a long");
    }

    @Test
    void ratiosOfHugeParts_haveAFiniteValue_andTheirExactOne() {
        Rational huge = Rational.of(BigInteger.TEN.pow(500), BigInteger.ONE);
        Ratio ratio = Ratio.of(huge, Rational.of(3));
        assertThat(ratio.value()).hasValue(Double.MAX_VALUE);
        assertThat(ratio.exactValue()).hasValue(Rational.of(BigInteger.TEN.pow(500), BigInteger.valueOf(3)));
        assertThat(Ratio.of(Rational.ONE, huge).value()).hasValue(0.0);
        assertThat(Ratio.of(Long.MIN_VALUE, -1).value()).hasValue(-(double) Long.MIN_VALUE);
        assertThatThrownBy(() -> ratio.toBigDecimal(Integer.MAX_VALUE, RoundingMode.HALF_EVEN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("scale (2147483647) must be between -10,000 and 10,000");
        MoneyAverage average = MoneyAverage.of(ExactMoney.ofMinor(java.util.Currency.getInstance("USD"), huge), 1);
        assertThat(average.toString()).startsWith("USD 1" + "0".repeat(40)).hasSizeLessThan(1_100);
        assertThatThrownBy(() -> average.toMoney(RoundingMode.HALF_EVEN)).isInstanceOf(ArithmeticException.class)
                .hasMessage("amount (USD 1" + "0".repeat(59) + "... (511 characters)) is too large for Money");
    }

    @Test
    void seriesOverEveryDate_areRefusedAtOnce_notBuiltUntilMemoryRunsOut() {
        Period everything = Period.of(LocalDate.MIN, LocalDate.MAX);
        assertTimeoutPreemptively(BOUND, () -> {
            assertThatThrownBy(() -> TimeSeries.of(everything, Granularity.MONTH, p -> Ratio.EMPTY))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("period (-999999999-01-01/+999999999-12-31) splits into more than 100,000 parts");
            assertThatThrownBy(() -> everything.split(Granularity.YEAR)).isInstanceOf(IllegalArgumentException.class);
            Period days = Period.of(LocalDate.of(2000, 1, 1), LocalDate.of(2000, 1, 1).plusDays(100_000));
            assertThat(days.split(Period::day)).hasSize(100_000);
            Period oneMore = Period.of(days.start(), days.end().plusDays(1));
            assertThatThrownBy(() -> oneMore.split(Period::day)).isInstanceOf(IllegalArgumentException.class);
            assertThat(TimeSeries.of(Period.of(LocalDate.of(-999_999_999, 1, 1), LocalDate.of(-999_999_998, 1, 1)),
                    Granularity.QUARTER, p -> Ratio.EMPTY).points()).hasSize(4);
        });
    }

    @Test
    void breakdownsOfHostileGroups_nameTheNull_andKeepEveryGroup() {
        Map<String, Ratio> withNullKey = new HashMap<>();
        withNullKey.put(null, Ratio.of(1, 2));
        assertThatThrownBy(() -> Breakdown.of(withNullKey,
                Comparator.<String>nullsFirst(Comparator.<String>naturalOrder()), Ratio.EMPTY)).isInstanceOf(NullPointerException.class).hasMessage("groups holds a null key");
        Map<String, Ratio> withNullValue = new HashMap<>();
        withNullValue.put("a", null);
        assertThatThrownBy(() -> Breakdown.of(withNullValue, Comparator.naturalOrder(), Ratio.EMPTY))
                .isInstanceOf(NullPointerException.class).hasMessage("groups holds a null value (key a)");
        Map<String, Ratio> many = new HashMap<>();
        for (int i = 0; i < 50_000; i++) {
            many.put("k" + i, Ratio.of(i % 2, 1));
        }
        Breakdown<String, Ratio> big = assertTimeoutPreemptively(BOUND,
                () -> Breakdown.of(many, Comparator.naturalOrder(), Ratio.EMPTY));
        assertThat(big.groups()).hasSize(50_000);
        assertThat(big.total()).isEqualTo(Ratio.of(25_000, 50_000));
        assertThat(big.get("k1")).isEqualTo(Optional.of(Ratio.of(1, 1)));
    }

    private static void assertMatches(DayHistogram histogram, TreeMap<Integer, BigInteger> oracle) {
        assertThat(BigInteger.valueOf(histogram.count())).isEqualTo(count(oracle));
        assertThat(BigInteger.valueOf(histogram.sumDays())).isEqualTo(sum(oracle));
        oracle.forEach((day, times) -> assertThat(BigInteger.valueOf(histogram.frequency(day))).isEqualTo(times));
        if (oracle.isEmpty()) {
            assertThat(histogram.median()).isEmpty();
            return;
        }
        assertThat(histogram.min()).hasValue(oracle.firstKey());
        assertThat(histogram.max()).hasValue(oracle.lastKey());
        for (int percent : new int[] {0, 1, 50, 99, 100}) {
            assertThat(histogram.percentile(percent)).as("p%d of %s", percent, oracle)
                    .hasValue(typeSeven(oracle, Rational.of(percent, 100)));
        }
    }

    /** The type-7 percentile by cumulative counts: h = (n - 1) p, x[floor h] + (h - floor h)(x[floor h + 1] - ...). */
    private static Rational typeSeven(TreeMap<Integer, BigInteger> oracle, Rational p) {
        Rational h = Rational.of(count(oracle).subtract(BigInteger.ONE), BigInteger.ONE).multiply(p);
        BigInteger low = h.numerator().divide(h.denominator());
        Rational fraction = h.subtract(Rational.of(low, BigInteger.ONE));
        int xLow = valueAtRank(oracle, low);
        int xHigh = fraction.isZero() ? xLow : valueAtRank(oracle, low.add(BigInteger.ONE));
        return Rational.of(xLow).add(fraction.multiply(Rational.of((long) xHigh - xLow)));
    }

    private static int valueAtRank(TreeMap<Integer, BigInteger> oracle, BigInteger rank) {
        BigInteger seen = BigInteger.ZERO;
        for (Map.Entry<Integer, BigInteger> e : oracle.entrySet()) {
            seen = seen.add(e.getValue());
            if (rank.compareTo(seen) < 0) {
                return e.getKey();
            }
        }
        throw new IllegalStateException("rank " + rank + " beyond " + seen);
    }

    private static BigInteger count(TreeMap<Integer, BigInteger> oracle) {
        return oracle.values().stream().reduce(BigInteger.ZERO, BigInteger::add);
    }

    private static BigInteger sum(TreeMap<Integer, BigInteger> oracle) {
        List<BigInteger> parts = new ArrayList<>();
        oracle.forEach((day, times) -> parts.add(BigInteger.valueOf(day).multiply(times)));
        return parts.stream().reduce(BigInteger.ZERO, BigInteger::add);
    }

    private static boolean fitsLong(BigInteger value) {
        return value.abs().compareTo(LONG_MAX) <= 0;
    }
}
