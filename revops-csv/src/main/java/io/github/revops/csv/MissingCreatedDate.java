package io.github.revops.csv;

/**
 * What a deal import does with a row whose created date is blank, as open deals in some exports are (the Maven
 * CRM data set leaves {@code engage_date} empty on every Prospecting deal).
 *
 * <p>A {@code Deal} cannot exist without a created date, and inventing one would move the deal's age and sales
 * cycle, so the choice is the caller's (docs/decisions/0051).
 *
 * @since 0.1.0
 */
public enum MissingCreatedDate {
    /** The row is bad: strict mode stops, lenient mode lists it as rejected. The default. */
    REJECT,
    /** The row is left out on purpose and listed in {@link CsvImportSummary#skipped()}; strict mode goes on. */
    SKIP,
    /** The row takes the date set with {@code createdDateFallback(LocalDate)}. */
    USE_FALLBACK
}
