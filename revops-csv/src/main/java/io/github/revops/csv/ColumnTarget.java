package io.github.revops.csv;

/**
 * What a column read builds from a file: a part per chunk, built in a worker thread, then the whole from the parts
 * in file order (or, when the file needs Commons CSV, from the record reader's records). One per kind of table.
 *
 * @param <F>  the record's field enum
 * @param <T>  the record type
 * @param <P>  a chunk's part
 * @param <R>  the whole
 */
interface ColumnTarget<F extends Enum<F> & CsvField, T, P, R> {

    /** Returns an empty part for one chunk. */
    Part<F, P> newPart();

    /** Returns an empty whole for one read. */
    Whole<P, T, R> newWhole();

    /**
     * Tells if the parts keep records, whose ids are Strings already: the chunks then keep the id Strings for the
     * merge's check, rather than copies of their bytes (docs/decisions/0055).
     */
    default boolean keepsRecords() {
        return false;
    }

    /** One chunk's rows; not thread-safe. */
    interface Part<F extends Enum<F> & CsvField, P> {

        /**
         * Takes note of about how many rows the chunk holds, before the first, so that the part can make room for
         * them at once (docs/decisions/0059). Does nothing by default; the part is the same either way.
         */
        default void expectRows(int rows) {
        }

        /**
         * Decodes a row and keeps it.
         *
         * @return false when the row is not kept although it is not bad (its amount is in a second currency, which
         *         fails the whole read at its end)
         * @throws RowProblem if the row is bad or skipped, exactly as the record reader's mapper says it
         */
        boolean add(Row<F> row);

        /** Returns the part; called once, after the last row. */
        P build();
    }

    /** The result of one read, built in file order; not thread-safe. */
    interface Whole<P, T, R> {

        /**
         * Takes note of the next chunk's part before any of its rows is appended, in file order: the part may have
         * refused a row in a second currency although the merge takes none of its rows. Does nothing by default.
         */
        default void begin(P part) {
        }

        /** Appends row {@code index} of a part (the index counts the rows the part kept). */
        void append(P part, int index);

        /** Appends a record of the record reader, when the file is read with Commons CSV. */
        void append(T record);

        /**
         * Returns the result.
         *
         * @param source  the input's name, for messages
         * @throws io.github.revops.money.CurrencyMismatchException if the rows have two currencies
         */
        R build(String source);
    }
}
