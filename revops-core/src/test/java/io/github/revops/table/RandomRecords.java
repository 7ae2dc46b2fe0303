package io.github.revops.table;

import io.github.revops.domain.BillingInterval;
import io.github.revops.domain.Deal;
import io.github.revops.domain.DealStatus;
import io.github.revops.domain.DealType;
import io.github.revops.domain.Subscription;
import io.github.revops.money.Money;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Seeded random deals and subscriptions with the awkward cases in them: same-day closes, zero amounts, segments
 * on some deals only, trials, free plans, every billing interval, gaps, overlaps and cancellations.
 */
final class RandomRecords {

    static final LocalDate ORIGIN = LocalDate.of(2023, 1, 1);
    private static final BillingInterval[] INTERVALS = {BillingInterval.MONTH, BillingInterval.MONTH,
        BillingInterval.QUARTER, BillingInterval.YEAR, BillingInterval.WEEK, BillingInterval.DAY,
        BillingInterval.everyMonths(6), BillingInterval.everyMonths(5)};

    private RandomRecords() {
    }

    static List<Deal> deals(long seed, int count) {
        SplittableRandom random = new SplittableRandom(seed);
        int owners = 1 + random.nextInt(6);
        List<Deal> deals = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            LocalDate created = ORIGIN.plusDays(random.nextInt(700));
            Deal.Builder b = Deal.builder("D-" + i).customer("C-" + random.nextInt(1 + count / 3))
                    .owner("owner-" + random.nextInt(owners)).source("src-" + random.nextInt(3))
                    .type(DealType.values()[random.nextInt(3)])
                    .amount(Money.ofMinor("USD", random.nextInt(5) == 0 ? 0 : random.nextLong(5_000_000)))
                    .created(created);
            int status = random.nextInt(3);
            LocalDate closed = created.plusDays(random.nextInt(4) == 0 ? 0 : random.nextInt(400));
            if (status == 1) {
                b.won(closed);
            } else if (status == 2) {
                b.lost(closed);
            }
            if (random.nextBoolean()) {
                b.segment("region", random.nextBoolean() ? "EU" : "US");
            }
            if (random.nextInt(4) == 0) {
                b.segment("tier", "T" + random.nextInt(3));
            }
            deals.add(b.build());
        }
        return deals;
    }

    static List<Subscription> subscriptions(long seed, int customers) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Subscription> subscriptions = new ArrayList<>();
        for (int c = 0; c < customers; c++) {
            String customer = "K-" + random.nextInt(customers * 2);
            int segments = 1 + random.nextInt(4);
            LocalDate start = ORIGIN.plusDays(random.nextInt(600) - 60);
            for (int s = 0; s < segments; s++) {
                long amount = random.nextInt(8) == 0 ? 0 : 100 * (1 + random.nextInt(3000));
                BillingInterval interval = INTERVALS[random.nextInt(INTERVALS.length)];
                Optional<LocalDate> end = random.nextInt(3) == 0 ? Optional.empty()
                        : Optional.of(start.plusDays(1 + random.nextInt(200)));
                boolean trial = random.nextInt(10) == 0;
                Optional<LocalDate> cancelled = end.isPresent() && random.nextInt(3) == 0
                        ? Optional.of(end.get().minusDays(random.nextInt(30))) : Optional.empty();
                subscriptions.add(new Subscription("S-" + subscriptions.size(), customer,
                        Money.ofMinor("USD", amount), interval, start, end, trial, cancelled));
                if (end.isEmpty()) {
                    break;
                }
                start = random.nextInt(4) == 0 ? end.get().plusDays(random.nextInt(120))
                        : end.get().minusDays(random.nextInt(3) == 0 ? random.nextInt(20) : 0);
            }
        }
        return subscriptions;
    }
}
