package io.github.revops.pipeline;

import io.github.revops.domain.Deal;
import io.github.revops.internal.DealFields;
import io.github.revops.internal.IdCheck;
import io.github.revops.internal.RecordGroups;
import io.github.revops.result.Breakdown;
import io.github.revops.result.Mergeable;
import io.github.revops.result.TimeSeries;
import io.github.revops.table.CodeColumn;
import io.github.revops.table.DealTable;
import io.github.revops.time.Granularity;
import io.github.revops.time.Period;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collector;

/**
 * The entry points' plumbing shared by the pipeline metrics, over any kernel ({@link DealCells}): input checks, one
 * result, a result per group and per period, a collector, over deal records and over {@link DealTable} rows. No
 * metric rule lives here.
 */
final class DealGroups {

    private static final RecordGroups<Deal> DEALS = RecordGroups.of("deals", "deal", Deal::id,
            DealFields::idHash);

    private DealGroups() {
    }

    /** A kernel of a period over a source with a no-close marker, with a number of slots (0: ungrouped). */
    @FunctionalInterface
    interface Kernel<C> {

        /** Makes a fresh kernel. */
        C fresh(Window window, int slots);
    }

    /** Rejects a null collection or deal, and duplicate ids (docs/metrics.md#conventions). */
    static <C extends Collection<Deal>> C checked(C deals) {
        return DEALS.checked(deals);
    }

    /** The result of deal records in a period: one pass through the kernel, ids checked on the way. */
    static <C extends DealCells<C, R>, R> R of(Collection<Deal> deals, Period period, Amounts amounts,
                                               Kernel<C> kernel) {
        C cells = kernel.fresh(Window.of(period, DealFields.NO_CLOSE), 0);
        scanChecked(deals, cells, null, amounts);
        return cells.total(amounts.currency());
    }

    /**
     * The result of each group of deal records: the groups are every key found among the deals (whether or not they
     * count in the period), keys in natural order ({@link Breakdown} lists an enum key's every constant).
     */
    static <K extends Comparable<? super K>, C extends DealCells<C, R>, R extends Mergeable<R>> Breakdown<K, R> by(
            Collection<Deal> deals, Period period, Amounts amounts, Function<? super Deal, ? extends K> key,
            Kernel<C> kernel, R empty) {
        RecordKeys<K> keys = new RecordKeys<>(key);
        C cells = kernel.fresh(Window.of(period, DealFields.NO_CLOSE), 8);
        scanChecked(deals, cells, keys, amounts);
        Map<K, R> groups = new HashMap<>();
        for (int slot = 0; slot < keys.keys().size(); slot++) {
            groups.put(keys.keys().get(slot), cells.result(slot, amounts.currency()));
        }
        return Breakdown.of(groups, Comparator.naturalOrder(), empty);
    }

    /** The result of deal records in each period of a granularity over a range (ids checked once). */
    static <C extends DealCells<C, R>, R> TimeSeries<R> series(Collection<Deal> deals, Period range,
                                                             Granularity granularity, Amounts amounts,
                                                             Kernel<C> kernel) {
        checked(deals);
        return TimeSeries.of(range, granularity, p -> {
            Amounts fresh = amounts.fresh();
            return kernel.fresh(Window.of(p, DealFields.NO_CLOSE), 0).scan(deals, null, fresh, null)
                    .total(fresh.currency());
        });
    }

    /** A collector of deal records in a period, one kernel per thread; it does not check ids. */
    static <C extends DealCells<C, R>, R> Collector<Deal, ?, R> collector(Period period, Amounts amounts,
                                                                        Kernel<C> kernel) {
        Window window = Window.of(period, DealFields.NO_CLOSE);
        return Collector.<Deal, Partial<C>, R>of(() -> new Partial<>(kernel.fresh(window, 0), amounts.fresh()),
                Partial::add, Partial::addAll, p -> p.cells.total(p.amounts.currency()),
                Collector.Characteristics.UNORDERED);
    }

