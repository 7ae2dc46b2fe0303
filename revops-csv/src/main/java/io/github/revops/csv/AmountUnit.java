package io.github.revops.csv;

/**
 * How an amount column writes money: as a decimal in major units ({@code 1234.50} dollars) or as a whole number
 * of minor units ({@code 123450} cents).
 *
 * @since 0.1.0
 */
public enum AmountUnit {
    /** A decimal number in the currency's major unit, such as {@code 1234.50}; more decimals than the currency has
     * are an error, never rounded. */
    MAJOR,
    /** A whole number of the currency's minor unit (cents for USD, yen for JPY), such as {@code 123450}. */
    MINOR
}
