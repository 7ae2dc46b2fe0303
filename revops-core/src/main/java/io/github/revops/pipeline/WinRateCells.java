package io.github.revops.pipeline;

import io.github.revops.domain.Deal;
import io.github.revops.domain.DealStatus;
import io.github.revops.internal.DealFields;
import io.github.revops.internal.IdCheck;
import io.github.revops.math.Rational;
import io.github.revops.table.CodeColumn;
import io.github.revops.table.DealTable;

import java.util.Currency;

/**
 * The kernel of {@link WinRate} (docs/metrics.md#win-rate): a deal falls into one of 16 cells by whether it closed in
 * the period, whether it was created in it, and its status, and adds its count and amount to that cell. The five
 * tallies are sums of cells, taken once at the end: closed won and closed lost are the cells closed in the period
 * with that status; created is every cell created in the period, and created won and created lost those of them
 * with that status, whenever they closed. Open deals are never closed in a period ({@link Window}).
 *
 * <p>Adding to a cell needs no branch, which matters in a table loop where the flags change unpredictably from row
 * to row (ADR 0083); consecutive rows of an ungrouped table rotate through {@link #LANES} slots so that two rows of
 * the same cell do not wait for each other's update. Both {@link #scan(DealTable, CodeColumn) table rows} and
 * {@link #scan(Iterable, RecordKeys, Amounts, IdCheck) records} go through {@link #add(int, long, long, int, long)}.
 * Counts cannot overflow; sums of amounts are added with {@link Math#addExact}.
 */
final class WinRateCells extends DealCells<WinRateCells, WinRate> {

    /** The slots of an ungrouped table scan (a power of two). */
    static final int LANES = 4;
    /** The number of cells of a slot: two flags and a status ordinal of two bits. */
    private static final int SIZE = 16;
    private static final int CLOSED_IN = 8;
    private static final int CREATED_IN = 4;
    private static final int WON = DealStatus.WON.ordinal();
    private static final int LOST = DealStatus.LOST.ordinal();
    /** Any status. */
    private static final int ANY = -1;

    static {
        if (DealStatus.values().length > CREATED_IN) {
            throw new AssertionError("a status ordinal must fit in two bits");
        }
    }

    /** The counts by {@code cell * slots + slot}: consecutive lanes of a cell share a cache line. */
    private long[] counts;
    /** The sums of amounts, laid out as {@link #counts}. */
    private long[] sums;
    private int slots;

    /** A kernel of {@code slots} groups, or the ungrouped form of {@link #LANES} lanes for 0. */
    WinRateCells(Window window, int slots) {
        super(window);
        this.slots = slots == 0 ? LANES : slots;
        counts = new long[this.slots * SIZE];
        sums = new long[this.slots * SIZE];
    }

    /** The rule: the cell of a deal, and the sum its amount adds to when it counts in a tally. */
    @Override
    int add(int slot, long createdDay, long closeDay, int status, long amountMinor) {
        int cell = window.within(closeDay) * CLOSED_IN + window.within(createdDay) * CREATED_IN + status;
        int i = cell * slots + slot;
        counts[i]++;
        sums[i] = Math.addExact(sums[i], amountMinor);
        return cell >= CREATED_IN ? i : -1;
    }

    @Override
    void addAmount(int index, long amountMinor) {
        sums[index] = Math.addExact(sums[index], amountMinor);
    }

    @Override
    int slots() {
        return slots;
    }

    @Override
    void ensureSlots(int wanted) {
        if (wanted > slots) {
            int grown = Math.max(wanted, 2 * slots);
            int old = slots;
            counts = relaid(counts, grown);
            sums = relaid(sums, grown);
            moveRests(i -> i / old * grown + i % old);
            slots = grown;
        }
    }

    /** The cells of {@code slots} slots in an array laid out for {@code grown} slots. */
    private long[] relaid(long[] cells, int grown) {
        long[] out = new long[grown * SIZE];
        for (int cell = 0; cell < SIZE; cell++) {
            System.arraycopy(cells, cell * slots, out, cell * grown, slots);
        }
        return out;
    }

    @Override
    void addAll(WinRateCells other) {
        if (other.slots != slots) {
            throw new IllegalArgumentException("cells of " + slots + " and " + other.slots + " slots do not add");
        }
        for (int i = 0; i < other.counts.length; i++) {
            counts[i] += other.counts[i];
            sums[i] = Math.addExact(sums[i], other.sums[i]);
        }
        addRests(other);
    }

    @Override
    WinRateCells scan(DealTable rows, CodeColumn key) {
        for (int r = 0, n = rows.size(); r < n; r++) {
            add(key == null ? r & (LANES - 1) : key.code(r), rows.createdDay(r), rows.closeDay(r),
                    rows.status(r).ordinal(), rows.amountMinor(r));
        }
        return this;
    }

    @Override
    WinRateCells scan(Iterable<Deal> deals, RecordKeys<?> keys, Amounts amounts, IdCheck ids) {
        for (Deal deal : deals) {
            if (ids != null) {
                ids.add(DealFields.idHash(deal));
            }
            add(keys == null ? 0 : keys.code(deal, this), deal, amounts);
        }
        return this;
    }

    @Override
    WinRate result(int slot, Currency currency) {
        return result(slot, slot + 1, currency);
    }

    @Override
    WinRate total(Currency currency) {
        return result(0, slots(), currency);
    }

    private WinRate result(int fromSlot, int toSlot, Currency currency) {
        return new WinRate(tally(fromSlot, toSlot, CLOSED_IN, WON, currency),
                tally(fromSlot, toSlot, CLOSED_IN, LOST, currency), tally(fromSlot, toSlot, CREATED_IN, WON, currency),
                tally(fromSlot, toSlot, CREATED_IN, LOST, currency), tally(fromSlot, toSlot, CREATED_IN, ANY, currency));
    }

    /**
     * The tally of the cells of some slots with the {@code flag} bit set and status {@code status} (any for
     * {@link #ANY}).
     */
    private DealTally tally(int fromSlot, int toSlot, int flag, int status, Currency currency) {
        long count = 0;
        long sum = 0;
        Rational rest = Rational.ZERO;
        for (int cell = 0; cell < SIZE; cell++) {
            if ((cell & flag) != 0 && (status == ANY || (cell & (CREATED_IN - 1)) == status)) {
                for (int i = cell * slots + fromSlot; i < cell * slots + toSlot; i++) {
                    count += counts[i];
                    sum = Math.addExact(sum, sums[i]);
                    rest = rest.add(rest(i));
                }
            }
        }
        return DealTally.of(count, currency, sum, rest);
    }
}
