package io.github.revops.internal;

import io.github.revops.math.Rational;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Square roots of exact rationals, correctly rounded in any rounding mode (RMSE is the one irrational figure).
 *
 * <p>Internal: this package is not exported by the module and may change in any release.
 */
public final class ExactSqrt {

    private ExactSqrt() {
    }

    /**
     * Returns the square root rounded to a number of decimal places; exact comparisons decide every rounding.
     *
     * @param value  the value, not negative, not null
     * @param scale  the decimal places
     * @param rounding  the rounding mode, not null
     * @return the rounded root, never null
     * @throws ArithmeticException if the value is negative, or the mode is UNNECESSARY and the root is inexact
     */
    public static BigDecimal sqrt(Rational value, int scale, RoundingMode rounding) {
        if (value.signum() < 0) {
            throw new ArithmeticException("square root of a negative number (" + value + ")");
        }
        BigInteger num = value.numerator();
        BigInteger den = value.denominator();
        if (scale >= 0) {
            num = num.multiply(BigInteger.TEN.pow(Math.multiplyExact(2, scale)));
        } else {
            den = den.multiply(BigInteger.TEN.pow(Math.multiplyExact(-2, scale)));
        }
        // root = sqrt(num / den); floor(sqrt(floor(y))) == floor(sqrt(y)) for y >= 0
        BigInteger floor = num.divide(den).sqrt();
        BigInteger result = floor;
        if (num.compareTo(den.multiply(floor.multiply(floor))) != 0) {
            BigInteger twice = floor.shiftLeft(1).add(BigInteger.ONE);
            int half = num.shiftLeft(2).compareTo(den.multiply(twice.multiply(twice)));
            if (roundsUp(rounding, half, floor.testBit(0))) {
                result = floor.add(BigInteger.ONE);
            }
        }
        return new BigDecimal(result, scale);
    }

    /**
     * Returns the square root rounded to the precision (significant digits) of a context, which must be limited.
     *
     * @param value  the value, not negative, not null
     * @param context  the precision and rounding mode, not null
     * @return the rounded root, never null
     * @throws IllegalArgumentException if the context's precision is 0 (unlimited)
     * @throws ArithmeticException if the value is negative, or the mode is UNNECESSARY and the root is inexact
     */
    public static BigDecimal sqrt(Rational value, MathContext context) {
        int precision = context.getPrecision();
        if (precision <= 0) {
            throw new IllegalArgumentException("context precision (" + precision + ") must be > 0: a square root"
                    + " is irrational in general");
        }
        if (value.isZero()) {
            return BigDecimal.ZERO;
        }
        int scale = precision;
        while (true) {
            BigInteger truncated = sqrt(value, scale, RoundingMode.DOWN).unscaledValue();
            int digits = truncated.signum() == 0 ? 0 : truncated.toString().length();
            if (digits == 0) {
                scale = Math.addExact(scale, precision);
                continue;
            }
            int target = Math.addExact(scale, precision - digits);
            return sqrt(value, target, context.getRoundingMode()).round(context);
        }
    }

    private static boolean roundsUp(RoundingMode rounding, int comparedWithHalf, boolean floorIsOdd) {
        return switch (rounding) {
            case UP, CEILING -> true;
            case DOWN, FLOOR -> false;
            case HALF_UP -> comparedWithHalf >= 0;
            case HALF_DOWN -> comparedWithHalf > 0;
            case HALF_EVEN -> comparedWithHalf > 0 || comparedWithHalf == 0 && floorIsOdd;
            case UNNECESSARY -> throw new ArithmeticException("rounding necessary: the square root is not exact"
                    + " at this scale");
        };
    }
}
