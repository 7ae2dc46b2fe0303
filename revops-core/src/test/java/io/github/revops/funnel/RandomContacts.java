package io.github.revops.funnel;

import io.github.revops.domain.Contact;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded random contacts for law and property tests: stage dates around the first half of 2026, on period
 * boundaries more often than by chance, with skipped stages, dates out of funnel order (a return to an earlier
 * stage), a stage outside the funnel, and some contacts before 1970.
 */
final class RandomContacts {

    static final LifecycleStages STAGES = LifecycleStages.HUBSPOT;
    private static final String[] OWNERS = {"ana", "ben", "cai"};
    private static final String[] SOURCES = {"Organic Search", "Paid Search", "Referrals"};
    private static final String[] REGIONS = {"amer", "emea"};
    private static final LocalDate ORIGIN = LocalDate.of(2025, 11, 1);
    private static final LocalDate[] BOUNDARIES = {LocalDate.of(2025, 12, 31), LocalDate.of(2026, 1, 1),
        LocalDate.of(2026, 3, 31), LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30)};

    private RandomContacts() {
    }

    /** Contacts with ids C0, C1, ..., one per seed (shrinking a list of seeds shortens the list of contacts). */
    static List<Contact> fromSeeds(List<Integer> seeds) {
        List<Contact> contacts = new ArrayList<>();
        for (int i = 0; i < seeds.size(); i++) {
            contacts.add(contact("C" + i, new Random(seeds.get(i))));
        }
        return contacts;
    }

    static List<Contact> of(long seed, int count) {
        Random random = new Random(seed);
        List<Contact> contacts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            contacts.add(contact("C" + i, random));
        }
        return contacts;
    }

    static Contact contact(String id, Random r) {
        Contact.Builder b = Contact.builder(id).owner(OWNERS[r.nextInt(OWNERS.length)])
                .source(SOURCES[r.nextInt(SOURCES.length)]);
        if (r.nextInt(4) != 0) {
            b.segment("region", REGIONS[r.nextInt(REGIONS.length)]);
        }
        LocalDate day = r.nextInt(15) == 0 ? LocalDate.of(1969, 12, 1).plusDays(r.nextInt(60))
                : ORIGIN.plusDays(r.nextInt(200));
        for (String stage : STAGES.names()) {
            if (r.nextInt(3) == 0) {
                continue; // skipped
            }
            LocalDate entered = r.nextInt(8) == 0 ? BOUNDARIES[r.nextInt(BOUNDARIES.length)] : day;
            if (r.nextInt(10) == 0) {
                entered = entered.minusDays(r.nextInt(90)); // out of funnel order: a return to an earlier stage
            }
            b.entered(stage, entered);
            day = day.plusDays(r.nextInt(r.nextBoolean() ? 3 : 60));
        }
        if (r.nextInt(6) == 0) {
            b.entered("Evangelist", day); // not in the funnel
        }
        return b.build();
    }
}
