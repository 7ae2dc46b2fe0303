package io.github.revops.csv;

/** Turns one parsed CSV record into a domain record, for a header already checked; one per open import. */
@FunctionalInterface
interface RecordDecoder<T> {

    /**
     * Decodes a record.
     *
     * @param record  the parsed record
     * @param line  the record's first line in the input, the header being line 1
     * @throws RowProblem if the row is bad or skipped
     */
    T decode(Cells record, long line);
}
