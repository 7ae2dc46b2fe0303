package io.github.revops.csv;

/** Turns one row into a record, or throws {@link RowProblem} naming the column, value and reason. */
@FunctionalInterface
interface RowMapper<F extends Enum<F> & CsvField, T> {

    T map(Row<F> row);

    /**
     * Returns a mapper for the rows of one chunk read by one thread, which may keep what its records can share
     * (equal parts made once); its records equal this mapper's. This mapper when it keeps nothing.
     *
     * @return the mapper, not thread-safe unless it is this one
     */
    default RowMapper<F, T> forOneChunk() {
        return this;
    }
}
