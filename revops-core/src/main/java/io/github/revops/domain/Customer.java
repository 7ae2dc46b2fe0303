package io.github.revops.domain;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A customer (account) with free segment attributes for grouping, such as region or plan.
 * <pre>{@code
 * Customer acme = Customer.of("ACME", Map.of("region", "EMEA"));
 * acme.segment("region");   // Optional[EMEA]
 * }</pre>
 *
 * @param id  the customer's id, not blank
 * @param segments  attributes for grouping, possibly empty, not null
 * @since 0.1.0
 */
public record Customer(String id, Map<String, String> segments) {

    /**
     * Creates the Customer, validating every component.
     *
     * @param id  the customer's id, not blank
     * @param segments  attributes for grouping, possibly empty, not null
     * @throws InvalidRecordException if a component is missing or breaks a rule of the record
     */
    public Customer {
        Validation v = Validation.of("customer", id);
        segments = v.attributes("segments", segments);
    }

    /**
     * Obtains a customer with attributes.
     *
     * @param id  the id, not blank
     * @param segments  the attributes, not null
     * @return the customer, never null
     */
    public static Customer of(String id, Map<String, String> segments) {
        return new Customer(id, segments);
    }

    /**
     * Obtains a customer with no attributes.
     *
     * @param id  the id, not blank
     * @return the customer, never null
     */
    public static Customer of(String id) {
        return new Customer(id, Map.of());
    }

    /**
     * Returns a segment attribute.
     *
     * @param name  the attribute name, not null
     * @return the value, or empty when absent
     */
    public Optional<String> segment(String name) {
        return Optional.ofNullable(segments.get(Objects.requireNonNull(name, "name")));
    }
}
