package io.github.revops.examples.report;

import io.github.revops.money.ExactMoney;
import io.github.revops.recurring.Movement;
import io.github.revops.recurring.MrrBridge;

import java.util.List;
import java.util.Objects;

/**
 * One row of the MRR bridge tables: start MRR, each movement's MRR and how many moved, the FX impact and end MRR.
 *
 * <p>A row is either one {@link MrrBridge} of the library ({@link #of}: a month, or the whole range compared start
 * versus end), or the sum of the bridges of consecutive periods ({@link #sumOf}: the range's movements as the sum of
 * its months, as ChartMogul's yearly view of movements has them; docs/decisions/0131). A sum starts at the first
 * bridge's start MRR, ends at the last one's end MRR, and adds each movement's MRR and count over the periods, so a
 * customer that expands in five months counts five times. Both kinds satisfy
 * {@code end = start + fx + new + expansion + reactivation - contraction - churn} exactly.
 *
 * @param startMrr  MRR at the start, not null
 * @param newBusiness  new customers' MRR and count, not null
 * @param expansion  expansion MRR and count, not null
 * @param reactivation  reactivation MRR and count, not null
 * @param contraction  contraction MRR and count, not null
 * @param churn  churned MRR and count, not null
 * @param fxImpact  the FX impact, not null
 * @param endMrr  MRR at the end, not null
 */
public record BridgeRow(ExactMoney startMrr, Moved newBusiness, Moved expansion, Moved reactivation,
                        Moved contraction, Moved churn, ExactMoney fxImpact, ExactMoney endMrr) {

    /**
     * The MRR of one movement and how many customers moved (over several periods: how many movements).
     *
     * @param mrr  the MRR moved, not null
     * @param count  how many moved, not negative
     */
    public record Moved(ExactMoney mrr, long count) {

        /**
         * Checks the components.
         *
         * @param mrr  the MRR moved, not null
         * @param count  how many moved, not negative
         */
        public Moved {
            Objects.requireNonNull(mrr, "mrr");
            if (count < 0) {
                throw new IllegalArgumentException("count (" + count + ") must be >= 0");
            }
        }

        private static Moved of(Movement m) {
            return new Moved(m.mrr(), m.count());
        }

        private Moved plus(Moved other) {
            return new Moved(mrr.plus(other.mrr), Math.addExact(count, other.count));
        }
    }

    /**
     * Checks the components and the bridge identity.
     *
     * @param startMrr  MRR at the start, not null
     * @param newBusiness  new customers' MRR and count, not null
     * @param expansion  expansion MRR and count, not null
     * @param reactivation  reactivation MRR and count, not null
     * @param contraction  contraction MRR and count, not null
     * @param churn  churned MRR and count, not null
     * @param fxImpact  the FX impact, not null
     * @param endMrr  MRR at the end, not null
     * @throws IllegalArgumentException if the end is not the start plus the movements
     */
    public BridgeRow {
        Objects.requireNonNull(startMrr, "startMrr");
        Objects.requireNonNull(newBusiness, "newBusiness");
        Objects.requireNonNull(expansion, "expansion");
        Objects.requireNonNull(reactivation, "reactivation");
        Objects.requireNonNull(contraction, "contraction");
        Objects.requireNonNull(churn, "churn");
        Objects.requireNonNull(fxImpact, "fxImpact");
        Objects.requireNonNull(endMrr, "endMrr");
        ExactMoney expected = startMrr.plus(fxImpact).plus(newBusiness.mrr()).plus(expansion.mrr())
                .plus(reactivation.mrr()).minus(contraction.mrr()).minus(churn.mrr());
        if (!expected.equals(endMrr)) {
            throw new IllegalArgumentException("endMrr (" + endMrr + ") must equal start + fx + movements ("
                    + expected + ")");
        }
    }

    /**
     * Returns the row of one bridge.
     *
     * @param b  the bridge, not null
     * @return the row, never null
     */
    public static BridgeRow of(MrrBridge b) {
        return new BridgeRow(b.startMrr(), Moved.of(b.newBusiness()), Moved.of(b.expansion()),
                Moved.of(b.reactivation()), Moved.of(b.contraction()), Moved.of(b.churn()), b.fxImpact(),
                b.endMrr());
    }

    /**
     * Returns the sum of the bridges of consecutive periods: the first one's start, each movement added, the last
     * one's end.
     *
     * @param bridges  the bridges in time order, each starting where the one before ended, at least one, not null
     * @return the summed row, never null
     * @throws IllegalArgumentException if there is no bridge, or one does not start on the day after the one
     *         before it ended, with its end MRR
     */
    public static BridgeRow sumOf(List<MrrBridge> bridges) {
        if (bridges.isEmpty()) {
            throw new IllegalArgumentException("bridges ([]) must hold at least one bridge");
        }
        BridgeRow sum = of(bridges.get(0));
        for (int i = 1; i < bridges.size(); i++) {
            MrrBridge before = bridges.get(i - 1);
            MrrBridge b = bridges.get(i);
            if (!b.period().start().equals(before.period().end()) || !b.startMrr().equals(before.endMrr())) {
                throw new IllegalArgumentException("bridge of " + b.period() + " must start where the bridge of "
                        + before.period() + " ended, with its end MRR");
            }
            BridgeRow next = of(b);
            sum = new BridgeRow(sum.startMrr, sum.newBusiness.plus(next.newBusiness),
                    sum.expansion.plus(next.expansion), sum.reactivation.plus(next.reactivation),
                    sum.contraction.plus(next.contraction), sum.churn.plus(next.churn),
                    sum.fxImpact.plus(next.fxImpact), next.endMrr);
        }
        return sum;
    }
}
