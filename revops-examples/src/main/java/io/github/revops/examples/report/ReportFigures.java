package io.github.revops.examples.report;

import java.util.Objects;
import java.util.Optional;

/**
 * Everything the report shows: what was read, and the figures of each section it was asked for.
 *
 * @param input  the inputs as read, not null
 * @param preset  the layout the deals were read with, not null
 * @param pipeline  the pipeline section, or empty without deals
 * @param recurring  the recurring revenue section, or empty without subscriptions
 */
public record ReportFigures(ReportInput input, DealPreset preset, Optional<PipelineFigures> pipeline,
                            Optional<RecurringFigures> recurring) {

    /**
     * Checks the components.
     *
     * @param input  the inputs as read, not null
     * @param preset  the layout the deals were read with, not null
     * @param pipeline  the pipeline section, or empty
     * @param recurring  the recurring revenue section, or empty
     */
    public ReportFigures {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(preset, "preset");
        Objects.requireNonNull(pipeline, "pipeline");
        Objects.requireNonNull(recurring, "recurring");
    }
}
