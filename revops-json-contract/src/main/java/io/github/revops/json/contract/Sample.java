package io.github.revops.json.contract;

import io.github.revops.json.JsonType;
import org.quicktheories.core.Gen;

import java.util.Objects;

/**
 * Random values of one type, with the type to read them back as.
 *
 * @param type  the type, with its type arguments for a generic result
 * @param values  the values
 */
public record Sample(JsonType type, Gen<?> values) {

    /**
     * Checks the parts.
     *
     * @param type  the type, not null
     * @param values  the values, not null
     */
    public Sample {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(values, "values");
    }

    @Override
    public String toString() {
        return type.toString();
    }
}
