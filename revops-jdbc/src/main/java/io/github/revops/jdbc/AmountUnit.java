package io.github.revops.jdbc;

/**
 * How an amount column counts money: in the currency's major unit ({@code 1234.50} dollars, a {@code NUMERIC} or
 * {@code DECIMAL} column, or whole dollars in an integer column) or in its minor unit ({@code 123450} cents, a
 * {@code BIGINT} column).
 *
 * @since 0.1.0
 */
public enum AmountUnit {
    /** The currency's major unit; more decimal places than the currency has are an error, never rounded. */
    MAJOR,
    /** Whole minor units (cents for USD, yen for JPY); a decimal column must then hold whole numbers. */
    MINOR
}
