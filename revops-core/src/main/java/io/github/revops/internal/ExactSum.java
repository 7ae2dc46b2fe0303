package io.github.revops.internal;

import io.github.revops.math.Rational;

/**
 * A mutable exact sum of non-integral quantities, in a fixed unit: whole units add as a {@code long} (no allocation),
 * anything else (a converted amount, an odd fraction) as an exact {@link Rational} rest. A sum of money counts minor
 * units ({@code unitsPerOne} 1); a sum of monthly values can count twelfths of a minor unit ({@code unitsPerOne} 12),
 * so that the monthly value of every common billing interval adds without a fraction. Overflow of the whole part
 * throws {@link ArithmeticException}. Not thread-safe.
 *
 * <p>Internal: this package is not exported by the module and may change in any release.
 */
public final class ExactSum {

    private final long unitsPerOne;
    private long units;
    private Rational rest = Rational.ZERO;

    private ExactSum(long unitsPerOne) {
        this.unitsPerOne = unitsPerOne;
    }

    /**
     * Obtains an empty sum of whole numbers (such as minor units).
     *
     * @return a new sum at zero
     */
    public static ExactSum ofWholes() {
        return new ExactSum(1);
    }

    /**
     * Obtains an empty sum that counts in units of {@code 1 / unitsPerOne}.
     *
     * @param unitsPerOne  how many units make one, at least 1
     * @return a new sum at zero
     * @throws IllegalArgumentException if {@code unitsPerOne} is below 1
     */
    public static ExactSum inUnitsOf(long unitsPerOne) {
        if (unitsPerOne < 1) {
            throw new IllegalArgumentException("unitsPerOne (" + unitsPerOne + ") must be >= 1");
        }
        return new ExactSum(unitsPerOne);
    }

    /**
     * Adds a number of units (whole numbers for {@link #ofWholes()}).
     *
     * @param count  the units, may be negative
     */
    public void addUnits(long count) {
        long sum = units + count;
        if (((units ^ sum) & (count ^ sum)) < 0) {
            rest = rest.add(Rational.of(count, unitsPerOne));   // beyond a long: kept exact in the rest
        } else {
            units = sum;
        }
    }

    /**
     * Adds an exact value; a whole number of units that fits a {@code long} adds without allocating.
     *
     * @param value  the value, not null
     */
    public void add(Rational value) {
        if (unitsPerOne == 1 && value.isWhole() && value.numerator().bitLength() < Long.SIZE - 1) {
            addUnits(value.numerator().longValue());
        } else if (!value.isZero()) {
            rest = rest.add(value);
        }
    }

    /**
     * Adds another sum of the same unit.
     *
     * @param other  the other sum, not null
     * @throws IllegalArgumentException if the other sum counts in another unit
     */
    public void addAll(ExactSum other) {
        if (other.unitsPerOne != unitsPerOne) {
            throw new IllegalArgumentException("sums in units of 1/" + unitsPerOne + " and 1/" + other.unitsPerOne
                    + " do not add");
        }
        addUnits(other.units);
        if (!other.rest.isZero()) {
            rest = rest.add(other.rest);
        }
    }

    /**
     * Returns the sign of the sum.
     *
     * @return -1, 0 or 1
     */
    public int signum() {
        if (rest.isZero()) {
            return Long.signum(units);
        }
        return value().signum();
    }

    /**
     * Returns the exact sum.
     *
     * @return the sum, never null
     */
    public Rational value() {
        Rational whole = units == 0 ? Rational.ZERO : Rational.of(units, unitsPerOne);
        return rest.isZero() ? whole : whole.add(rest);
    }
}
