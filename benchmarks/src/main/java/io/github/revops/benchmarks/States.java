package io.github.revops.benchmarks;

import java.util.Arrays;

/**
 * The 37 state dates of the monthly series, for the hand-written loops: state {@code s} (0 to 36) is the last day of
 * month {@code s - 1}, where month 0 is January 2022 and state 0 is 31 December 2021. A segment {@code [start, end)}
 * counts at state {@code s} when {@code firstState(start) <= s < firstState(end)}.
 */
final class States {

    static final int COUNT = DuckDb.Months.COUNT + 1;
    private static final int[] DAYS = new int[COUNT];
    private static final int FROM;
    private static final int[] FIRST_STATE;

    static {
        for (int s = 0; s < COUNT; s++) {
            DAYS[s] = DuckDb.Months.lastDay(s - 1);
        }
        FROM = DAYS[0];
        FIRST_STATE = new int[DAYS[COUNT - 1] - FROM + 1];
        for (int day = FROM; day <= DAYS[COUNT - 1]; day++) {
            int s = Arrays.binarySearch(DAYS, day);
            FIRST_STATE[day - FROM] = s >= 0 ? s : -s - 1;
        }
    }

    private States() {
    }

    /** The first state whose date is on or after a day: 0 before the first state, {@link #COUNT} after the last. */
    static int firstState(int day) {
        if (day <= FROM) {
            return 0;
        }
        int i = day - FROM;
        return i < FIRST_STATE.length ? FIRST_STATE[i] : COUNT;
    }

    /** The first day of month {@code m} (0 = January 2022): the day after state {@code m}. */
    static int monthStart(int m) {
        return DAYS[m] + 1;
    }
}
