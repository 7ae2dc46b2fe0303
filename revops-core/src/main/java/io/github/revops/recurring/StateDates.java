package io.github.revops.recurring;

import io.github.revops.time.Period;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * The state dates of a recurring metric and the in-service rule, written once for every path: a segment
 * {@code [start, end)} is in service on a state date {@code d} when {@code start <= d < end}
 * (docs/metrics.md#recurring-revenue-and-retention, "MRR on a date"), that is at the state indices {@code
 * firstAtOrAfter(start) <= k < firstAtOrAfter(end)}. Every kernel turns a segment's days into that span of indices
 * here, whether the days come from a table row or a subscription record.
 *
 * <p>Days are epoch days as {@code long}, so dates beyond the {@code int} range of a table and periods that start on
 * {@link LocalDate#MIN} (whose start state, the day before, exists only as a number) are answered like any other.
 * <pre>{@code
 * StateDates states = StateDates.ofPeriods(Period.year(2026).months());   // 31 Dec 2025, then each month end
 * states.firstAtOrAfter(LocalDate.of(2026, 2, 10).toEpochDay());           // 2: 28 February is the first on or after
 * }</pre>
 */
final class StateDates {

    /** The widest range of days served by a lookup table; wider ranges use a binary search. */
    private static final long DENSE_SPAN = 1 << 16;

    private final long[] days;
    /** The first state date, or {@code Long.MAX_VALUE} when there is none. */
    private final long first;
    /** The last state date. */
    private final long last;
    /** The answer of {@link #firstAtOrAfter} for each day from the first state date to the last, or null. */
    private final int[] dense;

    private StateDates(long[] days) {
        this.days = days;
        this.first = days.length == 0 ? Long.MAX_VALUE : days[0];
        this.last = days.length == 0 ? Long.MAX_VALUE : days[days.length - 1];
        long span = days.length == 0 ? 0 : days[days.length - 1] - days[0] + 1;
        this.dense = span > 0 && span <= DENSE_SPAN ? new int[(int) span] : null;
        if (dense != null) {
            for (int i = 0, k = 0; i < dense.length; i++) {
                while (days[k] < days[0] + i) {
                    k++;
                }
                dense[i] = k;
            }
        }
    }

    /**
     * The state dates of one date, or of several in any order (duplicates kept once).
     *
     * @param dates  the dates, not null
     * @return the sorted distinct state dates, never null
     */
    static StateDates ofDates(List<LocalDate> dates) {
        return new StateDates(dates.stream().mapToLong(LocalDate::toEpochDay).sorted().distinct().toArray());
    }

    /**
     * The state dates of consecutive periods: state 0 is the day before the first period, state {@code i + 1} the
     * last day of period {@code i}, so period {@code i} runs from state {@code i} (exclusive) to state {@code i + 1}
     * (inclusive).
     *
     * @param periods  consecutive periods, at least one, not null
     * @return the state dates, never null
     * @throws IllegalArgumentException if a period does not start where the previous one ends
     */
    static StateDates ofPeriods(List<Period> periods) {
        long[] days = new long[periods.size() + 1];
        days[0] = periods.get(0).start().toEpochDay() - 1;
        for (int i = 0; i < periods.size(); i++) {
            Period period = periods.get(i);
            if (i > 0 && !period.start().equals(periods.get(i - 1).end())) {
                throw new IllegalArgumentException("periods (" + periods + ") must follow each other");
            }
            days[i + 1] = period.end().toEpochDay() - 1;
        }
        return new StateDates(days);
    }

    /** The number of state dates. */
    int size() {
        return days.length;
    }

    /** The epoch day of state {@code k}. */
    long day(int k) {
        return days[k];
    }

    /** The index of a state date, negative when the day is not one. */
    int indexOf(long day) {
        return Arrays.binarySearch(days, day);
    }

    /**
     * The index of the first state date on or after a day, {@link #size()} when there is none: a segment starting on
     * that day is in service from this state on, and one ending (exclusively) on it up to the state before.
     */
    int firstAtOrAfter(long day) {
        if (day <= first) {
            return 0;
        }
        if (day > last) {
            return days.length;
        }
        if (dense != null) {
            return dense[(int) (day - first)];
        }
        int k = Arrays.binarySearch(days, day);
        return k >= 0 ? k : -k - 1;
    }
}
