package io.github.revops.table;

import io.github.revops.result.Mergeable;
import io.github.revops.result.TimeSeries;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BinaryOperator;
import java.util.function.Function;

/**
 * Evaluates a metric on the parts of a split table on several threads and combines the partial results.
 *
 * <p>The parts run on the common {@link java.util.concurrent.ForkJoinPool} (a parallel stream) and their results are
 * combined in part order. Because every revops result combines exactly (integer counts, exact money, histograms; see
 * {@link Mergeable}), the answer is identical to the one-thread answer, not merely close: {@code equals} holds.
 * Metrics with per-customer state need parts that do not cut a customer, which {@link SubscriptionTable#split}
 * guarantees.
 * <pre>{@code
 * WinRate rate = Parallel.evaluate(deals.split(Parallel.parts()), part -> WinRate.of(part, year),
 *         WinRate::combine);
 * TimeSeries<MrrBridge> bridges = Parallel.evaluate(subscriptions.split(Parallel.parts()),
 *         part -> MrrBridge.series(part, range, Granularity.MONTH), Parallel.pointwise());
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Parallel {

    private Parallel() {
    }

    /**
     * Returns the number of parts to split a table into: one per available processor.
     *
     * @return the number of processors available to the JVM, at least 1
     */
    public static int parts() {
        return Runtime.getRuntime().availableProcessors();
    }

    /**
     * Evaluates a metric on each part in parallel and combines the results in part order.
     *
     * @param <T>  the part type, such as {@link DealTable}
     * @param <R>  the result type
     * @param parts  the parts, at least one, not null
     * @param metric  the metric of one part, not null
     * @param combine  the exact, associative combination of two results, not null
     * @return the combined result, never null
     * @throws IllegalArgumentException if there is no part
     */
    public static <T, R> R evaluate(List<T> parts, Function<? super T, ? extends R> metric, BinaryOperator<R> combine) {
        Objects.requireNonNull(parts, "parts");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(combine, "combine");
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("parts ([]) must hold at least one part");
        }
        if (parts.size() == 1) {
            return metric.apply(parts.get(0));
        }
        return parts.parallelStream().<R>map(metric).reduce(combine).orElseThrow();
    }

    /**
     * Returns the combination of two time series of the same periods, point by point.
     *
     * @param <R>  the result type of a point
     * @return the operator, never null; it throws {@link IllegalArgumentException} when the periods differ
     */
    public static <R extends Mergeable<R>> BinaryOperator<TimeSeries<R>> pointwise() {
        return (a, b) -> {
            List<TimeSeries.Point<R>> x = a.points();
            List<TimeSeries.Point<R>> y = b.points();
            if (x.size() != y.size()) {
                throw new IllegalArgumentException("series of " + x.size() + " and " + y.size()
                        + " points do not combine");
            }
            List<TimeSeries.Point<R>> points = new ArrayList<>(x.size());
            for (int i = 0; i < x.size(); i++) {
                if (!x.get(i).period().equals(y.get(i).period())) {
                    throw new IllegalArgumentException("series points " + x.get(i).period() + " and "
                            + y.get(i).period() + " do not combine");
                }
                points.add(new TimeSeries.Point<>(x.get(i).period(), x.get(i).value().combine(y.get(i).value())));
            }
            return new TimeSeries<>(points);
        };
    }
}
