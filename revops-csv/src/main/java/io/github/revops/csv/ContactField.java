package io.github.revops.csv;

/**
 * The fields of a {@link io.github.revops.domain.Contact} that CSV columns fill; stage dates are mapped with
 * {@link ContactCsv.Builder#stageDate} and segment attributes with {@link ContactCsv.Builder#segment}.
 *
 * @since 0.1.0
 */
public enum ContactField implements CsvField {
    /** The contact's id; required. */
    ID("id", true),
    /** The person who owns the contact; required (a when-blank text or a constant will do). */
    OWNER("owner", true),
    /** The lead source or channel; required (a when-blank text or a constant will do). */
    SOURCE("source", true);

    private final String component;
    private final boolean required;

    ContactField(String component, boolean required) {
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
