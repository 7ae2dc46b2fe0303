package io.github.revops.pipeline;

import io.github.revops.domain.Deal;
import io.github.revops.internal.DealFields;
import io.github.revops.internal.ExactSum;
import io.github.revops.math.Rational;
import io.github.revops.table.CodeColumn;
import io.github.revops.table.DealTable;

import java.time.LocalDate;
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntUnaryOperator;

/**
 * The kernel of a pipeline metric: the metric's rule over a deal in primitive form (epoch days, status ordinal,
 * minor units) and the mutable cells it fills, one set of cells per slot: a group, or in the ungrouped form (a
 * kernel made with 0 slots) a lane of one loop, which {@link #total} adds up.
 * A {@link DealTable} row and a {@link Deal} record reach the same {@link #add(int, long, long, int, long)}: a
 * subclass scans a table ({@link #scan(DealTable, CodeColumn)}) and records ({@link #scan(Iterable, RecordKeys,
 * Amounts, io.github.revops.internal.IdCheck)}) in loops of its own, so that the JIT compiles each loop with the
 * subclass's rule inlined, and a record is decoded here, once, by {@link #add(int, Deal, Amounts)}.
 *
 * <p>Amounts add as whole minor units; an amount converted to a reporting currency adds its exact value to a
 * {@link #rest rest} of the same sum. Not thread-safe.
 *
 * @param <C>  the kernel type
 * @param <R>  the result type
 */
abstract class DealCells<C extends DealCells<C, R>, R> {

    /** The period of the metric, in the epoch days of the source scanned. */
    final Window window;
    /** The exact parts of converted amounts, by sum index; null until an amount is converted. */
    private Map<Integer, ExactSum> rests;

    DealCells(Window window) {
        this.window = window;
    }

    /**
     * The metric's rule: adds one deal to a slot's cells.
     *
     * @param slot  the slot, below {@link #slots()}
     * @param createdDay  the created date's epoch day
     * @param closeDay  the close date's epoch day, or the source's no-close marker
     * @param status  the status ordinal
     * @param amountMinor  the amount in minor units
     * @return the index of the sum the amount was added to, or -1 when the amount counts nowhere
     */
    abstract int add(int slot, long createdDay, long closeDay, int status, long amountMinor);

    /** Adds minor units to a sum that {@link #add(int, long, long, int, long)} named. */
    abstract void addAmount(int index, long amountMinor);

    /** The number of slots. */
    abstract int slots();

    /** Makes room for at least {@code slots} slots. */
    abstract void ensureSlots(int slots);

    /** Adds another kernel's cells, slot by slot (and its rests, with {@link #addRests}). */
    abstract void addAll(C other);

    /** The result of a slot, amounts in a currency (null when no amount counted). */
    abstract R result(int slot, Currency currency);

    /** The result of every slot together: of the ungrouped form, whose slots are lanes. */
    abstract R total(Currency currency);

    /** Scans table rows: each row goes to the slot of its key code, or to a lane when the key is null. */
    abstract C scan(DealTable rows, CodeColumn key);

    /** Scans records: each deal goes to its key's slot (slot 0 without keys), and its id to the id check. */
    abstract C scan(Iterable<Deal> deals, RecordKeys<?> keys, Amounts amounts, io.github.revops.internal.IdCheck ids);

    /**
     * Adds one deal record to a slot: its fields decoded to the primitives of the rule, its amount added as whole
     * minor units, or converted, when it counts. A converted amount is read at the close date, or at the period's last
     * day for an open deal (docs/metrics.md#win-rate).
     */
    final void add(int slot, Deal deal, Amounts amounts) {
        long createdDay = DealFields.createdDay(deal);
        long closeDay = DealFields.closeDay(deal);
        int status = DealFields.status(deal);
        long amount = DealFields.amountMinor(deal);
        Currency currency = DealFields.currency(deal);
        if (currency == amounts.currency()) {
            add(slot, createdDay, closeDay, status, amount);
            return;
        }
        int index = add(slot, createdDay, closeDay, status, 0);
        if (index >= 0) {
            LocalDate on = closeDay == DealFields.NO_CLOSE ? window.period().lastDay() : LocalDate.ofEpochDay(closeDay);
            Rational converted = amounts.convert(currency, amount, on);
            if (converted == null) {
                addAmount(index, amount);
            } else {
                if (rests == null) {
                    rests = new HashMap<>();
                }
                rests.computeIfAbsent(index, i -> ExactSum.ofWholes()).add(converted);
            }
        }
    }

    /** The exact part of a sum beyond its whole minor units (converted amounts), zero when there is none. */
    final Rational rest(int index) {
        ExactSum rest = rests == null ? null : rests.get(index);
        return rest == null ? Rational.ZERO : rest.value();
    }

    /** Moves the rests to new sum indexes, when a kernel lays its sums out anew. */
    final void moveRests(IntUnaryOperator newIndex) {
        if (rests != null) {
            Map<Integer, ExactSum> moved = new HashMap<>();
            rests.forEach((index, rest) -> moved.put(newIndex.applyAsInt(index), rest));
            rests = moved;
        }
    }

    /** Adds the rests of another kernel whose slots and sums are laid out as this one's. */
    final void addRests(DealCells<?, ?> other) {
        if (other.rests != null) {
            other.rests.forEach((index, rest) -> {
                if (rests == null) {
                    rests = new HashMap<>();
                }
                rests.computeIfAbsent(index, i -> ExactSum.ofWholes()).addAll(rest);
            });
        }
    }
}
