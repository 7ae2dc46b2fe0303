package io.github.revops.recurring;

import io.github.revops.money.ExactMoney;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.TreeMap;

/**
 * The kernel of {@link MrrSnapshot}: every customer's MRR at each state date
 * (docs/metrics.md#recurring-revenue-and-retention, "MRR on a date"). A customer's paying segments become events at the
 * state dates ({@link StateDates}); its MRR at a state date is their running sum there, zero when none is in service
 * (every customer fed is listed). Called by the table path ({@link TableSegments}) and the record path ({@link
 * RecordSegments}).
 */
final class MrrSnapshotKernel implements SegmentSink {

    private final StateDates states;
    private final long denominator;
    private final List<String> customers = new ArrayList<>();
    /** The MRR numerator of each customer (in {@link #customers} order) at each state date. */
    private long[][] mrr;
    private final CustomerEvents events = new CustomerEvents();

    MrrSnapshotKernel(StateDates states, long denominator) {
        this.states = states;
        this.denominator = denominator;
        this.mrr = new long[states.size()][16];
    }

    @Override
    public void customer(String customerId, Segments segments) {
        for (int i = 0, n = segments.size(); i < n; i++) {
            int from = states.firstAtOrAfter(segments.start(i));
            int to = states.firstAtOrAfter(segments.end(i));
            if (from < to) {
                events.add(from, segments.numerator(i));
                events.add(to, -segments.numerator(i));
            }
        }
        int c = customers.size();
        customers.add(customerId);
        if (c == mrr[0].length) {
            for (int k = 0; k < mrr.length; k++) {
                mrr[k] = Arrays.copyOf(mrr[k], c * 2);
            }
        }
        events.walk();
        int k = 0;
        long value = 0;
        while (events.next(denominator)) {
            for (; k < events.at() && k < mrr.length; k++) {
                mrr[k][c] = value;
            }
            value = events.after();
        }
        for (; k < mrr.length; k++) {
            mrr[k][c] = value;
        }
        events.clear();
    }

    /** The snapshot on a date, one of the state dates. */
    MrrSnapshot snapshot(LocalDate date, Currency currency) {
        long[] values = mrr[states.indexOf(date.toEpochDay())];
        TreeMap<String, ExactMoney> byCustomer = new TreeMap<>();
        ExactMoney zero = ExactMoney.zero(currency);
        for (int c = 0; c < customers.size(); c++) {
            byCustomer.put(customers.get(c), values[c] == 0 ? zero : Numerators.money(currency, values[c],
                    denominator));
        }
        return new MrrSnapshot(date, currency, byCustomer);
    }
}
