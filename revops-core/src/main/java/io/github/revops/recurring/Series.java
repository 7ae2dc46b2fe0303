package io.github.revops.recurring;

import io.github.revops.result.TimeSeries;
import io.github.revops.time.Period;

import java.util.ArrayList;
import java.util.List;

/** Pairs the periods of a series with the results a kernel computed for all of them in one pass. */
final class Series {

    private Series() {
    }

    /** The series of each period with its result, in order. */
    static <R> TimeSeries<R> of(List<Period> periods, List<R> results) {
        List<TimeSeries.Point<R>> points = new ArrayList<>(periods.size());
        for (int i = 0; i < periods.size(); i++) {
            points.add(new TimeSeries.Point<>(periods.get(i), results.get(i)));
        }
        return new TimeSeries<>(points);
    }

    /** The last day of each period. */
    static List<java.time.LocalDate> lastDays(List<Period> periods) {
        return periods.stream().map(Period::lastDay).toList();
    }
}
