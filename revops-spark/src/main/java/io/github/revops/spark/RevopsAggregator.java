package io.github.revops.spark;

import io.github.revops.result.Mergeable;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.expressions.Aggregator;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Iterator;
import java.util.Objects;
import java.util.stream.Collector;

/**
 * A typed Spark {@link Aggregator} that computes a revops metric with the core's own {@link Collector} and merges
 * partial results with the core's {@link Mergeable#combine}.
 *
 * <p>Within a partition, records go into the collector's mutable accumulator, so the hot loop allocates nothing
 * per record beyond what Spark does to hand the record over. Between partitions, Spark ships a partial result as
 * the exact parts of the core result (counts, minor-unit sums, day frequencies; see {@link RevopsEncoders}), and
 * merging is the core's {@code combine}. No formula is written here: the answer on any partitioning equals the
 * core's answer on the same records, exactly (docs/decisions/0005 and 0072).
 * <pre>{@code
 * Dataset<Tuple2<String, WinRate>> perOwner = deals
 *         .groupByKey((MapFunction<Deal, String>) Deal::owner, Encoders.STRING())
 *         .agg(DealAggregators.winRate(Period.quarter(2017, 3)).toColumn());
 * }</pre>
 * Obtain one from {@link DealAggregators} or {@link SubscriptionAggregators}.
 *
 * @param <T>  the record type
 * @param <R>  the core result type
 * @since 0.1.0
 */
public final class RevopsAggregator<T, R extends Mergeable<R>> extends Aggregator<T, RevopsAggregator.Buffer<R>, R> {

    private static final long serialVersionUID = 1L;

    /** The result class, for its encoder. */
    private final Class<R> type;
    /** Makes the core's collector. */
    private final CollectorRecipe<T, R> recipe;
    /** The exact parts of a result. */
    private final ExactCodec<R> codec;
    /** The collector, made from the recipe on first use in each JVM. */
    private transient Collector<T, Object, R> collector;

    private RevopsAggregator(Class<R> type, CollectorRecipe<T, R> recipe, ExactCodec<R> codec) {
        this.type = Objects.requireNonNull(type, "type");
        this.recipe = Objects.requireNonNull(recipe, "recipe");
        this.codec = Objects.requireNonNull(codec, "codec");
    }

    static <T, R extends Mergeable<R>> RevopsAggregator<T, R> of(Class<R> type, CollectorRecipe<T, R> recipe,
                                                                 ExactCodec<R> codec) {
        return new RevopsAggregator<>(type, recipe, codec);
    }

    /**
     * Returns the aggregator that combines finished results of this metric: its input is results, its answer their
     * {@code combine}, and on no input it is this metric's result of no records.
     *
     * @return the combining aggregator, never null
     */
    public RevopsAggregator<R, R> combining() {
        CollectorRecipe<T, R> metric = recipe;
        return new RevopsAggregator<>(type, () -> Combining.collector(empty(metric.collector())), codec);
    }

    /**
     * Starts an empty buffer.
     *
     * @return a new buffer, never null
     */
    @Override
    public Buffer<R> zero() {
        return new Buffer<>();
    }

    /**
     * Adds a record to a buffer with the collector's accumulator.
     *
     * @param buffer  the buffer
     * @param record  the record
     * @return the same buffer
     */
    @Override
    public Buffer<R> reduce(Buffer<R> buffer, T record) {
        Collector<T, Object, R> c = collector();
        if (buffer.container == null) {
            buffer.container = c.supplier().get();
        }
        c.accumulator().accept(buffer.container, record);
        return buffer;
    }

    /**
     * Merges two buffers: accumulators with the collector's combiner, finished results with {@code combine}.
     *
     * @param first  the first buffer
     * @param second  the second buffer, not used afterwards
     * @return the first buffer, holding both
     */
    @Override
    public Buffer<R> merge(Buffer<R> first, Buffer<R> second) {
        if (second.container != null) {
            first.container = first.container == null
                    ? second.container
                    : collector().combiner().apply(first.container, second.container);
        }
        if (second.result != null) {
            first.result = first.result == null ? second.result : first.result.combine(second.result);
        }
        return first;
    }

