package io.github.revops.pipeline;

import io.github.revops.domain.Deal;
import io.github.revops.math.Rational;
import io.github.revops.result.Breakdown;
import io.github.revops.table.CodeColumn;
import io.github.revops.table.DealTable;
import io.github.revops.result.DayHistogram;
import io.github.revops.result.Mergeable;
import io.github.revops.result.TimeSeries;
import io.github.revops.time.Granularity;
import io.github.revops.time.Period;

import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.stream.Collector;

/**
 * Computes how long deals take to close: the calendar days from created date to close date of the deals closed in
 * a period (docs/metrics.md#sales-cycle-length), with count, exact mean, median, any percentile, minimum and maximum.
 * <pre>
 *   cycle days = closeDate - createdDate      (no +1: a same-day close is 0 days)
 * </pre>
 * The default outcome ({@link CycleOutcome#WON}) looks at the deals won in the period; {@code days(LOST)} and
 * {@code days(CLOSED)} at the lost ones or both. The result keeps an exact {@link DayHistogram} of each outcome, so
 * percentiles (Hyndman-Fan type 7, as numpy, R and PERCENTILE.INC) are exact fractions and merge exactly. With no
 * deal every statistic is empty (undefined), never 0. Nothing is rounded.
 * <pre>{@code
 * SalesCycle cycle = SalesCycle.of(deals, Period.quarter(2017, 3));   // won after 10, 20, 30 and 40 days
 * cycle.mean();                                   // Optional[25]
 * cycle.median();                                 // Optional[25]
 * cycle.percentile(90);                           // Optional[37]
 * cycle.days(CycleOutcome.LOST).count();          // the lost deals' cycles
 * }</pre>
 *
 * <p>This record is immutable; {@link #combine} merges the cycles of two sets of deals exactly.
 *
 * @param won  the cycle days of the deals won in the period, not null
 * @param lost  the cycle days of the deals lost in the period, not null
 * @since 0.1.0
 */
public record SalesCycle(DayHistogram won, DayHistogram lost) implements Mergeable<SalesCycle> {

    /** No deal: the identity of {@link #combine}; every statistic is empty. */
    public static final SalesCycle EMPTY = new SalesCycle(DayHistogram.EMPTY, DayHistogram.EMPTY);

    /**
     * Validates the parts.
     *
     * @param won  the cycle days of the deals won in the period, not null
     * @param lost  the cycle days of the deals lost in the period, not null
     * @throws NullPointerException if a part is null
     */
    public SalesCycle {
        Objects.requireNonNull(won, "won");
        Objects.requireNonNull(lost, "lost");
    }

    /**
     * Computes the sales cycles of the deals closed in a period.
     *
     * @param deals  the deals, with unique ids, not null
     * @param period  the period, not null
     * @return the sales cycles, never null
     * @throws io.github.revops.domain.InvalidRecordException if two deals share an id
     */
    public static SalesCycle of(Collection<Deal> deals, Period period) {
        Objects.requireNonNull(deals, "deals");
        return DealGroups.of(deals, period, Amounts.firstCurrency(), SalesCycleCells::new);
    }

    /**
     * Computes the sales cycles of each group of deals (owner, source, type, segment or any key); the groups are as
     * in {@link WinRate#by(Collection, Period, Function)}.
     *
     * @param <K>  the key type
     * @param deals  the deals, with unique ids, not null
     * @param period  the period, not null
     * @param key  the group of a deal, never null for a deal, not null
     * @return the sales cycles per group, never null
     * @throws io.github.revops.domain.InvalidRecordException if two deals share an id
     */
    public static <K extends Comparable<? super K>> Breakdown<K, SalesCycle> by(
            Collection<Deal> deals, Period period, Function<? super Deal, ? extends K> key) {
        Objects.requireNonNull(deals, "deals");
        return DealGroups.by(deals, period, Amounts.firstCurrency(), key, SalesCycleCells::new, EMPTY);
    }

    /**
     * Computes the sales cycles of each period of a granularity in a range.
     *
     * @param deals  the deals, with unique ids, not null
     * @param range  the whole range, not null
     * @param granularity  how to cut the range, not null
     * @return the sales cycles per period, in time order, never null
     * @throws io.github.revops.domain.InvalidRecordException if two deals share an id
     */
    public static TimeSeries<SalesCycle> series(Collection<Deal> deals, Period range, Granularity granularity) {
        Objects.requireNonNull(deals, "deals");
        return DealGroups.series(deals, range, granularity, Amounts.firstCurrency(), SalesCycleCells::new);
    }

