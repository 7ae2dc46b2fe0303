package io.github.revops.recurring;

import io.github.revops.money.ExactMoney;
import io.github.revops.time.Period;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;

/**
 * The kernel of {@link MrrBridge}: the bridges of consecutive periods (docs/metrics.md#recurring-revenue-and-retention,
 * "Movements (the bridge)") in one pass over the customers.
 *
 * <p>Each customer's paying segments become events at the state dates ({@link StateDates}); walking them gives the
 * customer's MRR just before and after each state date where it changes, and a change between the start and end
 * state of period {@code i} is the customer's movement in it, typed by {@link #classify} and worth
 * {@code |after - before|}. A customer "paid before" period {@code i} when one of its paying segments starts on or
 * before state {@code i}. Totals and paying customers at each state date come from table-wide difference arrays.
 * Called by the table path ({@link TableSegments}) and the record path ({@link RecordSegments}); the converted path
 * ({@link ConvertedMrr}) types movements with the same {@link #classify}.
 */
final class MrrBridgeKernel implements SegmentSink {

    private static final MovementType[] TYPES = MovementType.values();

    private final List<Period> periods;
    private final StateDates states;
    private final long denominator;
    private final long[] total;
    private final long[] paying;
    private final long[][] amounts;
    private final CustomerIds[][] who;
    private final CustomerEvents events = new CustomerEvents();

    MrrBridgeKernel(List<Period> periods, long denominator) {
        this.periods = periods;
        this.states = StateDates.ofPeriods(periods);
        this.denominator = denominator;
        this.total = new long[states.size() + 1];
        this.paying = new long[states.size() + 1];
        this.amounts = new long[periods.size()][TYPES.length];
        this.who = new CustomerIds[periods.size()][TYPES.length];
        for (CustomerIds[] lists : who) {
            Arrays.setAll(lists, k -> new CustomerIds());
        }
    }

    /**
     * The movement of one customer, tested in the order of docs/metrics.md#recurring-revenue-and-retention ("Movements
     * (the bridge)"): from zero it is new, or reactivation when the customer paid before the period; to zero it is
     * churn; otherwise expansion or contraction; null for none.
     *
     * @param beforeSign  the sign of the customer's MRR at the start state (at end rates when converting)
     * @param afterSign  the sign of its MRR at the end state
     * @param afterVersusBefore  the comparison of the two
     * @param paidBefore  whether a paying segment of the customer started before the period
     * @return the movement, or null
     */
    static MovementType classify(int beforeSign, int afterSign, int afterVersusBefore, boolean paidBefore) {
        if (beforeSign == 0) {
            if (afterSign == 0) {
                return null;
            }
            return paidBefore ? MovementType.REACTIVATION : MovementType.NEW;
        }
        if (afterSign == 0) {
            return MovementType.CHURN;
        }
        return afterVersusBefore > 0 ? MovementType.EXPANSION
                : afterVersusBefore < 0 ? MovementType.CONTRACTION : null;
    }

    /** Whether a customer whose first paying segment starts at state index {@code firstFrom} paid before a period. */
    static boolean paidBefore(int firstFrom, int period) {
        return firstFrom <= period;
    }

    @Override
    public void customer(String customerId, Segments segments) {
        int firstFrom = Integer.MAX_VALUE;
        for (int i = 0, n = segments.size(); i < n; i++) {
            int from = states.firstAtOrAfter(segments.start(i));
            int to = states.firstAtOrAfter(segments.end(i));
            firstFrom = Math.min(firstFrom, from);
            if (from < to) {
                long numerator = segments.numerator(i);
                total[from] = Numerators.add(total[from], numerator, denominator);
                if (to < states.size()) {   // a segment in service to the last state date leaves no later one
                    total[to] = Numerators.add(total[to], -numerator, denominator);
                }
                events.add(from, numerator);
                events.add(to, -numerator);
            }
        }
        events.walk();
        while (events.next(denominator)) {
            long before = events.before();
            long after = events.after();
            if (after == before) {
                continue;
            }
            int k = events.at();
            paying[k] += before == 0 ? 1 : after == 0 ? -1 : 0;
            int i = k - 1;   // the period from state k - 1 to state k
            if (i >= 0 && i < periods.size()) {
                MovementType type = classify(Long.signum(before), Long.signum(after), Long.compare(after, before),
                        paidBefore(firstFrom, i));
                int m = type.ordinal();
                amounts[i][m] = Numerators.add(amounts[i][m], Math.abs(after - before), denominator);
                who[i][m].add(customerId);
            }
        }
        events.clear();
    }

    /** The bridge of each period, in period order. */
    List<MrrBridge> bridges(Currency currency) {
        long[] mrr = Numerators.runningSums(total, states.size(), states, denominator);
        long[] customers = new long[states.size()];
        for (int k = 0, count = 0; k < customers.length; k++) {
            count += paying[k];
            customers[k] = count;
        }
        ExactMoney zero = ExactMoney.zero(currency);
        List<MrrBridge> bridges = new ArrayList<>(periods.size());
        for (int i = 0; i < periods.size(); i++) {
            Movement[] m = new Movement[TYPES.length];
            for (int k = 0; k < TYPES.length; k++) {
                m[k] = new Movement(Numerators.money(currency, amounts[i][k], denominator), who[i][k].ids());
            }
            bridges.add(new MrrBridge(periods.get(i), currency, Numerators.money(currency, mrr[i], denominator),
                    Numerators.money(currency, mrr[i + 1], denominator), customers[i], customers[i + 1],
                    m[MovementType.NEW.ordinal()], m[MovementType.EXPANSION.ordinal()],
                    m[MovementType.REACTIVATION.ordinal()], m[MovementType.CONTRACTION.ordinal()],
                    m[MovementType.CHURN.ordinal()], zero));
        }
        return bridges;
    }
}
