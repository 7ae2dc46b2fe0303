package io.github.revops.internal;

import java.util.function.Supplier;
import java.util.stream.Collector;

/**
 * The mutable accumulator of a metric over records of type {@code T}: takes records one at a time, merges with the
 * accumulator of another part of the input (a parallel stream's other thread), and builds the immutable result once.
 *
 * <p>Internal: this package is not exported by the module and may change in any release.
 *
 * @param <T>  the record type
 * @param <A>  the accumulator type
 * @param <R>  the result type
 */
public interface RecordAccumulator<T, A extends RecordAccumulator<T, A, R>, R> {

    /**
     * Counts one record.
     *
     * @param record  the record, not null
     */
    void add(T record);

    /**
     * Adds what another accumulator counted.
     *
     * @param other  the other accumulator, not null
     * @return this accumulator
     */
    A addAll(A other);

    /**
     * Builds the result of everything counted.
     *
     * @return the result, never null
     */
    R result();

    /**
     * Returns an unordered collector over fresh accumulators (one per thread of a parallel stream).
     *
     * @param <T>  the record type
     * @param <A>  the accumulator type
     * @param <R>  the result type
     * @param fresh  makes an empty accumulator, not null
     * @return the collector, never null
     */
    static <T, A extends RecordAccumulator<T, A, R>, R> Collector<T, A, R> collector(Supplier<A> fresh) {
        return Collector.of(fresh, RecordAccumulator::add, RecordAccumulator::addAll, RecordAccumulator::result,
                Collector.Characteristics.UNORDERED);
    }

    /**
     * Returns the result of some records, in one plain loop.
     *
     * @param <T>  the record type
     * @param <A>  the accumulator type
     * @param <R>  the result type
     * @param records  the records, not null
     * @param accumulator  an empty accumulator, not null
     * @return the result, never null
     */
    static <T, A extends RecordAccumulator<T, A, R>, R> R compute(Iterable<? extends T> records, A accumulator) {
        for (T record : records) {
            accumulator.add(record);
        }
        return accumulator.result();
    }
}
