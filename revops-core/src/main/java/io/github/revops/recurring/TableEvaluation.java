package io.github.revops.recurring;

import io.github.revops.math.Rational;
import io.github.revops.money.ExactMoney;
import io.github.revops.result.TimeSeries;
import io.github.revops.table.SubscriptionTable;
import io.github.revops.time.Period;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
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
                int from = states.firstAtOrAfter(t.startDay(r));
                int to = states.firstAtOrAfter(t.endDay(r));
                if (from < to) {
                    long v = t.monthlyNumerator(r);
                    delta[from] = Math.addExact(delta[from], v);
                    delta[to] = Math.subtractExact(delta[to], v);
                }
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

    /** The MRR bridge of each period. */
    static List<MrrBridge> bridges(SubscriptionTable t, List<Period> periods) {
        Periods p = Periods.of(periods);
        StateDates states = p.states;
        int count = periods.size();
        long[] delta = new long[states.size() + 1];
        long[] start = new long[count];
        long[] end = new long[count];
        long[] atStart = new long[count];
        long[] atEnd = new long[count];
        MovementType[] types = MovementType.values();
        long[][] amounts = new long[count][types.length];
        List<List<List<String>>> who = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            List<List<String>> lists = new ArrayList<>(types.length);
            for (int k = 0; k < types.length; k++) {
                lists.add(new ArrayList<>());
            }
            who.add(lists);
        }
        List<String> ids = t.customer().values();
        int r = 0;
        int n = t.size();
        while (r < n) {
            int customer = t.customer().code(r);
            Arrays.fill(delta, 0);
            long firstPaid = Long.MAX_VALUE;
            for (; r < n && t.customer().code(r) == customer; r++) {
                if (t.isPaying(r)) {
                    firstPaid = Math.min(firstPaid, t.startDay(r));
                    int from = states.firstAtOrAfter(t.startDay(r));
                    int to = states.firstAtOrAfter(t.endDay(r));
                    if (from < to) {
                        long v = t.monthlyNumerator(r);
                        delta[from] = Math.addExact(delta[from], v);
                        delta[to] = Math.subtractExact(delta[to], v);
                    }
                }
            }
            if (firstPaid == Long.MAX_VALUE) {
                continue;
            }
            long[] value = states.runningSums(delta);
            for (int i = 0; i < count; i++) {
                long before = value[p.startState[i]];
                long after = value[p.endState[i]];
                if (before == 0 && after == 0) {
                    continue;
                }
                start[i] = Math.addExact(start[i], before);
                end[i] = Math.addExact(end[i], after);
                atStart[i] += before > 0 ? 1 : 0;
                atEnd[i] += after > 0 ? 1 : 0;
                MovementType type = MrrBridge.classify(Long.signum(before), Long.signum(after),
                        Long.compare(after, before), firstPaid < p.periodStart[i]);
                if (type != null) {
                    int k = type.ordinal();
                    amounts[i][k] = Math.addExact(amounts[i][k],
                            type == MovementType.CHURN ? before : Math.abs(Math.subtractExact(after, before)));
                    who.get(i).get(k).add(ids.get(customer));
                }
            }
        }
        Currency currency = t.currency();
        List<MrrBridge> bridges = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Movement[] m = new Movement[types.length];
            for (int k = 0; k < types.length; k++) {
                m[k] = new Movement(money(t, amounts[i][k]), who.get(i).get(k));
            }
            bridges.add(new MrrBridge(periods.get(i), currency, money(t, start[i]), money(t, end[i]), atStart[i],
                    atEnd[i], m[MovementType.NEW.ordinal()], m[MovementType.EXPANSION.ordinal()],
                    m[MovementType.REACTIVATION.ordinal()], m[MovementType.CONTRACTION.ordinal()],
                    m[MovementType.CHURN.ordinal()], ExactMoney.zero(currency)));
        }
        return bridges;
    }

    /** The logo churn of each period under a policy. */
    static List<LogoChurn> churn(SubscriptionTable t, List<Period> periods, ChurnPolicy policy) {
        Periods p = Periods.of(periods);
        StateDates states = p.states;
        int count = periods.size();
        boolean atCancellation = policy.recognition() == ChurnRecognition.AT_CANCELLATION;
        long[] active = new long[states.size() + 1];
        long[] during = new long[count + 1];
        List<LogoChurn.Tally> tallies = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            tallies.add(new LogoChurn.Tally());
        }
        List<String> ids = t.customer().values();
        int r = 0;
        int n = t.size();
        while (r < n) {
            int customer = t.customer().code(r);
            Arrays.fill(active, 0);
            Arrays.fill(during, 0);
            boolean any = false;
            for (; r < n && t.customer().code(r) == customer; r++) {
                if (!t.isPaying(r)) {
                    continue;
                }
                int startDay = t.startDay(r);
                int stop = atCancellation ? Math.min(t.endDay(r), t.cancellationDay(r)) : t.endDay(r);
                if (startDay >= stop) {
                    continue;
                }
                any = true;
                int from = states.firstAtOrAfter(startDay);
                int to = states.firstAtOrAfter(stop);
                if (from < to) {
                    active[from]++;
                    active[to]--;
                }
                int first = p.firstEndingOnOrAfter(startDay);
                int last = p.firstStartingOnOrAfter(stop);
                if (first < last) {
                    during[first]++;
                    during[last]--;
                }
            }
            if (!any) {
                continue;
            }
            long[] activeAt = states.runningSums(active);
            long inPeriod = 0;
            String id = ids.get(customer);
            for (int i = 0; i < count; i++) {
                inPeriod += during[i];
                int flags = (activeAt[p.startState[i]] > 0 ? LogoChurn.AT_START : 0)
                        | (activeAt[p.endState[i]] > 0 ? LogoChurn.AT_END : 0)
                        | (inPeriod > 0 ? LogoChurn.DURING : 0);
                if (flags != 0) {
                    tallies.get(i).add(flags, id);
                }
            }
        }
        List<LogoChurn> result = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            result.add(tallies.get(i).result(periods.get(i), policy));
        }
        return result;
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
            int i = day - days[0];
            return i < firstAtOrAfter.length ? firstAtOrAfter[i] : days.length;
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

    /** The periods of a series as epoch days: their first days and state dates, in time order. */
    private static final class Periods {

        final StateDates states;
        final int[] startState;
        final int[] endState;
        final long[] periodStart;
        private final int[] firstDay;
        private final int[] lastDay;

        private Periods(List<Period> periods) {
            List<LocalDate> dates = new ArrayList<>();
            int count = periods.size();
            firstDay = new int[count];
            lastDay = new int[count];
            periodStart = new long[count];
            for (int i = 0; i < count; i++) {
                Period period = periods.get(i);
                if (i > 0 && !period.start().isAfter(periods.get(i - 1).start())) {
                    throw new IllegalArgumentException("periods (" + periods + ") must be in time order");
                }
                dates.add(period.start().minusDays(1));
                dates.add(period.lastDay());
                firstDay[i] = Math.toIntExact(period.start().toEpochDay());
                lastDay[i] = Math.toIntExact(period.lastDay().toEpochDay());
                periodStart[i] = firstDay[i];
            }
            states = StateDates.of(dates);
            startState = new int[count];
            endState = new int[count];
            for (int i = 0; i < count; i++) {
                startState[i] = states.indexOf(periods.get(i).start().minusDays(1));
                endState[i] = states.indexOf(periods.get(i).lastDay());
            }
        }

        static Periods of(List<Period> periods) {
            return new Periods(Collections.unmodifiableList(periods));
        }

        /** The first period whose last day is on or after a day (a segment starting that day can touch it). */
        int firstEndingOnOrAfter(int day) {
            int lo = 0;
            int hi = lastDay.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (lastDay[mid] < day) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }

        /** The first period starting on or after a day (a segment stopping that day cannot touch it). */
        int firstStartingOnOrAfter(int day) {
            int lo = 0;
            int hi = firstDay.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (firstDay[mid] < day) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }
    }
}
