package io.github.revops.pipeline;

import io.github.revops.domain.Deal;
import io.github.revops.domain.DealType;
import io.github.revops.money.Money;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Seeded random deals around the first quarter of 2026, with stage histories, for law and property tests. */
final class RandomDeals {

    static final List<String> FUNNEL = List.of("Prospecting", "Qualified", "Proposal", "Negotiation", "Won");
    private static final List<String> HISTORY_STAGES =
            List.of("Prospecting", "Qualified", "Proposal", "Negotiation", "Won", "On Hold", "Lead");
    private static final String[] OWNERS = {"ana", "ben", "cai", "dee"};
    private static final String[] SOURCES = {"web", "event", "partner"};
    private static final String[] REGIONS = {"amer", "emea"};
    private static final LocalDate ORIGIN = LocalDate.of(2025, 11, 1);

    private RandomDeals() {
    }

    /** Deals with ids D0, D1, ..., one per seed. */
    static List<Deal> fromSeeds(List<Integer> seeds) {
        List<Deal> deals = new ArrayList<>();
        for (int i = 0; i < seeds.size(); i++) {
            deals.add(deal("D" + i, new Random(seeds.get(i))));
        }
        return deals;
    }

    static List<Deal> of(long seed, int count) {
        Random random = new Random(seed);
        List<Deal> deals = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            deals.add(deal("D" + i, random));
        }
        return deals;
    }

    static Deal deal(String id, Random r) {
        LocalDate created = ORIGIN.plusDays(r.nextInt(170));
        long cents = r.nextInt(5) == 0 ? 0 : r.nextInt(5_000_000);
        Deal.Builder b = Deal.builder(id).customer("C-" + id).owner(OWNERS[r.nextInt(OWNERS.length)])
                .source(SOURCES[r.nextInt(SOURCES.length)])
                .type(DealType.values()[r.nextInt(DealType.values().length)])
                .amount(Money.ofMinor("USD", cents)).created(created)
                .segment("region", REGIONS[r.nextInt(REGIONS.length)]);
        LocalDate closed = created.plusDays(r.nextInt(r.nextBoolean() ? 5 : 90));
        switch (r.nextInt(3)) {
            case 0 -> b.open();
            case 1 -> b.won(closed);
            default -> b.lost(closed);
        }
        LocalDate entered = created;
        int entries = r.nextInt(7);
        for (int e = 0; e < entries; e++) {
            b.stage(HISTORY_STAGES.get(r.nextInt(HISTORY_STAGES.size())), entered);
            entered = entered.plusDays(r.nextInt(12));
        }
        return b.build();
    }
}
