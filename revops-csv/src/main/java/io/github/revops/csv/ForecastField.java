package io.github.revops.csv;

/**
 * The fields of a {@link io.github.revops.domain.ForecastSubmission} that CSV columns fill.
 *
 * @since 0.1.0
 */
public enum ForecastField implements CsvField {
    /** The submission's id; required. */
    ID("id", true),
    /** Who submitted it; required. */
    SUBMITTER("submitter", true),
    /** The first day of the period forecast; required. */
    PERIOD_START("period", true),
    /** The last day of the period forecast (inclusive, as people write "1 Jan to 31 Mar"); required. */
    PERIOD_END("periodEnd", true),
    /** The day it was submitted; required. */
    SUBMITTED_DATE("submittedDate", true),
    /** Commit, best case or pipeline, read through the category labels; required. */
    CATEGORY("category", true),
    /** The forecast amount; required. */
    AMOUNT("amount", true),
    /** The amount's ISO-4217 currency code; blank takes the default currency. */
    CURRENCY("currency", false);

    private final String component;
    private final boolean required;

    ForecastField(String component, boolean required) {
        this.component = component;
        this.required = required;
    }

    @Override
    public String component() {
        return component;
    }

    @Override
    public boolean required() {
        return required;
    }
}
