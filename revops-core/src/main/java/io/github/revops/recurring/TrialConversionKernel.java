package io.github.revops.recurring;

import io.github.revops.money.ExactMoney;
import io.github.revops.result.DayHistogram;
import io.github.revops.time.Period;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;

/**
 * The kernel of {@link TrialConversion}: the trial-to-paid conversion of consecutive periods under a
 * {@link TrialPolicy} (docs/metrics.md#trial-to-paid-conversion) in one pass over the customers. The rule is written
 * here only; the record path and the table path of {@link TrialConversion} both feed it through
 * {@link TrialSources}.
 *
 * <p>A trial belongs to the period that contains its cohort day: its end date under {@link TrialCohort#ENDED} (an
 * open-ended trial never ends), its start date under {@link TrialCohort#STARTED}. It converts on the first start
 * date of one of its customer's paying subscriptions that is on or after the trial's start, when that day is not
 * after the deadline: the trial's end date under {@link ConversionDeadline#TRIAL_END} (none for an open-ended
 * trial), none under {@link ConversionDeadline#NONE}. Its time to convert is that day minus the trial's start, in
 * days; its converted MRR is the sum of the monthly values of the customer's paying subscriptions that start on
 * that day.
 */
final class TrialConversionKernel {

    private final List<Period> periods;
    private final TrialPolicy policy;
    private final Currency currency;
    private final long[] firstDays;
    private final long endDay;
    private final long[] trials;
    private final DayHistogram.Builder[] days;
    private final ExactMoney[] mrr;
    private long[] payingStart = new long[16];
    private int[] payingRow = new int[16];
    /** The monthly value of the paying rows starting on the day of row {@code k}, the first of that day; or null. */
    private ExactMoney[] dayValue = new ExactMoney[16];

    /**
     * A kernel for consecutive periods, in time order.
     *
     * @param periods  the periods, each starting where the one before ends, at least one
     * @param policy  the policy
     * @param currency  the reporting currency of the converted MRR
     */
    TrialConversionKernel(List<Period> periods, TrialPolicy policy, Currency currency) {
        this.periods = periods;
        this.policy = policy;
        this.currency = currency;
        this.firstDays = periods.stream().mapToLong(p -> p.start().toEpochDay()).toArray();
        this.endDay = periods.get(periods.size() - 1).end().toEpochDay();
        this.trials = new long[periods.size()];
        this.days = new DayHistogram.Builder[periods.size()];
        this.mrr = new ExactMoney[periods.size()];
        Arrays.setAll(days, i -> DayHistogram.builder());
        Arrays.fill(mrr, ExactMoney.zero(currency));
    }

    /** Takes one customer's trial and paying rows, in start order. */
    void customer(TrialRows rows) {
        int paying = payingRows(rows);
        boolean byEnd = policy.cohort() == TrialCohort.ENDED;
        boolean untilTrialEnd = policy.deadline() == ConversionDeadline.TRIAL_END;
        for (int t = 0, n = rows.size(); t < n; t++) {
            if (!rows.isTrial(t)) {
                continue;
            }
            long trialStart = rows.start(t);
            long trialEnd = rows.end(t);
            int period = periodOf(byEnd ? trialEnd : trialStart);
            if (period < 0) {
                continue;
            }
            trials[period]++;
            int k = firstAtOrAfter(paying, trialStart);
            long deadline = untilTrialEnd ? trialEnd : Long.MAX_VALUE;
            if (k < paying && payingStart[k] <= deadline) {
                days[period].add(Math.toIntExact(payingStart[k] - trialStart));
                mrr[period] = mrr[period].plus(valueOfDay(rows, paying, k));
            }
        }
    }

    /** The monthly value of the paying rows that start on the day of paying row {@code k}, once per day. */
    private ExactMoney valueOfDay(TrialRows rows, int paying, int k) {
        if (dayValue[k] == null) {
            ExactMoney value = ExactMoney.zero(currency);
            for (int j = k; j < paying && payingStart[j] == payingStart[k]; j++) {
                value = value.plus(rows.monthlyValue(payingRow[j]));
            }
            dayValue[k] = value;
        }
        return dayValue[k];
    }

    /**
     * Collects the paying rows' starts (in order, as the rows come), forgets the last customer's day values and
     * returns how many there are.
     */
    private int payingRows(TrialRows rows) {
        int m = 0;
        for (int i = 0, n = rows.size(); i < n; i++) {
            if (!rows.isTrial(i)) {
                if (m == payingStart.length) {
                    payingStart = Arrays.copyOf(payingStart, m * 2);
                    payingRow = Arrays.copyOf(payingRow, m * 2);
                    dayValue = new ExactMoney[m * 2];
                }
                payingStart[m] = rows.start(i);
                payingRow[m++] = i;
            }
        }
        Arrays.fill(dayValue, 0, m, null);
        return m;
    }

    /** The first of the {@code m} paying starts on or after a day, or {@code m}. */
    private int firstAtOrAfter(int m, long day) {
        int low = 0;
        int high = m;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (payingStart[mid] < day) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** The period containing an epoch day, or -1 (also for the open end, {@code Long.MAX_VALUE}). */
    private int periodOf(long day) {
        if (day < firstDays[0] || day >= endDay) {
            return -1;
        }
        int i = Arrays.binarySearch(firstDays, day);
        return i >= 0 ? i : -i - 2;
    }

    /** The conversion of each period, in period order. */
    List<TrialConversion> results() {
        List<TrialConversion> result = new ArrayList<>(periods.size());
        for (int i = 0; i < periods.size(); i++) {
            result.add(new TrialConversion(periods.get(i), policy, trials[i], days[i].build(), mrr[i]));
        }
        return result;
    }
}
