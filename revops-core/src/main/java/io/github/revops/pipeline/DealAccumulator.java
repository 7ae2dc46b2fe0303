package io.github.revops.pipeline;

import io.github.revops.domain.Deal;

import java.util.function.Supplier;
import java.util.stream.Collector;

/**
 * The mutable accumulator of a pipeline metric: takes deals one at a time without allocating, merges with another
 * accumulator of a parallel stream, and builds the immutable result once.
 *
 * @param <A>  the accumulator type
 * @param <R>  the result type
 */
interface DealAccumulator<A extends DealAccumulator<A, R>, R> {

    /** Counts one deal. */
    void add(Deal deal);

    /** Adds what another accumulator counted; returns this accumulator. */
    A addAll(A other);

    /** Builds the result of everything counted. */
    R result();

    /** A collector over fresh accumulators (one per thread of a parallel stream). */
    static <A extends DealAccumulator<A, R>, R> Collector<Deal, A, R> collector(Supplier<A> fresh) {
        return Collector.of(fresh, DealAccumulator::add, DealAccumulator::addAll, DealAccumulator::result,
                Collector.Characteristics.UNORDERED);
    }

    /** The result of a collection of deals, in one plain loop. */
    static <A extends DealAccumulator<A, R>, R> R compute(Iterable<Deal> deals, A accumulator) {
        for (Deal deal : deals) {
            accumulator.add(deal);
        }
        return accumulator.result();
    }
}
