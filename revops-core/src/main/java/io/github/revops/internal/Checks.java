package io.github.revops.internal;

import java.util.Locale;
import java.util.Objects;

/**
 * Argument checks shared by the library; messages name the parameter and the bad value.
 *
 * <p>Internal: this package is not exported by the module and may change in any release.
 */
public final class Checks {

    private Checks() {
    }

    /**
     * Returns the value, or throws when it is null.
     *
     * @param <T>  the type
     * @param value  the value to check
     * @param name  the parameter name used in the message
     * @return the value, never null
     * @throws NullPointerException if the value is null
     */
    public static <T> T notNull(T value, String name) {
        return Objects.requireNonNull(value, name);
    }

    /**
     * Returns the value, or throws when it is negative.
     *
     * @param name  the parameter name used in the message
     * @param value  the value to check
     * @return the value
     * @throws IllegalArgumentException if the value is negative
     */
    public static long nonNegative(String name, long value) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " (" + value + ") must be >= 0");
        }
        return value;
    }

    /**
     * Returns the value, or throws when it is not positive.
     *
     * @param name  the parameter name used in the message
     * @param value  the value to check
     * @return the value
     * @throws IllegalArgumentException if the value is zero or negative
     */
    public static long positive(String name, long value) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " (" + value + ") must be > 0");
        }
        return value;
    }

    /**
     * Returns the value, or throws when it is outside a range, such as {@code "months (2147483647) must be 1 to
     * 1,200"}.
     *
     * @param name  the parameter name used in the message
     * @param value  the value to check
     * @param min  the smallest value allowed
     * @param max  the largest value allowed
     * @return the value
     * @throws IllegalArgumentException if the value is below min or above max
     */
    public static long within(String name, long value, long min, long max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "%s (%d) must be %,d to %,d", name, value,
                    min, max));
        }
        return value;
    }

    /**
     * Returns the sum of two longs, or throws naming it when it overflows, such as
     * {@code "count (9223372036854775807 + 1) overflows a long"}.
     *
     * @param name  the name of the sum used in the message
     * @param a  the first term
     * @param b  the second term
     * @return {@code a + b}
     * @throws ArithmeticException if the sum overflows a long
     */
    public static long sum(String name, long a, long b) {
        long sum = a + b;
        if (((a ^ sum) & (b ^ sum)) < 0) {
            throw new ArithmeticException(name + " (" + a + " + " + b + ") overflows a long");
        }
        return sum;
    }

    /**
     * Returns the text, or throws when it is null or blank.
     *
     * @param name  the parameter name used in the message
     * @param value  the text to check
     * @return the text, never null
     * @throws NullPointerException if the text is null
     * @throws IllegalArgumentException if the text is blank
     */
    public static String notBlank(String name, String value) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " ('" + value + "') must not be blank");
        }
        return value;
    }
}
