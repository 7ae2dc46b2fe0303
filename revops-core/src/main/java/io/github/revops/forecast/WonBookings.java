package io.github.revops.forecast;

import io.github.revops.domain.Deal;
import io.github.revops.money.CurrencyMismatchException;
import io.github.revops.money.Money;
import io.github.revops.time.Period;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Won bookings per owner (rolled up to every submitter above the owner), indexed by close date so that the bookings
 * of a period are two binary searches and a subtraction.
 */
final class WonBookings {

    private final Currency currency;
    private final Map<String, Ledger> ledgers;

    private WonBookings(Currency currency, Map<String, Ledger> ledgers) {
        this.currency = currency;
        this.ledgers = ledgers;
    }

    /**
     * Indexes the won deals; every deal, won or not, must be in the currency (amounts in two currencies are never
     * added). A deal counts for its owner and for each name above the owner in the roll-up map.
     */
    static WonBookings of(Currency currency, Collection<Deal> deals, Map<String, String> rollUp) {
        Objects.requireNonNull(currency, "currency");
        Map<String, List<Deal>> byName = new HashMap<>();
        for (Deal deal : deals) {
            Currency c = deal.amount().currency();
            if (!c.equals(currency)) {
                throw new CurrencyMismatchException(currency, c);
            }
            if (deal.isWon()) {
                for (String name : chain(deal.owner(), rollUp)) {
                    byName.computeIfAbsent(name, k -> new ArrayList<>()).add(deal);
                }
            }
        }
        Map<String, Ledger> ledgers = new HashMap<>();
        byName.forEach((name, list) -> ledgers.put(name, Ledger.of(list)));
        return new WonBookings(currency, ledgers);
    }

    /** The owner followed by every name above it in the roll-up map. */
    static Set<String> chain(String owner, Map<String, String> rollUp) {
        Set<String> names = new LinkedHashSet<>();
        String name = owner;
        while (name != null) {
            if (!names.add(name)) {
                throw new IllegalArgumentException("rollUp (" + rollUp + ") has a cycle through '" + name + "'");
            }
            name = rollUp.get(name);
        }
        return names;
    }

    /** The sum of the won deals of a submitter (or the owners rolled up to it) that closed in the period. */
    Money total(String submitter, Period period) {
        Ledger ledger = ledgers.get(submitter);
        if (ledger == null) {
            return Money.zero(currency);
        }
        int from = ledger.indexOf(period.start().toEpochDay());
        int to = ledger.indexOf(period.end().toEpochDay());
        return Money.ofMinor(currency, Math.subtractExact(ledger.cumulative[to], ledger.cumulative[from]));
    }

    /** The ids of those deals, sorted. */
    List<String> dealIds(String submitter, Period period) {
        Ledger ledger = ledgers.get(submitter);
        if (ledger == null) {
            return List.of();
        }
        int from = ledger.indexOf(period.start().toEpochDay());
        int to = ledger.indexOf(period.end().toEpochDay());
        String[] ids = Arrays.copyOfRange(ledger.ids, from, to);
        Arrays.sort(ids);
        return List.of(ids);
    }

    /** One name's won deals sorted by close date, with running totals: cumulative[i] = sum of the first i. */
    private static final class Ledger {

        private final long[] days;
        private final long[] cumulative;
        private final String[] ids;

        private Ledger(long[] days, long[] cumulative, String[] ids) {
            this.days = days;
            this.cumulative = cumulative;
            this.ids = ids;
        }

        static Ledger of(List<Deal> deals) {
            List<Deal> sorted = new ArrayList<>(deals);
            sorted.sort(Comparator.comparing((Deal d) -> d.closeDate().orElseThrow()));
            int n = sorted.size();
            long[] days = new long[n];
            long[] cumulative = new long[n + 1];
            String[] ids = new String[n];
            for (int i = 0; i < n; i++) {
                Deal deal = sorted.get(i);
                days[i] = deal.closeDate().orElseThrow().toEpochDay();
                cumulative[i + 1] = Math.addExact(cumulative[i], deal.amount().minorUnits());
                ids[i] = deal.id();
            }
            return new Ledger(days, cumulative, ids);
        }

        /** The number of deals that closed before the day. */
        int indexOf(long day) {
            int low = 0;
            int high = days.length;
            while (low < high) {
                int mid = (low + high) >>> 1;
                if (days[mid] < day) {
                    low = mid + 1;
                } else {
                    high = mid;
                }
            }
            return low;
        }
    }
}
