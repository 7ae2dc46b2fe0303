package io.github.revops.pipeline;

import io.github.revops.domain.Deal;
import io.github.revops.table.DealTable;

/**
 * The primitive view of a deal that the pipeline accumulators select on, shared by {@link Deal} records and
 * {@link DealTable} rows: dates as epoch days, an open deal's close day {@link DealTable#NO_CLOSE}.
 */
final class DealRows {

    private DealRows() {
    }

    /** The created date's epoch day. */
    static long createdDay(Deal deal) {
        return deal.createdDate().toEpochDay();
    }

    /** The close date's epoch day, or {@link DealTable#NO_CLOSE}. */
    static long closeDay(Deal deal) {
        return deal.closeDate().isPresent() ? deal.closeDate().get().toEpochDay() : DealTable.NO_CLOSE;
    }

    /**
     * True when {@code start <= day < end}; false for {@link DealTable#NO_CLOSE}, even in a period that starts before
     * the smallest {@code int} day (such as one from {@code LocalDate.MIN}).
     */
    static boolean within(long day, long start, long end) {
        return day != DealTable.NO_CLOSE && day >= start && day < end;
    }
}
