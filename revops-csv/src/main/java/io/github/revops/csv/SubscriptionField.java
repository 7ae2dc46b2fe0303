package io.github.revops.csv;

/**
 * The fields of a {@link io.github.revops.domain.Subscription} that CSV columns fill.
 *
 * @since 0.1.0
 */
public enum SubscriptionField implements CsvField {
    /** The subscription's id; required. */
    ID("id", true),
    /** The customer billed; required. */
    CUSTOMER("customerId", true),
    /** The recurring amount per billing interval; required. */
    AMOUNT("amount", true),
    /** The amount's ISO-4217 currency code; blank takes the default currency. */
    CURRENCY("currency", false),
    /** The billing interval, read through the interval labels (a constant such as "MONTH" will do); required. */
    INTERVAL("interval", true),
    /** The first day of service; required. */
    START_DATE("startDate", true),
    /** The end date, read by the {@link EndDateConvention}; blank is open-ended. */
    END_DATE("endDate", false),
    /** Whether it is a trial, read through the boolean labels; blank is false. */
    TRIAL("trial", false),
    /** The day the customer asked to cancel; blank is none. */
    CANCELLATION_DATE("cancellationDate", false);

    private final String component;
    private final boolean required;

    SubscriptionField(String component, boolean required) {
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