    /**
     * Returns a collector of the sales cycles in a period; it does not check ids for duplicates ({@link #of} does).
     *
     * @param period  the period, not null
     * @return the collector, never null
     */
    public static Collector<Deal, ?, SalesCycle> collector(Period period) {
        return DealGroups.collector(period, Amounts.firstCurrency(), SalesCycleCells::new);
    }

    /**
     * Computes the same result from the rows of a column table, in one loop that allocates nothing per row; equal to
     * {@code of(deals, period)} for the same deals.
     * <pre>{@code
     * DealTable table = DealTable.of(deals);
     * SalesCycle.of(table, period).equals(SalesCycle.of(deals, period));   // true
     * }</pre>
     *
     * @param deals  the deals as a table (one currency), not null
     * @param period  the period, not null
     * @return the result, never null
     */
    public static SalesCycle of(DealTable deals, Period period) {
        Objects.requireNonNull(deals, "deals");
        return DealGroups.of(deals, period, SalesCycleCells::new);
    }

    /**
     * Computes the result of each group of a column table's rows, the groups given by a dictionary-encoded column of
     * the same table (such as {@link DealTable#owner()}); equal to {@code by(deals, period, key)} with the matching
     * key function for the same deals.
     *
     * @param deals  the deals as a table (one currency), not null
     * @param period  the period, not null
     * @param key  a column of {@code deals} that every row has a value in, not null
     * @return the result per group, in key order, never null
     * @throws IllegalArgumentException if the column is not the table's or a row has no value in it
     */
    public static Breakdown<String, SalesCycle> by(DealTable deals, Period period, CodeColumn key) {
        Objects.requireNonNull(deals, "deals");
        return DealGroups.by(deals, period, key, SalesCycleCells::new, EMPTY);
    }

    /**
     * Computes the result of each period of a granularity in a range from the rows of a column table; equal to
     * {@code series(deals, range, granularity)} for the same deals.
     *
     * @param deals  the deals as a table (one currency), not null
     * @param range  the whole range, not null
     * @param granularity  how to cut the range, not null
     * @return the result per period, in time order, never null
     */
    public static TimeSeries<SalesCycle> series(DealTable deals, Period range, Granularity granularity) {
        Objects.requireNonNull(deals, "deals");
        return DealGroups.series(deals, range, granularity, SalesCycleCells::new);
    }

    /**
     * Returns the cycle days of the deals of an outcome.
     *
     * @param outcome  won, lost or both, not null
     * @return the histogram of cycle days, never null
     */
    public DayHistogram days(CycleOutcome outcome) {
        return switch (Objects.requireNonNull(outcome, "outcome")) {
            case WON -> won;
            case LOST -> lost;
            case CLOSED -> won.combine(lost);
        };
    }

    /**
     * Returns the cycle days of the deals won or lost in the period.
     *
     * @return the histogram, never null
     */
    public DayHistogram closed() {
        return days(CycleOutcome.CLOSED);
    }

    /**
     * Returns how many deals were won in the period.
     *
     * @return the count of the default outcome
     */
    public long count() {
        return won.count();
    }

    /**
     * Returns the exact mean cycle of the deals won in the period.
     *
     * @return the mean in days, or empty when none was won
     */
    public Optional<Rational> mean() {
        return won.mean();
    }

    /**
     * Returns the exact median cycle of the deals won in the period (type 7).
     *
     * @return the median in days, or empty when none was won
     */
    public Optional<Rational> median() {
        return won.median();
    }

    /**
     * Returns a percentile, in whole percent, of the cycles of the deals won in the period (type 7, exact).
     *
     * @param percent  the percentile, 0 to 100
     * @return the percentile in days, or empty when none was won
     * @throws IllegalArgumentException if percent is outside 0 to 100
     */
    public Optional<Rational> percentile(int percent) {
        return won.percentile(percent);
    }

    /**
     * Returns the exact type-7 percentile at p of the cycles of the deals won in the period.
     *
     * @param p  the probability, 0 to 1, not null
     * @return the percentile in days, or empty when none was won
     * @throws IllegalArgumentException if p is outside 0 to 1
     */
    public Optional<Rational> percentile(Rational p) {
        return won.percentile(p);
    }

    /**
     * Returns the shortest cycle of the deals won in the period.
     *
     * @return the minimum in days, or empty when none was won
     */
    public OptionalInt min() {
        return won.min();
    }

    /**
     * Returns the longest cycle of the deals won in the period.
     *
     * @return the maximum in days, or empty when none was won
     */
    public OptionalInt max() {
        return won.max();
    }

    /**
     * Returns the sales cycles of both sets of deals.
     *
     * @param other  the other result, not null
     * @return the merged result, never null
     */
    @Override
    public SalesCycle combine(SalesCycle other) {
        Objects.requireNonNull(other, "other");
        return new SalesCycle(won.combine(other.won), lost.combine(other.lost));
    }
}
