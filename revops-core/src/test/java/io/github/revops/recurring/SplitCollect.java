package io.github.revops.recurring;

import io.github.revops.domain.Subscription;

import java.util.List;
import java.util.stream.Collector;

/** Collects subscriptions split into given parts, the way a split stream would, but in a fixed order. */
final class SplitCollect {

    private SplitCollect() {
    }

    /**
     * Collects each part into its own container, then merges the containers left to right and finishes.
     *
     * @param collector  the collector, not null
     * @param parts  the parts, at least one, possibly empty
     * @return the finished result
     */
    @SafeVarargs
    static <A, R> R inParts(Collector<Subscription, A, R> collector, List<Subscription>... parts) {
        A merged = null;
        for (List<Subscription> part : parts) {
            A container = collector.supplier().get();
            part.forEach(s -> collector.accumulator().accept(container, s));
            merged = merged == null ? container : collector.combiner().apply(merged, container);
        }
        return collector.finisher().apply(merged);
    }
}
