package io.github.revops.csv;

/**
 * The fields of a {@link io.github.revops.domain.Customer} that CSV columns fill; segment attributes are mapped
 * with {@link CustomerCsv.Builder#segment}.
 *
 * @since 0.1.0
 */
public enum CustomerField implements CsvField {
    /** The customer's id; required. */
    ID("id", true);

    private final String component;
    private final boolean required;

    CustomerField(String component, boolean required) {
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
