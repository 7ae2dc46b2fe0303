package io.github.revops.recurring;

import io.github.revops.money.ExactMoney;

import java.util.Currency;

/**
 * The kernel of {@link MrrTotal}: the total MRR at each state date (docs/metrics.md#recurring-revenue-and-retention,
 * "MRR on a date"). Each paying segment adds its monthly numerator to a difference array over its span of state dates
 * ({@link StateDates}); the running sums are the totals. No customer state is kept, so a source may feed it segment by
 * segment in any order ({@link SegmentSink#row}). Called by the table path ({@link TableSegments}) and the record path
 * ({@link RecordSegments}).
 */
final class MrrTotalKernel implements SegmentSink {

    private final StateDates states;
    private final long denominator;
    private final long[] delta;

    MrrTotalKernel(StateDates states, long denominator) {
        this.states = states;
        this.denominator = denominator;
        this.delta = new long[states.size()];
    }

    @Override
    public void row(long startDay, long endDay, long numerator) {
        int from = states.firstAtOrAfter(startDay);
        int to = states.firstAtOrAfter(endDay);
        if (from < to) {
            delta[from] = Numerators.add(delta[from], numerator, denominator);
            if (to < delta.length) {   // a segment in service to the last state date leaves no later one
                delta[to] = Numerators.add(delta[to], -numerator, denominator);
            }
        }
    }

    @Override
    public void customer(String customerId, Segments segments) {
        for (int i = 0, n = segments.size(); i < n; i++) {
            row(segments.start(i), segments.end(i), segments.numerator(i));
        }
    }

    /** The total MRR at each state date, in state order. */
    ExactMoney[] totals(Currency currency) {
        long[] values = Numerators.runningSums(delta, states.size(), states, denominator);
        ExactMoney[] totals = new ExactMoney[values.length];
        for (int k = 0; k < values.length; k++) {
            totals[k] = Numerators.money(currency, values[k], denominator);
        }
        return totals;
    }
}
