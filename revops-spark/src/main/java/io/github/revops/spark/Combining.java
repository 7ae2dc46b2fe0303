package io.github.revops.spark;

import io.github.revops.result.Mergeable;

import java.util.stream.Collector;

/** The collector that combines finished results, starting from a metric's result of no records. */
final class Combining {

    private Combining() {
    }

    /**
     * Returns a collector whose answer is the {@code combine} of its input results.
     *
     * @param <R>  the result type
     * @param empty  the identity: the metric's result of no records
     * @return the collector
     */
    static <R extends Mergeable<R>> Collector<R, ?, R> collector(R empty) {
        return Collector.of(() -> new Holder<>(empty), Holder::add, (a, b) -> a.add(b.value), h -> h.value,
                Collector.Characteristics.UNORDERED);
    }

    /** A mutable slot for the combined result. */
    private static final class Holder<R extends Mergeable<R>> {

        private R value;

        Holder(R value) {
            this.value = value;
        }

        Holder<R> add(R other) {
            value = value.combine(other);
            return this;
        }
    }
}
