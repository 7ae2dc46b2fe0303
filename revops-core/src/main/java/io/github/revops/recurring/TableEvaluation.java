package io.github.revops.recurring;

import io.github.revops.math.Rational;
import io.github.revops.money.ExactMoney;
import io.github.revops.result.TimeSeries;
import io.github.revops.table.SubscriptionTable;
import io.github.revops.time.Period;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.TreeMap;

/**
 * Evaluates the recurring-revenue metrics on a {@link SubscriptionTable} in one pass over its rows for every period
 * of a series. A segment is in service on the state dates {@code start <= d < end} (METRICS.md 10, 11), so each
 * paying row adds its exact monthly numerator to a difference array over the sorted state dates; a customer's rows
 * are adjacent, so its MRR at every state date is a running sum, classified with the accumulators' own rules
 * ({@link MrrBridge#classify}, {@link LogoChurn.Tally}). Nothing is allocated per row; per customer only the ids
 * that a result lists are added to its lists.
 */
final class TableEvaluation {

    private TableEvaluation() {
    }

    /** The total MRR on each date (dates need not be sorted). */
    static List<MrrTotal> totals(SubscriptionTable t, List<LocalDate> dates) {
        StateDates states = StateDates.of(dates);
        long[] delta = new long[states.size() + 1];
        for (int r = 0, n = t.size(); r < n; r++) {
            if (t.isPaying(r)) {
                inService(t, r, states, delta, null);
            }
        }
        long[] value = states.runningSums(delta);
        List<MrrTotal> totals = new ArrayList<>(dates.size());
        for (LocalDate date : dates) {
            totals.add(new MrrTotal(date, money(t, value[states.indexOf(date)])));
        }
        return totals;
    }

    /** The MRR of every customer of the table on a date, customers without MRR at zero. */
    static MrrSnapshot snapshot(SubscriptionTable t, LocalDate date) {
        long day = date.toEpochDay();
        TreeMap<String, ExactMoney> byCustomer = new TreeMap<>();
        int r = 0;
        int n = t.size();
        while (r < n) {
            int customer = t.customer().code(r);
            long sum = 0;
            for (; r < n && t.customer().code(r) == customer; r++) {
                if (t.isPaying(r) && t.startDay(r) <= day && day < t.endDay(r)) {
                    sum = Math.addExact(sum, t.monthlyNumerator(r));
                }
            }
            byCustomer.put(t.customer().values().get(customer), money(t, sum));
        }
        return new MrrSnapshot(date, t.currency(), byCustomer);
    }

