package io.github.revops.economics;

import io.github.revops.internal.Checks;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * When a customer was acquired, and through which channel if known.
 * <pre>{@code
 * Acquisition a = new Acquisition("ACME", LocalDate.of(2026, 3, 5), Optional.of("Paid search"));
 * }</pre>
 *
 * @param customerId  the customer, not blank
 * @param date  the day the customer became new, not null
 * @param channel  the acquisition channel, empty when unattributed, not null
 * @since 0.1.0
 */
public record Acquisition(String customerId, LocalDate date, Optional<String> channel) {

    /**
     * Validates the acquisition.
     *
     * @param customerId  the customer, not blank
     * @param date  the day the customer became new, not null
     * @param channel  the acquisition channel, empty when unattributed, not null
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the customer id or the channel is blank
     */
    public Acquisition {
        Checks.notBlank("customerId", customerId);
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(channel, "channel");
        channel.ifPresent(c -> Checks.notBlank("channel", c));
    }
}
