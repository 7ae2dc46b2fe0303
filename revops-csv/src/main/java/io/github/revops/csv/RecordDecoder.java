package io.github.revops.csv;

import org.apache.commons.csv.CSVRecord;

/** Turns one parsed CSV record into a domain record, for a header already checked; one per open import. */
@FunctionalInterface
interface RecordDecoder<T> {

    T decode(CSVRecord record);
}
