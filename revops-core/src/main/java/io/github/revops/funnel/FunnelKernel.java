package io.github.revops.funnel;

import io.github.revops.result.DayHistogram;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Every rule of the buyer funnel, written once over epoch days (docs/metrics.md, "Buyer funnel"); the accumulators
 * of {@link PeriodConversion}, {@link CohortConversion} and {@link LeadVelocityRate} call these methods and nothing
 * else decides what a contact counts as.
 * <ul>
 *   <li>Visibility: a stage date after the as-of date is not seen ({@link #entered}).</li>
 *   <li>Reach: a contact reached stage k on the first of its dates of k or of any later stage, so a skipped stage is
 *       reached when a later one is, and a return to an earlier stage never counts twice ({@link #reach}).</li>
 *   <li>In the period: a reach date d counts in {@code [start, end)} when {@code start <= d < end}
 *       ({@link #within}).</li>
 *   <li>Entries of a period: per stage, the contacts that reached it in the period, and those of them that reached it
 *       on a later stage's date (skipped: no date of their own for it, or only a later one, a return)
 *       ({@link #countReached}).</li>
 *   <li>Transitions of a cohort: for each stage a reached in the period and each later stage b, the days from
 *       reaching a to reaching b, or, when b was not reached by the as-of date, the days from reaching a to the as-of
 *       date (right-censored) ({@link #countTransitions}).</li>
 * </ul>
 */
final class FunnelKernel {

    /** No date: the stage was not entered (or not by the as-of date). Larger than every real epoch day. */
    static final long NONE = Long.MAX_VALUE;
    /** An as-of epoch day that sees every date. */
    static final long ALL_VISIBLE = Long.MAX_VALUE - 1;

    private FunnelKernel() {
    }

    /** Decodes a contact: entered[k] is its date of stage k as an epoch day when on or before asOf, else NONE. */
    static void entered(Map<String, LocalDate> stageDates, List<String> stages, long asOf, long[] entered) {
        for (int k = 0; k < entered.length; k++) {
            LocalDate date = stageDates.get(stages.get(k));
            long day = date == null ? NONE : date.toEpochDay();
            entered[k] = day <= asOf ? day : NONE;
        }
    }

    /** Fills reached[k] with the first entered day of stage k or of any later stage (NONE when there is none). */
    static void reach(long[] entered, long[] reached) {
        long first = NONE;
        for (int k = entered.length - 1; k >= 0; k--) {
            first = Math.min(first, entered[k]);
            reached[k] = first;
        }
    }

    /** Checks if a reach day lies in the half-open period {@code [start, end)}; NONE never does. */
    static boolean within(long day, long start, long end) {
        return day >= start && day < end;
    }

    /** Counts a contact once in each stage it reached in the period, and in skipped when not on its own date. */
    static void countReached(long[] entered, long[] reached, long start, long end, long[] reachedCount,
                             long[] skippedCount) {
        for (int k = 0; k < reached.length; k++) {
            if (within(reached[k], start, end)) {
                reachedCount[k]++;
                if (entered[k] != reached[k]) {
                    skippedCount[k]++;
                }
            }
        }
    }

    /**
     * Counts a contact in the transitions from each stage it reached in the period to each later stage: the days to
     * reach the later stage, or the days observed until the as-of date when it had not; pairs in {@link #pair} order.
     */
    static void countTransitions(long[] reached, long start, long end, long asOf, DayHistogram.Builder[] converted,
                                 DayHistogram.Builder[] censored) {
        int n = reached.length;
        int pair = 0;
        for (int a = 0; a < n; a++) {
            long from = reached[a];
            if (!within(from, start, end)) {
                pair += n - a - 1;
                continue;
            }
            for (int b = a + 1; b < n; b++, pair++) {
                long to = reached[b];
                if (to == NONE) {
                    censored[pair].add(days(from, asOf));
                } else {
                    converted[pair].add(days(from, to));
                }
            }
        }
    }

    /** The number of transitions between n stages: one from each stage to each later one. */
    static int pairs(int n) {
        return n * (n - 1) / 2;
    }

    /** The position of the transition from stage a to a later stage b among n stages: (0,1), (0,2), ..., (1,2), ... */
    static int pair(int a, int b, int n) {
        return a * (2 * n - a - 1) / 2 + (b - a - 1);
    }

    /** The days from one epoch day to a later one, as a day count. */
    static int days(long from, long to) {
        long days = to - from;
        if (days > Integer.MAX_VALUE) {
            throw new ArithmeticException("days from " + LocalDate.ofEpochDay(from) + " to "
                    + LocalDate.ofEpochDay(to) + " (" + days + ") exceed the range of a day count");
        }
        return (int) days;
    }
}
