package io.github.revops.csv;

/**
 * The fields of a {@link io.github.revops.domain.Spend} that CSV columns fill.
 *
 * @since 0.1.0
 */
public enum SpendField implements CsvField {
    /** The cost's id; required. */
    ID("id", true),
    /** The day the cost was incurred (a cost of one day); required. */
    DATE("incurred", true),
    /** The cost; required. */
    AMOUNT("amount", true),
    /** The amount's ISO-4217 currency code; blank takes the default currency. */
    CURRENCY("currency", false),
    /** Sales or marketing, read through the category labels; required. */
    CATEGORY("category", true),
    /** The acquisition channel; required. */
    CHANNEL("channel", true),
    /** Whether it is paid acquisition, read through the boolean labels; required, a blank cell is false. */
    PAID("paid", true);

    private final String component;
    private final boolean required;

    SpendField(String component, boolean required) {
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
