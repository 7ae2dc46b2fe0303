package io.github.revops.csv;

/**
 * The fields of a {@link io.github.revops.domain.Deal} that CSV columns fill.
 *
 * @since 0.1.0
 */
public enum DealField implements CsvField {
    /** The deal's id; required. */
    ID("id", true),
    /** The account the deal is for; required. */
    CUSTOMER("customerId", true),
    /** The rep who owns the deal; required. */
    OWNER("owner", true),
    /** The lead source or channel; required (a constant will do). */
    SOURCE("source", true),
    /** New business, renewal or expansion, read through the type labels; blank is NEW_BUSINESS. */
    TYPE("type", false),
    /** The amount; required. */
    AMOUNT("amount", true),
    /** The amount's ISO-4217 currency code; blank takes the default currency. */
    CURRENCY("currency", false),
    /** The date the deal was created; required (see {@link MissingCreatedDate} for blanks). */
    CREATED_DATE("createdDate", true),
    /** The close date, read for WON and LOST deals only (an open deal's is an expected date). */
    CLOSE_DATE("closeDate", false),
    /** The stage or status label, read through the status labels into OPEN, WON or LOST; required. */
    STATUS("status", true),
    /** The forecast category, read through the forecast category labels; blank is none. */
    FORECAST_CATEGORY("forecastCategory", false);

    private final String component;
    private final boolean required;

    DealField(String component, boolean required) {
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
