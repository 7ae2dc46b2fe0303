package io.github.revops.internal;

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
