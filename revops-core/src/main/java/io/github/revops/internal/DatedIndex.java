package io.github.revops.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/**
 * Binary search over records sorted by a date: how many fall before a day. With the count before a period's start
 * and before its end, the records dated in the period are one sub-list.
 *
 * <p>Internal: this package is not exported by the module and may change in any release.
 */
public final class DatedIndex {

    private DatedIndex() {
    }

    /**
     * Returns the number of records of a list sorted by date whose date is before a day.
     *
     * @param <T>  the record type
     * @param sortedByDate  the records, in date order, not null
     * @param date  the date of a record, not null
     * @param day  the day, not null
     * @return the number of records dated before the day
     */
    public static <T> int countBefore(List<T> sortedByDate, Function<? super T, LocalDate> date, LocalDate day) {
        int low = 0;
        int high = sortedByDate.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (date.apply(sortedByDate.get(mid)).isBefore(day)) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
