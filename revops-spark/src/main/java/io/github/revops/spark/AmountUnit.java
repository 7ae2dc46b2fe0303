package io.github.revops.spark;

/**
 * How an amount column counts money: in the currency's major unit (dollars, {@code 1054} or {@code 25.95}) or in
 * its minor unit (cents, {@code 2595}).
 *
 * @since 0.1.0
 */
public enum AmountUnit {
    /** Whole and fractional units of the currency, at most the currency's scale: {@code 25.95} is USD 25.95. */
    MAJOR,
    /** Minor units as a whole number: {@code 2595} is USD 25.95. */
    MINOR
}
