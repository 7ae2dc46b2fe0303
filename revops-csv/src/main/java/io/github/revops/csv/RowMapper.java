package io.github.revops.csv;

/** Turns one row into a record, or throws {@link RowProblem} naming the column, value and reason. */
@FunctionalInterface
interface RowMapper<F extends Enum<F> & CsvField, T> {

    T map(Row<F> row);
}
