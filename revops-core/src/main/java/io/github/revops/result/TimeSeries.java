package io.github.revops.result;

import io.github.revops.time.Granularity;
import io.github.revops.time.Period;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A metric per period (per month, quarter, fiscal quarter...) over a range, in time order.
 * <pre>{@code
 * TimeSeries<Ratio> monthly = TimeSeries.of(Period.year(2017), Granularity.MONTH,
 *         month -> Ratio.of(wonIn(month), closedIn(month)));
 * monthly.points().get(0).period();   // 2017-01-01/2017-02-01
 * monthly.toString();                  // "TimeSeries{2017-01: 5/8 (62.50 %), 2017-02: ...}"
 * }</pre>
 *
 * @param <R>  the result type
 * @param points  the periods and their results, in time order, not null
 * @since 0.1.0
 */
public record TimeSeries<R>(List<Point<R>> points) {

    /**
     * One period of a series and its result.
     *
     * @param <R>  the result type
     * @param period  the period, not null
     * @param value  the result, not null
     * @since 0.1.0
     */
    public record Point<R>(Period period, R value) {

        /**
         * Creates the point.
         *
         * @param period  the period, not null
         * @param value  the result, not null
         * @throws NullPointerException if a component is null
         */
        public Point {
            Objects.requireNonNull(period, "period");
            Objects.requireNonNull(value, "value");
        }

        /**
         * Returns the period's short label and the result, for people to read: {@code "2017-07: 5/8 (62.50 %)"}.
         *
         * @return the text form, never null
         */
        @Override
        public String toString() {
            return period.label() + ": " + value;
        }
    }

    /**
     * Creates the TimeSeries, validating every component.
     *
     * @param points  the periods and their results, in time order, not null
     */
    public TimeSeries {
        points = List.copyOf(points);
    }

    /**
     * Computes a metric for each period of a granularity in a range, in order.
     *
     * @param <R>  the result type
     * @param range  the whole range, not null
     * @param granularity  how to cut it, not null
     * @param metric  the metric of one period, not null
     * @return the series, never null
     */
    public static <R> TimeSeries<R> of(Period range, Granularity granularity, Function<Period, R> metric) {
        Objects.requireNonNull(metric, "metric");
        List<Point<R>> points = new ArrayList<>();
        for (Period p : range.split(granularity)) {
            points.add(new Point<>(p, metric.apply(p)));
        }
        return new TimeSeries<>(points);
    }

    /**
     * Returns the result of one period.
     *
     * @param period  the period, not null
     * @return the result, or empty when the period is not in the series
     */
    public Optional<R> get(Period period) {
        return points.stream().filter(p -> p.period().equals(period)).map(Point::value).findFirst();
    }

    /**
     * Returns the results in time order.
     *
     * @return the results, never null
     */
    public List<R> values() {
        return points.stream().map(Point::value).toList();
    }

    /**
     * Returns each period's short label and result, for people to read: {@code "TimeSeries{2017-07: 5/8 (62.50 %),
     * 2017-08: 7/12 (58.33 %)}"}. At most 20 periods are listed, then how many more. Not a parse format
     * (docs/decisions/0130).
     *
     * @return the text form, never null
     */
    @Override
    public String toString() {
        return "TimeSeries{" + Listing.join(points, Point::toString, "periods") + "}";
    }
}
