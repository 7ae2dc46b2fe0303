package io.github.revops.pipeline;

import io.github.revops.domain.Deal;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.stream.Collector;

/** A collector run as a parallel stream would run it, deterministically: two parts accumulated apart, then combined. */
final class CollectorParts {

    private CollectorParts() {
    }

    /** The result of the collector's combiner over a part of the first deals and a part of the second. */
    static <A, R> R combined(Collector<Deal, A, R> collector, List<Deal> first, List<Deal> second) {
        BiConsumer<A, Deal> add = collector.accumulator();
        A a = collector.supplier().get();
        first.forEach(d -> add.accept(a, d));
        A b = collector.supplier().get();
        second.forEach(d -> add.accept(b, d));
        return collector.finisher().apply(collector.combiner().apply(a, b));
    }
}
