package io.github.revops.funnel;

import io.github.revops.domain.Contact;
import io.github.revops.domain.UniqueIds;
import io.github.revops.result.Breakdown;
import io.github.revops.result.Mergeable;
import io.github.revops.result.TimeSeries;
import io.github.revops.time.Granularity;
import io.github.revops.time.Period;

import java.util.Collection;
import java.util.Comparator;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collector;
import java.util.stream.Collectors;

/** The input checks, segmentation and time series of the funnel metrics' collection entry points. */
final class ContactGroups {

    private ContactGroups() {
    }

    /** Rejects a null collection or contact, and duplicate ids (docs/metrics.md#conventions). */
    static Collection<Contact> checked(Collection<Contact> contacts) {
        Objects.requireNonNull(contacts, "contacts");
        for (Contact contact : contacts) {
            Objects.requireNonNull(contact, "contacts must not contain null");
        }
        UniqueIds.check(contacts, Contact::id, "contact");
        return contacts;
    }

    /**
     * Computes a metric per group: the groups are every key found among the contacts (whether or not they count in
     * the metric's period) and, for an enum key, every constant of the enum ({@link Breakdown} adds them); keys in
     * natural order.
     */
    static <K extends Comparable<? super K>, R extends Mergeable<R>> Breakdown<K, R> breakdown(
            Collection<Contact> contacts, Function<? super Contact, ? extends K> key, Collector<Contact, ?, R> metric,
            R empty) {
        Objects.requireNonNull(key, "key");
        Function<Contact, K> checkedKey = contact -> Objects.requireNonNull(key.apply(contact),
                () -> "the group key of contact '" + contact.id() + "' is null");
        SortedMap<K, R> groups = checked(contacts).stream()
                .collect(Collectors.groupingBy(checkedKey, TreeMap::new, metric));
        return Breakdown.of(groups, Comparator.naturalOrder(), empty);
    }

    /** Computes a metric per period of a granularity over a range (the contacts are checked once). */
    static <R> TimeSeries<R> series(Collection<Contact> contacts, Period range, Granularity granularity,
                                    Function<Period, R> metric) {
        checked(contacts);
        return TimeSeries.of(range, granularity, metric);
    }
}