    /**
     * The MRR bridge of each period. Totals and customer counts at the state dates come from table-wide difference
     * arrays; a customer is classified only where its MRR changes: a change between two consecutive state dates is
     * the movement of the period between them.
     */
    static List<MrrBridge> bridges(SubscriptionTable t, List<Period> periods) {
        Periods p = Periods.of(periods);
        StateDates states = p.states;
        int count = periods.size();
        long[] total = new long[states.size() + 1];
        long[] paying = new long[states.size() + 1];
        MovementType[] types = MovementType.values();
        long[][] amounts = new long[count][types.length];
        CustomerIds[][] who = new CustomerIds[count][types.length];
        for (CustomerIds[] lists : who) {
            Arrays.setAll(lists, k -> new CustomerIds());
        }
        long[] periodStart = p.periodStart;
        List<String> ids = t.customer().values();
        Events events = new Events();
        int r = 0;
        int n = t.size();
        while (r < n) {
            int customer = t.customer().code(r);
            events.clear();
            long firstPaid = Long.MAX_VALUE;
            for (; r < n && t.customer().code(r) == customer; r++) {
                if (t.isPaying(r)) {
                    firstPaid = Math.min(firstPaid, t.startDay(r));
                    inService(t, r, states, total, events);
                }
            }
            events.sort();
            long before = 0;
            for (int e = 0; e < events.size(); ) {
                int k = events.index(e);
                long after = before;
                for (; e < events.size() && events.index(e) == k; e++) {
                    after = Math.addExact(after, events.delta(e));
                }
                if (after == before) {
                    continue;
                }
                paying[k] += before == 0 ? 1 : after == 0 ? -1 : 0;
                int i = k - 1;   // the period whose start state is k - 1 and end state k
                if (i >= 0 && i < count) {
                    MovementType type = MrrBridge.classify(Long.signum(before), Long.signum(after),
                            Long.compare(after, before), firstPaid < periodStart[i]);
                    if (type != null) {
                        int m = type.ordinal();
                        amounts[i][m] = Math.addExact(amounts[i][m],
                                type == MovementType.CHURN ? before : Math.abs(Math.subtractExact(after, before)));
                        who[i][m].add(ids.get(customer));
                    }
                }
                before = after;
            }
        }
        long[] mrr = states.runningSums(total).clone();
        long[] customers = states.runningSums(paying);
        Currency currency = t.currency();
        List<MrrBridge> bridges = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Movement[] m = new Movement[types.length];
            for (int k = 0; k < types.length; k++) {
                m[k] = new Movement(money(t, amounts[i][k]), who[i][k].ids());
            }
            bridges.add(new MrrBridge(periods.get(i), currency, money(t, mrr[i]), money(t, mrr[i + 1]),
                    customers[i], customers[i + 1], m[MovementType.NEW.ordinal()],
                    m[MovementType.EXPANSION.ordinal()], m[MovementType.REACTIVATION.ordinal()],
                    m[MovementType.CONTRACTION.ordinal()], m[MovementType.CHURN.ordinal()],
                    ExactMoney.zero(currency)));
        }
        return bridges;
    }

    /**
     * The logo churn of each period under a policy (METRICS.md 7), from the changes of each customer's count of
     * paying segments in service at the state dates: a customer whose count falls to zero between the two state
     * dates of a period churned in it; one whose count rises from zero joined and stayed; one without service at
     * either state date but with a segment inside the period joined and left. Customers at the start are counted
     * table-wide.
     */
    static List<LogoChurn> churn(SubscriptionTable t, List<Period> periods, ChurnPolicy policy) {
        Periods p = Periods.of(periods);
        StateDates states = p.states;
        int count = periods.size();
        boolean atCancellation = policy.recognition() == ChurnRecognition.AT_CANCELLATION;
        long[] active = new long[states.size() + 1];
        long[] stayed = new long[count];
        CustomerIds[] churned = new CustomerIds[count];
        CustomerIds[] left = new CustomerIds[count];
        Arrays.setAll(churned, i -> new CustomerIds());
        Arrays.setAll(left, i -> new CustomerIds());
        List<String> ids = t.customer().values();
        Events events = new Events();
        Events inside = new Events();
        int r = 0;
        int n = t.size();
        while (r < n) {
            int customer = t.customer().code(r);
            events.clear();
            inside.clear();
            for (; r < n && t.customer().code(r) == customer; r++) {
                if (!t.isPaying(r)) {
                    continue;
                }
                int startDay = t.startDay(r);
                int stop = atCancellation ? Math.min(t.endDay(r), t.cancellationDay(r)) : t.endDay(r);
                if (startDay >= stop) {
                    continue;
                }
                int from = states.firstAtOrAfter(startDay);
                int to = states.firstAtOrAfter(stop);
                if (from < to) {
                    events.add(from, 1);
                    events.add(to, -1);
                } else if (from >= 1 && from <= count) {
                    inside.add(from, 0);   // in service only between state dates from - 1 and from
                }
            }
            events.sort();
            long before = 0;
            for (int e = 0; e < events.size(); ) {
                int k = events.index(e);
                long after = before;
                for (; e < events.size() && events.index(e) == k; e++) {
                    after += events.delta(e);
                }
                if ((before == 0) != (after == 0)) {
                    active[k] += after == 0 ? -1 : 1;
                }
                int i = k - 1;
                if (i >= 0 && i < count && (before == 0) != (after == 0)) {
                    if (after == 0) {
                        churned[i].add(ids.get(customer));
                    } else {
                        stayed[i]++;
                    }
                }
                before = after;
            }
            inside.sort();
            for (int e = 0; e < inside.size(); e++) {
                int k = inside.index(e);
                if ((e == 0 || inside.index(e - 1) != k) && events.valueAt(k - 1) == 0 && events.valueAt(k) == 0) {
                    left[k - 1].add(ids.get(customer));
                }
            }
        }
        long[] atStart = states.runningSums(active);
        List<LogoChurn> result = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            result.add(new LogoChurn(periods.get(i), policy, atStart[i], churned[i].ids(),
                    stayed[i], left[i].ids()));
        }
        return result;
    }

    /**
     * Adds a paying row's monthly numerator to the state dates it is in service on ({@code start <= d < end}): to a
     * difference array and, when given, to the customer's events.
     */
    private static void inService(SubscriptionTable t, int r, StateDates states, long[] delta, Events events) {
        int from = states.firstAtOrAfter(t.startDay(r));
        int to = states.firstAtOrAfter(t.endDay(r));
        if (from < to) {
            long v = t.monthlyNumerator(r);
            delta[from] = Math.addExact(delta[from], v);
            delta[to] = Math.subtractExact(delta[to], v);
            if (events != null) {
                events.add(from, v);
                events.add(to, -v);
            }
        }
    }

    /** Pairs each period with its result. */
    static <R> TimeSeries<R> series(List<Period> periods, List<R> results) {
        List<TimeSeries.Point<R>> points = new ArrayList<>(periods.size());
        for (int i = 0; i < periods.size(); i++) {
            points.add(new TimeSeries.Point<>(periods.get(i), results.get(i)));
        }
        return new TimeSeries<>(points);
    }

    private static ExactMoney money(SubscriptionTable t, long numerator) {
        return ExactMoney.ofMinor(t.currency(), Rational.of(numerator, t.monthlyDenominator()));
    }

    /** The sorted distinct state dates, with a lookup from a day to the first state date on or after it. */
    private static final class StateDates {

        private final int[] days;
        private final int[] firstAtOrAfter;
        private final long[] running;

        private StateDates(int[] days) {
            this.days = days;
            this.firstAtOrAfter = new int[days.length == 0 ? 0 : days[days.length - 1] - days[0] + 1];
            for (int i = 0; i < firstAtOrAfter.length; i++) {
                int k = Arrays.binarySearch(days, days[0] + i);
                firstAtOrAfter[i] = k >= 0 ? k : -k - 1;
            }
            this.running = new long[days.length];
        }

        static StateDates of(List<LocalDate> dates) {
            return new StateDates(dates.stream().mapToInt(d -> Math.toIntExact(d.toEpochDay())).sorted().distinct()
                    .toArray());
        }

        int size() {
            return days.length;
        }

        int indexOf(LocalDate date) {
            return Arrays.binarySearch(days, Math.toIntExact(date.toEpochDay()));
        }

        /** The index of the first state date on or after a day; {@link #size()} when there is none. */
        int firstAtOrAfter(int day) {
            if (days.length == 0 || day <= days[0]) {
                return 0;
            }
            long i = (long) day - days[0];   // in long: an open end (the last int day) minus a day before 1970
            return i < firstAtOrAfter.length ? firstAtOrAfter[(int) i] : days.length;
        }

        /** The running sums of a difference array: the value at each state date (reuses one array). */
        long[] runningSums(long[] delta) {
            long sum = 0;
            for (int k = 0; k < days.length; k++) {
                sum += delta[k];
                running[k] = sum;
            }
            return running;
        }
    }

    /** A customer's changes at state date indices: small parallel arrays, reused across customers. */
    private static final class Events {

        private int[] index = new int[16];
        private long[] delta = new long[16];
        private int size;
        /** Whether the events were added in index order (usual: a customer's segments follow each other). */
        private boolean sorted = true;

        void clear() {
            size = 0;
            sorted = true;
        }

        void add(int k, long d) {
            if (size == index.length) {
                index = Arrays.copyOf(index, size * 2);
                delta = Arrays.copyOf(delta, size * 2);
            }
            sorted &= size == 0 || index[size - 1] <= k;
            index[size] = k;
            delta[size++] = d;
        }

        int size() {
            return size;
        }

        int index(int e) {
            return index[e];
        }

        long delta(int e) {
            return delta[e];
        }

        /** Insertion sort by index: a customer has few segments. */
        void sort() {
            if (sorted) {
                return;
            }
            for (int i = 1; i < size; i++) {
                int k = index[i];
                long d = delta[i];
                int j = i - 1;
                while (j >= 0 && index[j] > k) {
                    index[j + 1] = index[j];
                    delta[j + 1] = delta[j];
                    j--;
                }
                index[j + 1] = k;
                delta[j + 1] = d;
            }
        }

        /** The running sum of the deltas at indices up to k (the events sorted). */
        long valueAt(int k) {
            long sum = 0;
            for (int e = 0; e < size && index[e] <= k; e++) {
                sum += delta[e];
            }
            return sum;
        }
    }

    /** Consecutive periods: period i runs from state date i (exclusive) to state date i + 1 (inclusive). */
    private static final class Periods {

        /** The state dates: the day before the first period, then each period's last day (index i + 1). */
        final StateDates states;
        /** Each period's first day as an epoch day. */
        final long[] periodStart;

        private Periods(List<Period> periods) {
            List<LocalDate> dates = new ArrayList<>();
            int count = periods.size();
            periodStart = new long[count];
            for (int i = 0; i < count; i++) {
                Period period = periods.get(i);
                if (i > 0 && !period.start().equals(periods.get(i - 1).end())) {
                    throw new IllegalArgumentException("periods (" + periods + ") must follow each other");
                }
                if (i == 0) {
                    dates.add(period.start().minusDays(1));
                }
                dates.add(period.lastDay());
                periodStart[i] = period.start().toEpochDay();
            }
            states = StateDates.of(dates);
        }

        static Periods of(List<Period> periods) {
            return new Periods(periods);
        }
    }
}
