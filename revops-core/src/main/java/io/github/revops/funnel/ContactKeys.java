package io.github.revops.funnel;

import io.github.revops.domain.Contact;

import java.util.Objects;
import java.util.function.Function;

/**
 * Group keys for segmenting contacts that a method reference cannot express: a segment attribute.
 *
 * <p>Owner and source are method references ({@code Contact::owner}, {@code Contact::source}); a segment attribute
 * such as the region is {@code ContactKeys.segment("region")}.
 * <pre>{@code
 * Breakdown<String, PeriodConversion> byRegion = PeriodConversion.by(contacts, LifecycleStages.HUBSPOT,
 *         Period.quarter(2026, 1), ContactKeys.segment("region", "(no region)"));
 * }</pre>
 *
 * @since 0.1.0
 */
public final class ContactKeys {

    private ContactKeys() {
    }

    /**
     * Returns a key that groups contacts by a segment attribute, which every contact must have.
     *
     * @param name  the attribute's name, not null
     * @return the key, which throws {@link IllegalArgumentException} naming the contact when it lacks the
     *         attribute, never null
     */
    public static Function<Contact, String> segment(String name) {
        Objects.requireNonNull(name, "name");
        return contact -> contact.segment(name).orElseThrow(() -> new IllegalArgumentException("contact '"
                + contact.id() + "' has no segment attribute '" + name + "' (segments " + contact.segments() + ")"));
    }

    /**
     * Returns a key that groups contacts by a segment attribute, with a group for the contacts that lack it.
     *
     * @param name  the attribute's name, not null
     * @param missing  the group of the contacts without the attribute, not null
     * @return the key, never null
     */
    public static Function<Contact, String> segment(String name, String missing) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(missing, "missing");
        return contact -> contact.segment(name).orElse(missing);
    }
}
