package io.github.revops.examples.report;

import io.github.revops.money.ExactMoney;

import java.util.Objects;

/**
 * One bar of a bridge (waterfall): the opening or closing total, or a movement that adds to or takes from it.
 *
 * @param label  the bar's label, not null
 * @param kind  a total, an increase or a decrease, not null
 * @param amount  the total or the size of the movement (not negative for movements), not null
 */
public record BridgeStep(String label, Kind kind, ExactMoney amount) {

    /** What a bar shows. */
    public enum Kind {
        /** An opening or closing total, drawn from zero. */
        TOTAL,
        /** A movement that adds to the running total. */
        INCREASE,
        /** A movement that takes from the running total. */
        DECREASE
    }

    /**
     * Checks the components.
     *
     * @param label  the bar's label, not null
     * @param kind  a total, an increase or a decrease, not null
     * @param amount  the total or the size of the movement, not null
     */
    public BridgeStep {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(amount, "amount");
    }
}
