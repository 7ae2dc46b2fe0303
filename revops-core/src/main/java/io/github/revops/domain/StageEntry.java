package io.github.revops.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One step of a deal's stage history: the deal entered a stage on a date.
 *
 * @param stage  the stage name, as the CRM calls it, not blank
 * @param entered  the date the deal entered the stage, not null
 * @since 0.1.0
 */
public record StageEntry(String stage, LocalDate entered) {

    /**
     * Creates the StageEntry, validating every component.
     *
     * @param stage  the stage name, as the CRM calls it, not blank
     * @param entered  the date the deal entered the stage, not null
     */
    public StageEntry {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(entered, "entered");
        if (stage.isBlank()) {
            throw new IllegalArgumentException("stage ('" + stage + "') must not be blank");
        }
    }

    /**
     * Obtains an entry.
     *
     * @param stage  the stage name, not blank
     * @param entered  the date entered, not null
     * @return the entry, never null
     */
    public static StageEntry of(String stage, LocalDate entered) {
        return new StageEntry(stage, entered);
    }
}
