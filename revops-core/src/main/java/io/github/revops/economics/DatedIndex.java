package io.github.revops.economics;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/** Binary search over records sorted by a date: how many fall before a day. */
final class DatedIndex {

    private DatedIndex() {
    }

    /** The number of records of a list sorted by date whose date is before the day. */
    static <T> int countBefore(List<T> sortedByDate, Function<? super T, LocalDate> date, LocalDate day) {
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
