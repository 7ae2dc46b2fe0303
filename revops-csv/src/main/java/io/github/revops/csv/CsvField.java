package io.github.revops.csv;

/**
 * A field of a record that a CSV column (or a constant) fills, such as {@link DealField#CLOSE_DATE}.
 *
 * <p>Each record type has its enum of fields: {@link DealField}, {@link CustomerField}, {@link SubscriptionField},
 * {@link SpendField}, {@link ForecastField}.
 *
 * @since 0.1.0
 */
public interface CsvField {

    /**
     * Returns the name of the record component the field fills, as
     * {@link io.github.revops.domain.InvalidRecordException#field()} names it ({@code "closeDate"}).
     *
     * @return the component name, never null
     */
    String component();

    /**
     * Checks if a reader must map the field to a column or a constant before it can be built.
     *
     * @return true when the field is required
     */
    boolean required();
}
