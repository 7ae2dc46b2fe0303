package io.github.revops.recurring;

import io.github.revops.time.Period;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The kernel of {@link LogoChurn}: the logo churn of consecutive periods under a policy
 * (docs/metrics.md#recurring-revenue-and-retention, "Logo churn") in one pass over the customers.
 *
 * <p>A paying segment is in service from its start to its end, or to its cancellation date when that is earlier and
 * the policy recognises churn at cancellation ({@link #stop}). Each customer's count of segments in service at the
 * state dates ({@link StateDates}) decides every period at once: a customer in service at the start state of period
 * {@code i} is in its population, and churned when its count is zero at the end state; one not in service at the
 * start state joined when it is in service at the end state (it stayed) or, with no service at either state, when a
 * segment lies wholly inside the period (it left). Called by the table path ({@link TableSegments}) and the record
 * path ({@link RecordSegments}).
 */
final class LogoChurnKernel implements SegmentSink {

    private final List<Period> periods;
    private final ChurnPolicy policy;
    private final boolean atCancellation;
    private final StateDates states;
    private final long[] active;
    private final long[] stayed;
    private final CustomerIds[] churned;
    private final CustomerIds[] left;
    private final CustomerEvents events = new CustomerEvents();
    /** The state indices after the current customer's segments that lie between two state dates. */
    private final CustomerEvents inside = new CustomerEvents();

    LogoChurnKernel(List<Period> periods, ChurnPolicy policy) {
        this.periods = periods;
        this.policy = policy;
        this.atCancellation = policy.recognition() == ChurnRecognition.AT_CANCELLATION;
        this.states = StateDates.ofPeriods(periods);
        this.active = new long[states.size() + 1];
        this.stayed = new long[periods.size()];
        this.churned = new CustomerIds[periods.size()];
        this.left = new CustomerIds[periods.size()];
        Arrays.setAll(churned, i -> new CustomerIds());
        Arrays.setAll(left, i -> new CustomerIds());
    }

    /**
     * The first day a segment no longer counts for logo churn: its end, or its cancellation date when earlier and
     * churn is recognised at cancellation. A segment with no day before its stop never counts.
     */
    static long stop(long endDay, long cancellationDay, boolean atCancellation) {
        return atCancellation ? Math.min(endDay, cancellationDay) : endDay;
    }

    @Override
    public void customer(String customerId, Segments segments) {
        for (int i = 0, n = segments.size(); i < n; i++) {
            long start = segments.start(i);
            long stop = stop(segments.end(i), segments.cancelled(i), atCancellation);
            if (start >= stop) {
                continue;
            }
            int from = states.firstAtOrAfter(start);
            int to = states.firstAtOrAfter(stop);
            if (from < to) {
                events.add(from, 1);
                events.add(to, -1);
            } else if (from >= 1 && from <= periods.size()) {
                inside.add(from, 0);   // in service only between state dates from - 1 and from
            }
        }
        events.walk();
        while (events.next(1)) {
            long before = events.before();
            long after = events.after();
            if ((before == 0) == (after == 0)) {
                continue;
            }
            int k = events.at();
            active[k] += after == 0 ? -1 : 1;
            int i = k - 1;   // the period from state k - 1 to state k
            if (i >= 0 && i < periods.size()) {
                if (after == 0) {
                    churned[i].add(customerId);
                } else {
                    stayed[i]++;
                }
            }
        }
        inside.walk();
        while (inside.next(1)) {
            int k = inside.at();
            if (events.valueAt(k - 1) == 0 && events.valueAt(k) == 0) {
                left[k - 1].add(customerId);
            }
        }
        events.clear();
        inside.clear();
    }

    /** The logo churn of each period, in period order. */
    List<LogoChurn> results() {
        List<LogoChurn> result = new ArrayList<>(periods.size());
        long atStart = 0;
        for (int i = 0; i < periods.size(); i++) {
            atStart += active[i];
            result.add(new LogoChurn(periods.get(i), policy, atStart, churned[i].ids(), stayed[i], left[i].ids()));
        }
        return result;
    }
}
