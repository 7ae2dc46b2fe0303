package io.github.revops.funnel;

import io.github.revops.domain.Contact;
import io.github.revops.internal.RecordGroups;
import io.github.revops.result.Breakdown;
import io.github.revops.result.Mergeable;
import io.github.revops.result.TimeSeries;
import io.github.revops.time.Granularity;
import io.github.revops.time.Period;

import java.util.Collection;
import java.util.function.Function;
import java.util.stream.Collector;

/** The input checks, segmentation and time series of the funnel metrics' collection entry points. */
final class ContactGroups {

    private static final RecordGroups<Contact> CONTACTS = RecordGroups.of("contacts", "contact", Contact::id);

    private ContactGroups() {
    }

    /** Rejects a null collection or contact, and duplicate ids (docs/metrics.md#conventions). */
    static Collection<Contact> checked(Collection<Contact> contacts) {
        return CONTACTS.checked(contacts);
    }

    /**
     * Computes a metric per group: the groups are every key found among the contacts (whether or not they count in
     * the metric's period) and, for an enum key, every constant of the enum ({@link Breakdown} adds them); keys in
     * natural order.
     */
    static <K extends Comparable<? super K>, R extends Mergeable<R>> Breakdown<K, R> breakdown(
            Collection<Contact> contacts, Function<? super Contact, ? extends K> key, Collector<Contact, ?, R> metric,
            R empty) {
        return CONTACTS.breakdown(contacts, key, metric, empty);
    }

    /** Computes a metric per period of a granularity over a range (the contacts are checked once). */
    static <R> TimeSeries<R> series(Collection<Contact> contacts, Period range, Granularity granularity,
                                    Function<Period, R> metric) {
        checked(contacts);
        return TimeSeries.of(range, granularity, metric);
    }
}
