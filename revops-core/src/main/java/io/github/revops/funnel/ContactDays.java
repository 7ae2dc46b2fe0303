package io.github.revops.funnel;

import io.github.revops.domain.Contact;

import java.util.List;

/**
 * One contact's stage dates decoded by {@link FunnelKernel} for a stage list and an as-of day: the entered and the
 * reached epoch day of each stage. Scratch arrays reused from contact to contact, so reading allocates nothing.
 * Not thread-safe.
 */
final class ContactDays {

    private final List<String> stages;
    private final long asOf;
    final long[] entered;
    final long[] reached;

    ContactDays(LifecycleStages stages, long asOf) {
        this.stages = stages.names();
        this.asOf = asOf;
        this.entered = new long[stages.size()];
        this.reached = new long[stages.size()];
    }

    /** Decodes a contact into {@link #entered} and {@link #reached}. */
    void read(Contact contact) {
        FunnelKernel.entered(contact.stageDates(), stages, asOf, entered);
        FunnelKernel.reach(entered, reached);
    }
}
