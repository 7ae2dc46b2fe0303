package io.github.revops.spark;

import io.github.revops.pipeline.PipelineVelocity;
import io.github.revops.pipeline.SalesCycle;
import io.github.revops.pipeline.WinRate;
import io.github.revops.result.Mergeable;

import java.util.Objects;

/**
 * The three pipeline metrics of one set of deals in one period, as the core computes them: win rate, sales cycle
 * (exact day histograms) and pipeline velocity. {@link PipelineFrame} answers all three in one pass over a DataFrame.
 *
 * @param winRate  the core's win rate, not null
 * @param salesCycle  the core's sales cycle, not null
 * @param velocity  the core's pipeline velocity, not null
 * @since 0.1.0
 */
public record PipelineMetrics(WinRate winRate, SalesCycle salesCycle, PipelineVelocity velocity)
        implements Mergeable<PipelineMetrics> {

    /** No deal: the identity of {@link #combine}. */
    public static final PipelineMetrics EMPTY =
            new PipelineMetrics(WinRate.EMPTY, SalesCycle.EMPTY, PipelineVelocity.EMPTY);

    /**
     * Validates the parts.
     *
     * @param winRate  the core's win rate, not null
     * @param salesCycle  the core's sales cycle, not null
     * @param velocity  the core's pipeline velocity, not null
     */
    public PipelineMetrics {
        Objects.requireNonNull(winRate, "winRate");
        Objects.requireNonNull(salesCycle, "salesCycle");
        Objects.requireNonNull(velocity, "velocity");
    }

    /**
     * Returns the metrics of both sets of deals: each metric's {@code combine}.
     *
     * @param other  the other metrics, not null
     * @return the merged metrics, never null
     */
    @Override
    public PipelineMetrics combine(PipelineMetrics other) {
        return new PipelineMetrics(winRate.combine(other.winRate), salesCycle.combine(other.salesCycle),
                velocity.combine(other.velocity));
    }
}
