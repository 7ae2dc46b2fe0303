package io.github.revops.result;

/**
 * A metric result that can be merged with the result of another part of the input.
 *
 * <p>Every revops result is the exact accumulation of its input, so for any split of the records into parts
 * {@code a} and {@code b}: {@code of(a ∪ b).equals(of(a).combine(of(b)))}. {@code combine} is associative and
 * commutative, and each result type has an empty identity. This is what makes a parallel stream, a table split
 * across cores or Spark partitions give the same answer, bit for bit, as one thread.
 *
 * @param <T>  the result type
 * @since 0.1.0
 */
public interface Mergeable<T extends Mergeable<T>> {

    /**
     * Returns the result of the union of this result's input and another's.
     *
     * @param other  the other result, not null
     * @return the merged result, never null
     */
    T combine(T other);
}
