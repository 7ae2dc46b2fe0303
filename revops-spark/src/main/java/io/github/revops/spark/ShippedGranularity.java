package io.github.revops.spark;

import io.github.revops.time.Granularity;

import java.io.Serializable;
import java.util.Map;
import java.util.Objects;

/**
 * A granularity that travels to the executors: the core's {@link Granularity#MONTH}, {@link Granularity#QUARTER} and
 * {@link Granularity#YEAR} by name (they are lambdas, not serializable), any other as the caller's serializable
 * object.
 */
final class ShippedGranularity implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, Granularity> CALENDAR =
            Map.of("MONTH", Granularity.MONTH, "QUARTER", Granularity.QUARTER, "YEAR", Granularity.YEAR);

    /** The calendar constant's name, or empty for the caller's own granularity. */
    private final String name;
    /** The caller's granularity when it is not a calendar constant, else null. */
    private final Serializable own;

    private ShippedGranularity(String name, Serializable own) {
        this.name = name;
        this.own = own;
    }

    /**
     * Wraps a granularity for shipping.
     *
     * @param granularity  a calendar constant of the core, or a granularity that is also {@link Serializable}
     * @param field  the parameter's name, for the message
     * @return the shippable form, never null
     * @throws IllegalArgumentException if the granularity is neither
     */
    static ShippedGranularity of(Granularity granularity, String field) {
        Objects.requireNonNull(granularity, field);
        for (Map.Entry<String, Granularity> e : CALENDAR.entrySet()) {
            if (e.getValue() == granularity) {
                return new ShippedGranularity(e.getKey(), null);
            }
        }
        if (granularity instanceof Serializable own) {
            return new ShippedGranularity("", own);
        }
        throw new IllegalArgumentException(field + " (" + granularity + ") must be Granularity.MONTH, QUARTER or"
                + " YEAR, or a Granularity that is also Serializable, to reach Spark's executors");
    }

    /**
     * Returns the granularity.
     *
     * @return the granularity, never null
     */
    Granularity get() {
        return name.isEmpty() ? (Granularity) own : CALENDAR.get(name);
    }
}
