package io.github.revops.examples.report;

import io.github.revops.pipeline.PipelineVelocity;
import io.github.revops.pipeline.SalesCycle;
import io.github.revops.pipeline.WinRate;

import java.util.Objects;

/**
 * One row of a pipeline table: a group of deals (a quarter, an agent, an office, or all) and its win rate, sales
 * cycle and pipeline velocity, as the library computed them.
 *
 * @param label  the group's label, not null
 * @param winRate  the win rate, not null
 * @param cycle  the sales cycle, not null
 * @param velocity  the pipeline velocity, not null
 */
public record PipelineRow(String label, WinRate winRate, SalesCycle cycle, PipelineVelocity velocity) {

    /** The 90th percentile the tables show. */
    public static final int P90 = 90;

    /**
     * Checks the components.
     *
     * @param label  the group's label, not null
     * @param winRate  the win rate, not null
     * @param cycle  the sales cycle, not null
     * @param velocity  the pipeline velocity, not null
     */
    public PipelineRow {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(winRate, "winRate");
        Objects.requireNonNull(cycle, "cycle");
        Objects.requireNonNull(velocity, "velocity");
    }
}
