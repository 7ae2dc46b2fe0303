package io.github.revops.json;

/**
 * What {@link RevopsJson#read} does with a property a shape does not have: Jackson's
 * {@code FAIL_ON_UNKNOWN_PROPERTIES} decides it in the Jackson modules.
 *
 * @since 0.1.0
 */
public enum UnknownProperties {
    /** Throw {@link JsonReadException} naming the property and the known ones (Jackson's default). */
    FAIL,
    /** Skip the property (what a Spring Boot application configures). */
    IGNORE
}
