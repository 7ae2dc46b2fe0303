package io.github.revops.pipeline;

import io.github.revops.table.DealTable;

/**
 * An accumulator that also adds the rows of a {@link DealTable}, by the same selection rule it applies to a
 * {@link io.github.revops.domain.Deal}, so a table and a list of the same deals give equal results.
 */
interface RowAccumulator {

    /** Adds one row of a table. */
    void addRow(DealTable rows, int row);
}
