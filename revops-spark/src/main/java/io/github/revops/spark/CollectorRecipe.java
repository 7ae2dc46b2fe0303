package io.github.revops.spark;

import java.io.Serializable;
import java.util.stream.Collector;

/**
 * Makes a core metric's {@link Collector} on each executor: the collector itself is not serializable, but the
 * recipe (a metric and its parameters, such as the period's dates) is.
 *
 * @param <T>  the record type
 * @param <R>  the result type
 */
@FunctionalInterface
interface CollectorRecipe<T, R> extends Serializable {

    /**
     * Makes the collector.
     *
     * @return a collector of the core, never null
     */
    Collector<T, ?, R> collector();
}
