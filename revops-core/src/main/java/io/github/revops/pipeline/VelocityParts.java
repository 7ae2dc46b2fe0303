package io.github.revops.pipeline;

import io.github.revops.domain.Deal;
import io.github.revops.domain.DealStatus;
import io.github.revops.internal.DealFields;
import io.github.revops.internal.IdCheck;
import io.github.revops.table.CodeColumn;
import io.github.revops.table.DealTable;

import java.util.Arrays;
import java.util.Currency;

/**
 * The kernel of {@link PipelineVelocity} (docs/metrics.md#pipeline-velocity): per slot, the opportunities open at the
 * period's end (created before the end, and not closed before it), and the count, amount and won cycle days of the
 * deals won and lost in the period ({@link Window}). Both {@link #scan(DealTable, CodeColumn) table rows} and
 * {@link #scan(Iterable, RecordKeys, Amounts, IdCheck) records} go through
 * {@link #add(int, long, long, int, long)}.
 *
 * <p>The loop branches on "closed in the period" and on the status: with thousands of owners, cells per row would
 * cost more than the mispredictions they avoid (measured both ways, ADR 0083). Counts cannot overflow; sums of amounts
 * and days are added with {@link Math#addExact}.
 */
final class VelocityParts extends DealCells<VelocityParts, PipelineVelocity> {

    /** The slots of an ungrouped table scan (a power of two). */
    static final int LANES = 4;
    private static final int OPPORTUNITIES = 0;
    private static final int WON = 1;
    private static final int WON_SUM = 2;
    private static final int LOST = 3;
    private static final int LOST_SUM = 4;
    private static final int WON_DAYS = 5;
    /** The parts of a slot. */
    private static final int STRIDE = 6;
    private static final int WON_STATUS = DealStatus.WON.ordinal();

    private long[] parts;

    /** A kernel of {@code slots} groups, or the ungrouped form of {@link #LANES} lanes for 0. */
    VelocityParts(Window window, int slots) {
        super(window);
        parts = new long[(slots == 0 ? LANES : slots) * STRIDE];
    }

    /** The rule: the parts a deal counts in, and the sum its amount adds to when it closed in the period. */
    @Override
    int add(int slot, long createdDay, long closeDay, int status, long amountMinor) {
        int b = slot * STRIDE;
        parts[b + OPPORTUNITIES] += window.beforeEnd(createdDay) & (window.beforeEnd(closeDay) ^ 1);
        if (window.within(closeDay) == 0) {
            return -1;
        }
        if (status == WON_STATUS) {
            parts[b + WON_DAYS] = Math.addExact(parts[b + WON_DAYS], closeDay - createdDay);
            parts[b + WON]++;
            parts[b + WON_SUM] = Math.addExact(parts[b + WON_SUM], amountMinor);
            return b + WON_SUM;
        }
        parts[b + LOST]++;
        parts[b + LOST_SUM] = Math.addExact(parts[b + LOST_SUM], amountMinor);
        return b + LOST_SUM;
    }

    @Override
    void addAmount(int index, long amountMinor) {
        parts[index] = Math.addExact(parts[index], amountMinor);
    }

    @Override
    int slots() {
        return parts.length / STRIDE;
    }

    @Override
    void ensureSlots(int slots) {
        if (slots > slots()) {
            parts = Arrays.copyOf(parts, Math.max(slots, 2 * slots()) * STRIDE);
        }
    }

    @Override
    void addAll(VelocityParts other) {
        ensureSlots(other.slots());
        for (int i = 0; i < other.parts.length; i++) {
            parts[i] = Math.addExact(parts[i], other.parts[i]);
        }
        addRests(other);
    }

    @Override
    VelocityParts scan(DealTable rows, CodeColumn key) {
        for (int r = 0, n = rows.size(); r < n; r++) {
            add(key == null ? r & (LANES - 1) : key.code(r), rows.createdDay(r), rows.closeDay(r),
                    rows.status(r).ordinal(), rows.amountMinor(r));
        }
        return this;
    }

    @Override
    VelocityParts scan(Iterable<Deal> deals, RecordKeys<?> keys, Amounts amounts, IdCheck ids) {
        for (Deal deal : deals) {
            if (ids != null) {
                ids.add(DealFields.idHash(deal));
            }
            add(keys == null ? 0 : keys.code(deal, this), deal, amounts);
        }
        return this;
    }

    @Override
    PipelineVelocity result(int slot, Currency currency) {
        int b = slot * STRIDE;
        return new PipelineVelocity(parts[b + OPPORTUNITIES],
                DealTally.of(parts[b + WON], currency, parts[b + WON_SUM], rest(b + WON_SUM)),
                DealTally.of(parts[b + LOST], currency, parts[b + LOST_SUM], rest(b + LOST_SUM)), parts[b + WON_DAYS]);
    }

    @Override
    PipelineVelocity total(Currency currency) {
        PipelineVelocity total = PipelineVelocity.EMPTY;
        for (int slot = 0; slot < slots(); slot++) {
            total = total.combine(result(slot, currency));
        }
        return total;
    }
}
