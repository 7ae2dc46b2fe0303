package io.github.revops.forecast;

import io.github.revops.domain.Deal;
import io.github.revops.internal.BoundedText;
import io.github.revops.internal.DatedIndex;
import io.github.revops.math.Rational;
import io.github.revops.money.ExactMoney;
import io.github.revops.money.ReportingCurrency;
import io.github.revops.time.Period;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The actuals rule of the forecast family: the won bookings of a name in a period are the amounts of the WON deals
 * (of every type) that closed in the period and whose owner is the name or rolls up to it. Each deal is converted
 * into the reporting currency at the rate of its close date. Indexed by close date, so the bookings of a period are
 * two binary searches and a subtraction. {@link Scoring} reads it for forecasts and quotas alike.
 */
final class WonBookings {

    private final ReportingCurrency reporting;
    private final Map<String, Ledger> ledgers;

    private WonBookings(ReportingCurrency reporting, Map<String, Ledger> ledgers) {
        this.reporting = reporting;
        this.ledgers = ledgers;
    }

    /** Indexes the won deals; a deal counts for its owner and for each name above the owner in the roll-up map. */
    static WonBookings of(ReportingCurrency reporting, Collection<Deal> deals, Map<String, String> rollUp) {
        Map<String, List<Deal>> byName = new HashMap<>();
        for (Deal deal : deals) {
            if (deal.isWon()) {
                for (String name : chain(deal.owner(), rollUp)) {
                    byName.computeIfAbsent(name, k -> new ArrayList<>()).add(deal);
                }
            }
        }
        Map<String, Ledger> ledgers = new HashMap<>();
        byName.forEach((name, list) -> ledgers.put(name, Ledger.of(list, reporting)));
        return new WonBookings(reporting, ledgers);
    }

    /** The owner followed by every name above it in the roll-up map. */
    static Set<String> chain(String owner, Map<String, String> rollUp) {
        Set<String> names = new LinkedHashSet<>();
        String name = owner;
        while (name != null) {
            if (!names.add(name)) {
                throw cycle(rollUp, name);
            }
            name = rollUp.get(name);
        }
        return names;
    }

    /**
     * Checks that no chain of the roll-up map comes back to a name, in time linear in its size: each name is walked
     * up once, and a walk stops at a name already known to reach the top.
     */
    static void checkAcyclic(Map<String, String> rollUp) {
        Set<String> reachTop = new HashSet<>();
        for (String owner : rollUp.keySet()) {
            Set<String> walked = new HashSet<>();
            for (String name = owner; name != null && !reachTop.contains(name); name = rollUp.get(name)) {
                if (!walked.add(name)) {
                    throw cycle(rollUp, name);
                }
            }
            reachTop.addAll(walked);
        }
    }

    private static IllegalArgumentException cycle(Map<String, String> rollUp, String name) {
        return new IllegalArgumentException(String.format(Locale.ROOT, "rollUp (%,d owners) has a cycle through '%s'",
                rollUp.size(), BoundedText.of(name)));
    }

    /** The sum of the won deals of a name (or the owners rolled up to it) that closed in the period. */
    ExactMoney total(String name, Period period) {
        Ledger ledger = ledgers.get(name);
        if (ledger == null) {
            return reporting.zero();
        }
        int from = ledger.indexOf(period.start());
        int to = ledger.indexOf(period.end());
        return ExactMoney.ofMinor(reporting.currency(), ledger.cumulative[to].subtract(ledger.cumulative[from]));
    }

    /** The ids of those deals, in close-date order (the caller sorts them). */
    List<String> dealIds(String name, Period period) {
        Ledger ledger = ledgers.get(name);
        if (ledger == null) {
            return List.of();
        }
        return List.of(Arrays.copyOfRange(ledger.ids, ledger.indexOf(period.start()), ledger.indexOf(period.end())));
    }

    /** One name's won deals sorted by close date, with running totals: cumulative[i] = sum of the first i. */
    private static final class Ledger {

        private final List<LocalDate> days;
        private final Rational[] cumulative;
        private final String[] ids;

        private Ledger(LocalDate[] days, Rational[] cumulative, String[] ids) {
            this.days = Arrays.asList(days);
            this.cumulative = cumulative;
            this.ids = ids;
        }

        static Ledger of(List<Deal> deals, ReportingCurrency reporting) {
            List<Deal> sorted = new ArrayList<>(deals);
            sorted.sort(Comparator.comparing((Deal d) -> d.closeDate().orElseThrow()));
            int n = sorted.size();
            LocalDate[] days = new LocalDate[n];
            Rational[] cumulative = new Rational[n + 1];
            String[] ids = new String[n];
            cumulative[0] = Rational.ZERO;
            for (int i = 0; i < n; i++) {
                Deal deal = sorted.get(i);
                days[i] = deal.closeDate().orElseThrow();
                cumulative[i + 1] = cumulative[i].add(reporting.convert(deal.amount(), days[i]).minorUnits());
                ids[i] = deal.id();
            }
            return new Ledger(days, cumulative, ids);
        }

        /** The number of deals that closed before the day. */
        int indexOf(LocalDate day) {
            return DatedIndex.countBefore(days, d -> d, day);
        }
    }
}
