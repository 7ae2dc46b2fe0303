package io.github.revops.table;

/**
 * What a table builder's text column needs of its dictionary: a code for each distinct value in order of first
 * sight, and at the end the column in natural order. {@link DictionaryBuilder} is the deal table's;
 * {@link SortedIdCodes} the subscription table's (customer ids that often come sorted). Not thread-safe.
 */
interface TextDictionary {

    /**
     * Returns the first-sight code of a value, adding it on first sight.
     *
     * @param value  the value, not null
     * @return its code, 0 to the number of distinct values - 1
     */
    int code(String value);

    /**
     * Builds a column: the distinct values in natural order and the first {@code size} first-sight codes of
     * {@code codes}, renumbered to that order.
     *
     * @param codes  the first-sight code of each row
     * @param size  the number of rows
     * @return the column, never null
     */
    CodeColumn column(GrowingInts codes, int size);
}