    /**
     * Finishes a buffer to the core result.
     *
     * @param buffer  the buffer
     * @return the result, never null
     */
    @Override
    public R finish(Buffer<R> buffer) {
        return buffer.finish(collector());
    }

    /**
     * Returns the encoder of the buffer: the exact parts of its result so far.
     *
     * @return the encoder, never null
     */
    @Override
    public Encoder<Buffer<R>> bufferEncoder() {
        @SuppressWarnings("unchecked")
        Class<Buffer<R>> buffers = (Class<Buffer<R>>) (Class<?>) Buffer.class;
        return BinaryEncoding.encoder(buffers, new BufferCodec<>(recipe, codec));
    }

    /**
     * Returns the encoder of the result: its exact parts.
     *
     * @return the encoder, never null
     */
    @Override
    public Encoder<R> outputEncoder() {
        return BinaryEncoding.encoder(type, codec);
    }

    /**
     * Computes the result of some records in one go, with the collector's accumulator.
     *
     * @param records  the records
     * @return the core's result of them
     */
    R resultOf(Iterator<T> records) {
        Collector<T, Object, R> c = collector();
        Object container = c.supplier().get();
        while (records.hasNext()) {
            c.accumulator().accept(container, records.next());
        }
        return c.finisher().apply(container);
    }

    /**
     * Returns the result class.
     *
     * @return the class
     */
    Class<R> type() {
        return type;
    }

    @SuppressWarnings("unchecked")
    private Collector<T, Object, R> collector() {
        if (collector == null) {
            collector = (Collector<T, Object, R>) recipe.collector();
        }
        return collector;
    }

    private static <T, A, R> R empty(Collector<T, A, R> collector) {
        return collector.finisher().apply(collector.supplier().get());
    }

    /**
     * The aggregation buffer of a {@link RevopsAggregator}: the core collector's accumulator for the records reduced
     * here, and the combined result of the partial results merged in. Spark creates and ships it; it has no use
     * of its own.
     *
     * @param <R>  the core result type
     * @since 0.1.0
     */
    public static final class Buffer<R extends Mergeable<R>> {

        /** The collector's accumulator, or null before the first record. */
        private Object container;
        /** The merged finished results, or null before the first merge of a shipped partial result. */
        private R result;

        private Buffer() {
        }

        private <T> R finish(Collector<T, Object, R> collector) {
            R fromRecords = container == null ? null : collector.finisher().apply(container);
            if (result == null) {
                return fromRecords == null ? empty(collector) : fromRecords;
            }
            return fromRecords == null ? result : result.combine(fromRecords);
        }
    }

    /** A buffer's exact parts: its result so far, through the result's codec. */
    private static final class BufferCodec<T, R extends Mergeable<R>> implements ExactCodec<Buffer<R>> {

        private static final long serialVersionUID = 1L;

        /** Makes the collector that finishes an accumulator. */
        private final CollectorRecipe<T, R> recipe;
        /** The result's codec. */
        private final ExactCodec<R> codec;
        /** The collector, made on first use in each JVM. */
        private transient Collector<T, Object, R> collector;

        BufferCodec(CollectorRecipe<T, R> recipe, ExactCodec<R> codec) {
            this.recipe = recipe;
            this.codec = codec;
        }

        @Override
        @SuppressWarnings("unchecked")
        public void write(Buffer<R> buffer, DataOutput out) throws IOException {
            if (collector == null) {
                collector = (Collector<T, Object, R>) recipe.collector();
            }
            codec.write(buffer.finish(collector), out);
        }

        @Override
        public Buffer<R> read(DataInput in) throws IOException {
            Buffer<R> buffer = new Buffer<>();
            buffer.result = codec.read(in);
            return buffer;
        }
    }
}
