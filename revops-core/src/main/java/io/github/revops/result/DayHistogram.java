package io.github.revops.result;

import io.github.revops.math.Rational;

import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.function.ToIntFunction;
import java.util.stream.Collector;
import java.util.stream.IntStream;

/**
 * An exact histogram of day counts (sales cycles, time in stage), with count, mean, min, max, median and any
 * percentile.
 *
 * <p>Day counts are small whole numbers, so the histogram keeps how many times each value occurred and merges
 * exactly: percentiles of the union of two inputs are the percentiles of the combined histogram, to the last digit.
 * Percentiles follow Hyndman and Fan type 7 (linear interpolation between closest ranks, the default of numpy, R
 * and spreadsheet PERCENTILE.INC): for sorted {@code x1..xn} and {@code p} in [0, 1], {@code h = (n - 1)p} and the
 * result is {@code x[floor(h)+1] + (h - floor(h)) (x[floor(h)+2] - x[floor(h)+1])}, exact. With no value every
 * statistic is empty.
 * <pre>{@code
 * DayHistogram cycles = DayHistogram.of(10, 20, 30, 40);
 * cycles.mean();                              // Optional[25]
 * cycles.median();                            // Optional[25]
 * cycles.percentile(Rational.of(9, 10));      // Optional[37]
 * }</pre>
 *
 * <p>To count millions of values without allocating per value, use a {@link Builder} (what {@link #collector}
 * does) and {@link Builder#build()} once.
 *
 * <h2>Implementation Requirements:</h2>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class DayHistogram implements Mergeable<DayHistogram> {

    /** No values: the identity of {@link #combine}. */
    public static final DayHistogram EMPTY = new DayHistogram(new int[0], new long[0], 0, 0);

    private final int[] days;
    private final long[] counts;
    private final long count;
    private final long sumDays;

    private DayHistogram(int[] days, long[] counts, long count, long sumDays) {
        this.days = days;
        this.counts = counts;
        this.count = count;
        this.sumDays = sumDays;
    }

    /**
     * Obtains the histogram of some day counts.
     *
     * @param values  the day counts, none negative
     * @return the histogram, never null
     * @throws IllegalArgumentException if a value is negative
     */
    public static DayHistogram of(int... values) {
        Builder builder = builder();
        for (int v : values) {
            builder.add(v);
        }
        return builder.build();
    }

    /**
     * Obtains an empty builder.
     *
     * @return a new builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a collector that counts the day value of each element.
     *
     * @param <T>  the element type
     * @param days  the day count of an element, not negative, not null
     * @return the collector, never null
     */
    public static <T> Collector<T, ?, DayHistogram> collector(ToIntFunction<? super T> days) {
        Objects.requireNonNull(days, "days");
        return Collector.of(Builder::new, (b, t) -> b.add(days.applyAsInt(t)), Builder::addAll, Builder::build,
                Collector.Characteristics.UNORDERED);
    }

    /**
     * Returns how many values were counted.
     *
     * @return the count
     */
    public long count() {
        return count;
    }

    /**
     * Returns the sum of the values in days.
     *
     * @return the sum
     */
    public long sumDays() {
        return sumDays;
    }

    /**
     * Checks if there is at least one value.
     *
     * @return true when not empty
     */
    public boolean isDefined() {
        return count > 0;
    }

    /**
     * Returns the exact average (count and sum).
     *
     * @return the average, never null
     */
    public DayAverage average() {
        return DayAverage.of(count, sumDays);
    }

    /**
     * Returns the exact mean, empty when there is no value.
     *
     * @return the mean, or empty
     */
    public Optional<Rational> mean() {
        return average().mean();
    }

    /**
     * Returns the smallest value, empty when there is none.
     *
     * @return the minimum, or empty
     */
    public OptionalInt min() {
        return days.length == 0 ? OptionalInt.empty() : OptionalInt.of(days[0]);
    }

    /**
     * Returns the largest value, empty when there is none.
     *
     * @return the maximum, or empty
     */
    public OptionalInt max() {
        return days.length == 0 ? OptionalInt.empty() : OptionalInt.of(days[days.length - 1]);
    }

    /**
     * Returns the median (type 7 at p = 1/2: the midpoint of the two middle values when the count is even).
     *
     * @return the median, or empty
     */
    public Optional<Rational> median() {
        return percentile(Rational.of(1, 2));
    }

    /**
     * Returns a percentile given in whole percent, such as 90 for p90.
     *
     * @param percent  the percentile, 0 to 100
     * @return the exact percentile, or empty when there is no value
     * @throws IllegalArgumentException if percent is outside 0 to 100
     */
    public Optional<Rational> percentile(int percent) {
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException("percent (" + percent + ") must be 0 to 100");
        }
        return percentile(Rational.of(percent, 100));
    }

    /**
     * Returns the exact type-7 percentile at p.
     *
     * @param p  the probability, 0 to 1, not null
     * @return the exact percentile, or empty when there is no value
     * @throws IllegalArgumentException if p is outside 0 to 1
     */
    public Optional<Rational> percentile(Rational p) {
        Objects.requireNonNull(p, "p");
        if (p.signum() < 0 || p.compareTo(Rational.ONE) > 0) {
            throw new IllegalArgumentException("p (" + p + ") must be between 0 and 1");
        }
        if (count == 0) {
            return Optional.empty();
        }
        Rational h = Rational.of(count - 1).multiply(p);
        long lower = h.numerator().divide(h.denominator()).longValueExact(); // floor, h >= 0
        Rational fraction = h.subtract(Rational.of(lower));
        int xLow = valueAtRank(lower);
        if (fraction.isZero()) {
            return Optional.of(Rational.of(xLow));
        }
        int xHigh = valueAtRank(lower + 1);
        return Optional.of(Rational.of(xLow).add(fraction.multiply(Rational.of((long) xHigh - xLow))));
    }

    /**
     * Returns how many times a day value occurred.
     *
     * @param day  the day value
     * @return its frequency
     */
    public long frequency(int day) {
        int i = Arrays.binarySearch(days, day);
        return i < 0 ? 0 : counts[i];
    }

    /**
     * Returns how many values are at most a day value: {@code countAtMost(30)} counts the values 0 to 30.
     *
     * @param day  the largest value counted; a negative day counts nothing
     * @return the count, 0 to {@link #count()}
     */
    public long countAtMost(int day) {
        long seen = 0;
        for (int i = 0; i < days.length && days[i] <= day; i++) {
            seen += counts[i];
        }
        return seen;
    }

    /** Returns the value at a 0-based rank in sorted order. */
    private int valueAtRank(long rank) {
        long seen = 0;
        for (int i = 0; i < days.length; i++) {
            seen += counts[i];
            if (rank < seen) {
                return days[i];
            }
        }
        throw new IllegalStateException("rank " + rank + " outside " + count);
    }

    /**
     * Returns the histogram of the union of both inputs.
     *
     * @param other  the other histogram, not null
     * @return the merged histogram, never null
     * @throws ArithmeticException if a count or sum overflows
     */
    @Override
    public DayHistogram combine(DayHistogram other) {
        if (other.count == 0) {
            return this;
        }
        if (count == 0) {
            return other;
        }
        int[] mergedDays = new int[days.length + other.days.length];
        long[] mergedCounts = new long[mergedDays.length];
        int i = 0;
        int j = 0;
        int k = 0;
        while (i < days.length || j < other.days.length) {
            if (j == other.days.length || (i < days.length && days[i] < other.days[j])) {
                mergedDays[k] = days[i];
                mergedCounts[k++] = counts[i++];
            } else if (i == days.length || other.days[j] < days[i]) {
                mergedDays[k] = other.days[j];
                mergedCounts[k++] = other.counts[j++];
            } else {
                mergedDays[k] = days[i];
                mergedCounts[k++] = Math.addExact(counts[i++], other.counts[j++]);
            }
        }
        return new DayHistogram(Arrays.copyOf(mergedDays, k), Arrays.copyOf(mergedCounts, k),
                Math.addExact(count, other.count), Math.addExact(sumDays, other.sumDays));
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof DayHistogram other && count == other.count && sumDays == other.sumDays
                && Arrays.equals(days, other.days) && Arrays.equals(counts, other.counts);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(days) + Arrays.hashCode(counts);
    }

    /**
     * Returns the count, the mean with its parts, the median, the extremes and the frequency of each day value, for
     * people to read: {@code "4 values, mean 25.00 days (100 / 4), median 25.00, min 10, max 40: 10=1, 20=1, 30=1,
     * 40=1"}, or {@code "no values"}. Figures are rounded half-even to two decimals and at most 20 day values are
     * listed, then how many more. Not a parse format (docs/decisions/0130).
     *
     * @return the text form, never null
     */
    @Override
    public String toString() {
        if (count == 0) {
            return "no values";
        }
        return count + (count == 1 ? " value" : " values") + ", mean " + shown(mean()) + " days (" + sumDays + " / "
                + count + "), median " + shown(median()) + ", min " + days[0] + ", max " + days[days.length - 1]
                + ": " + Listing.join(IntStream.range(0, days.length).boxed().toList(),
                        i -> days[i] + "=" + counts[i], "day values");
    }

    private static String shown(Optional<Rational> figure) {
        return figure.orElseThrow().toBigDecimal(2, RoundingMode.HALF_EVEN).toPlainString();
    }

    /**
     * Counts day values without allocating per value: a dense array of frequencies that grows to the largest value
     * up to 65,536 days (about 179 years), and a sorted map for the rare larger values, so that one value from a date
     * centuries away costs an entry, not gigabytes. Not thread-safe; merge builders of separate threads with
     * {@link #addAll}.
     *
     * @since 0.1.0
     */
    public static final class Builder {

        /** Values from this day on are counted in {@link #beyond}, not in the dense array. */
        private static final int DENSE_LIMIT = 1 << 16;

        private long[] frequencies = new long[64];
        private TreeMap<Integer, Long> beyond;
        private long count;
        private long sumDays;

        private Builder() {
        }

        /**
         * Counts one value.
         *
         * @param day  the day value, not negative
         * @return this builder
         * @throws IllegalArgumentException if the value is negative
         */
        public Builder add(int day) {
            if (day < 0) {
                throw new IllegalArgumentException("day count (" + day + ") must be >= 0");
            }
            if (day < frequencies.length) {
                frequencies[day]++;
            } else {
                addBeyondArray(day, 1);
            }
            count++;
            sumDays += day;
            return this;
        }

        /**
         * Counts one value several times, as {@code times} calls of {@link #add(int)} would.
         *
         * @param day  the day value, not negative
         * @param times  how many times, not negative
         * @return this builder
         * @throws IllegalArgumentException if the value or the number of times is negative
         * @throws ArithmeticException if the sum of the days counted overflows a {@code long}
         */
        public Builder add(int day, long times) {
            if (day < 0) {
                throw new IllegalArgumentException("day count (" + day + ") must be >= 0");
            }
            if (times < 0) {
                throw new IllegalArgumentException("times (" + times + ") must be >= 0");
            }
            if (times == 0) {
                return this;
            }
            if (day < frequencies.length) {
                frequencies[day] = Math.addExact(frequencies[day], times);
            } else {
                addBeyondArray(day, times);
            }
            count = Math.addExact(count, times);
            sumDays = Math.addExact(sumDays, Math.multiplyExact(day, times));
            return this;
        }

        /**
         * Adds everything another builder counted.
         *
         * @param other  the other builder, not null
         * @return this builder
         */
        public Builder addAll(Builder other) {
            if (other.frequencies.length > frequencies.length) {
                frequencies = Arrays.copyOf(frequencies, other.frequencies.length);
            }
            for (int d = 0; d < other.frequencies.length; d++) {
                frequencies[d] += other.frequencies[d];
            }
            if (other.beyond != null) {
                other.beyond.forEach(this::addBeyondArray);
            }
            count = Math.addExact(count, other.count);
            sumDays = Math.addExact(sumDays, other.sumDays);
            return this;
        }

        /**
         * Builds the immutable histogram; the builder can go on counting.
         *
         * @return the histogram, never null
         */
        public DayHistogram build() {
            if (count == 0) {
                return EMPTY;
            }
            int distinct = 0;
            for (long f : frequencies) {
                if (f != 0) {
                    distinct++;
                }
            }
            if (beyond != null) {
                distinct += beyond.size();
            }
            int[] days = new int[distinct];
            long[] counts = new long[distinct];
            int k = 0;
            for (int d = 0; d < frequencies.length; d++) {
                if (frequencies[d] != 0) {
                    days[k] = d;
                    counts[k++] = frequencies[d];
                }
            }
            if (beyond != null) {
                for (Map.Entry<Integer, Long> e : beyond.entrySet()) {
                    days[k] = e.getKey();
                    counts[k++] = e.getValue();
                }
            }
            return new DayHistogram(days, counts, count, sumDays);
        }

        /** Counts a value past the end of the dense array: grows the array up to its limit, else uses the map. */
        private void addBeyondArray(int day, long times) {
            if (day < DENSE_LIMIT) {
                frequencies = Arrays.copyOf(frequencies, Math.min(DENSE_LIMIT, Math.max(day + 1,
                        frequencies.length * 2)));
                frequencies[day] = Math.addExact(frequencies[day], times);
            } else {
                if (beyond == null) {
                    beyond = new TreeMap<>();
                }
                beyond.merge(day, times, Math::addExact);
            }
        }
    }
}
