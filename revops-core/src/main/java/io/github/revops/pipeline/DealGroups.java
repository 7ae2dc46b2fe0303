package io.github.revops.pipeline;

import io.github.revops.domain.Deal;
import io.github.revops.domain.UniqueIds;
import io.github.revops.result.Breakdown;
import io.github.revops.result.Mergeable;
import io.github.revops.result.TimeSeries;
import io.github.revops.table.CodeColumn;
import io.github.revops.table.DealTable;
import io.github.revops.time.Granularity;
import io.github.revops.time.Period;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collector;
import java.util.stream.Collectors;

/** Segmentation, time series and input checks shared by the pipeline metrics. */
final class DealGroups {

    private DealGroups() {
    }

    /** Rejects a null collection or deal, and duplicate ids (METRICS.md 0). */
    static <C extends Collection<Deal>> C checked(C deals) {
        Objects.requireNonNull(deals, "deals");
        for (Deal deal : deals) {
            Objects.requireNonNull(deal, "deals must not contain null");
        }
        UniqueIds.check(deals, Deal::id, "deal");
        return deals;
    }

    /**
     * Computes a metric per group: the groups are every key found among the deals (whether or not the deals count
     * in the metric's period) and, for an enum key, every constant of the enum ({@link Breakdown} adds them); keys in
     * natural order.
     */
    static <K extends Comparable<? super K>, R extends Mergeable<R>> Breakdown<K, R> breakdown(
            Collection<Deal> deals, Function<? super Deal, ? extends K> key, Collector<Deal, ?, R> metric, R empty) {
        Objects.requireNonNull(key, "key");
        Function<Deal, K> checkedKey = deal -> Objects.requireNonNull(key.apply(deal),
                () -> "the group key of deal '" + deal.id() + "' is null");
        SortedMap<K, R> groups = checked(deals).stream()
                .collect(Collectors.groupingBy(checkedKey, TreeMap::new, metric));
        return Breakdown.of(groups, Comparator.naturalOrder(), empty);
    }

    /**
     * Groups the rows of a table by a dictionary-encoded column and computes a metric per group with one
     * accumulator per code; as for deals, a group exists for each value that some row holds.
     */
    static <A extends RowAccumulator & DealAccumulator<A, R>, R extends Mergeable<R>> Breakdown<String, R> breakdown(
            DealTable rows, CodeColumn key, Supplier<A> fresh, R empty) {
        Objects.requireNonNull(key, "key");
        if (key.size() != rows.size()) {
            throw new IllegalArgumentException("key column (" + key.size() + " rows) must be a column of the table ("
                    + rows.size() + " rows)");
        }
        List<A> groups = new ArrayList<>(Collections.nCopies(key.values().size(), null));
        for (int r = 0, n = rows.size(); r < n; r++) {
            int code = key.code(r);
            if (code == CodeColumn.ABSENT) {
                throw new IllegalArgumentException("row " + r + " has no value in the key column");
            }
            A group = groups.get(code);
            if (group == null) {
                group = fresh.get();
                groups.set(code, group);
            }
            group.addRow(rows, r);
        }
        SortedMap<String, R> results = new TreeMap<>();
        for (int code = 0; code < groups.size(); code++) {
            if (groups.get(code) != null) {
                results.put(key.values().get(code), groups.get(code).result());
            }
        }
        return Breakdown.of(results, Comparator.naturalOrder(), empty);
    }

    /** Computes a metric per period of a granularity over a range (the deals are checked once). */
    static <R> TimeSeries<R> series(Collection<Deal> deals, Period range, Granularity granularity,
                                    Function<Period, R> metric) {
        checked(deals);
        return TimeSeries.of(range, granularity, metric);
    }
}