    /** A collector's state: a kernel and its amounts. */
    private static final class Partial<C extends DealCells<C, ?>> {

        final C cells;
        final Amounts amounts;

        Partial(C cells, Amounts amounts) {
            this.cells = cells;
            this.amounts = amounts;
        }

        void add(Deal deal) {
            cells.add(0, deal, amounts);
        }

        Partial<C> addAll(Partial<C> other) {
            amounts.merge(other.amounts);
            cells.addAll(other.cells);
            return this;
        }
    }

    /** The result of a table's rows in a period: one pass through the kernel. */
    static <C extends DealCells<C, R>, R> R of(DealTable rows, Period period, Kernel<C> kernel) {
        return kernel.fresh(Window.of(period, DealTable.NO_CLOSE), 0).scan(rows, null).total(rows.currency());
    }

    /**
     * The result of each group of a table's rows, the groups given by a dictionary-encoded column of the same table;
     * as for records, a group exists for each value that some row holds.
     */
    static <C extends DealCells<C, R>, R extends Mergeable<R>> Breakdown<String, R> by(DealTable rows, Period period,
                                                                                     CodeColumn key,
                                                                                     Kernel<C> kernel, R empty) {
        boolean[] present = presentCodes(rows, key);
        C cells = kernel.fresh(Window.of(period, DealTable.NO_CLOSE), Math.max(1, present.length)).scan(rows, key);
        SortedMap<String, R> groups = new TreeMap<>();
        for (int code = 0; code < present.length; code++) {
            if (present[code]) {
                groups.put(key.values().get(code), cells.result(code, rows.currency()));
            }
        }
        return Breakdown.of(groups, Comparator.naturalOrder(), empty);
    }

    /** The result of a table's rows in each period of a granularity over a range. */
    static <C extends DealCells<C, R>, R> TimeSeries<R> series(DealTable rows, Period range, Granularity granularity,
                                                             Kernel<C> kernel) {
        return TimeSeries.of(range, granularity, p -> of(rows, p, kernel));
    }

    /**
     * Computes a metric per group with a collector: the groups are every key found among the deals, keys in natural
     * order.
     */
    static <K extends Comparable<? super K>, R extends Mergeable<R>> Breakdown<K, R> breakdown(
            Collection<Deal> deals, Function<? super Deal, ? extends K> key, Collector<Deal, ?, R> metric, R empty) {
        return DEALS.breakdown(deals, key, metric, empty);
    }

    /**
     * Scans deal records through a kernel, taking their ids on the way, then checks the ids. When the scan fails, the
     * input's own faults (a null deal, a duplicate id) are reported first, as a check before the scan would have.
     */
    private static void scanChecked(Collection<Deal> deals, DealCells<?, ?> cells, RecordKeys<?> keys,
                                    Amounts amounts) {
        Objects.requireNonNull(deals, "deals");
        IdCheck ids = new IdCheck(deals.size());
        try {
            cells.scan(deals, keys, amounts, ids);
        } catch (RuntimeException e) {
            checked(deals);
            throw e;
        }
        ids.check(deals, Deal::id, "deal");
    }

    /** Which codes of a key column the table's rows hold; rejects a column of another table or an absent code. */
    private static boolean[] presentCodes(DealTable rows, CodeColumn key) {
        Objects.requireNonNull(key, "key");
        if (key.size() != rows.size()) {
            throw new IllegalArgumentException("key column (" + key.size() + " rows) must be a column of the table ("
                    + rows.size() + " rows)");
        }
        boolean[] present = new boolean[key.values().size()];
        for (int r = 0, n = rows.size(); r < n; r++) {
            int code = key.code(r);
            if (code == CodeColumn.ABSENT) {
                throw new IllegalArgumentException("row " + r + " has no value in the key column");
            }
            present[code] = true;
        }
        return present;
    }
}
