package io.github.revops.spark;

/**
 * What a column mapping does with a row that does not make a valid record.
 *
 * @since 0.1.0
 */
public enum InvalidRowPolicy {
    /**
     * The default: the first invalid row fails the Spark job with the core's {@code InvalidRecordException} and its
     * message (record, id, field, value and the rule broken), as the core does for one bad record.
     */
    FAIL,
    /** Invalid rows are left out of the records and kept, with the core's message, in the rejected rows. */
    COLLECT
}
