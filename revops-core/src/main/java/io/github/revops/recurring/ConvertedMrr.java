package io.github.revops.recurring;

import io.github.revops.domain.Subscription;
import io.github.revops.internal.SubscriptionFields;
import io.github.revops.math.Rational;
import io.github.revops.money.ExactMoney;
import io.github.revops.money.ReportingCurrency;
import io.github.revops.time.Period;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * MRR of subscriptions in several currencies converted into a reporting currency
 * (docs/metrics.md#recurring-revenue-and-retention, "Currency"): a customer's MRR on a state date is the exact sum of
 * the monthly values of its segments in service there ({@link StateDates}), each converted at the rate of a given date.
 * A table holds one currency, so only the record path converts; the bridge types a customer's movement with {@link
 * MrrBridgeKernel#classify} from its start MRR at end rates and its end MRR, and the difference between the start MRR
 * at end and at start rates is its FX impact (docs/decisions/0021).
 */
final class ConvertedMrr {

    private final RecordSegments rows;
    private final ReportingCurrency reporting;
    private final StateDates states;

    ConvertedMrr(RecordSegments rows, ReportingCurrency reporting, StateDates states) {
        this.rows = rows;
        this.reporting = reporting;
        this.states = states;
    }

    /** The total MRR at each state date, at that date's rates. */
    ExactMoney[] totals() {
        Rational[] sums = new Rational[states.size()];
        Arrays.fill(sums, Rational.ZERO);
        for (int c = 0; c < rows.customers(); c++) {
            List<Subscription> subs = rows.subscriptions(c);
            for (int k = 0; k < sums.length; k++) {
                sums[k] = sums[k].add(mrr(subs, k, k));
            }
        }
        ExactMoney[] totals = new ExactMoney[sums.length];
        for (int k = 0; k < sums.length; k++) {
            totals[k] = ExactMoney.ofMinor(reporting.currency(), sums[k]);
        }
        return totals;
    }

    /** Every customer's MRR on a state date, at that date's rates. */
    MrrSnapshot snapshot(LocalDate date) {
        int k = states.indexOf(date.toEpochDay());
        TreeMap<String, ExactMoney> byCustomer = new TreeMap<>();
        for (int c = 0; c < rows.customers(); c++) {
            byCustomer.put(rows.customerId(c), ExactMoney.ofMinor(reporting.currency(),
                    mrr(rows.subscriptions(c), k, k)));
        }
        return new MrrSnapshot(date, reporting.currency(), byCustomer);
    }

    /** The bridge of each period, the states being those of {@link StateDates#ofPeriods}. */
    List<MrrBridge> bridges(List<Period> periods) {
        Currency currency = reporting.currency();
        List<MrrBridge> bridges = new ArrayList<>(periods.size());
        for (int i = 0; i < periods.size(); i++) {
            Rational start = Rational.ZERO;
            Rational end = Rational.ZERO;
            Rational fx = Rational.ZERO;
            long atStart = 0;
            long atEnd = 0;
            Map<MovementType, Rational> amounts = new EnumMap<>(MovementType.class);
            Map<MovementType, List<String>> who = new EnumMap<>(MovementType.class);
            for (MovementType t : MovementType.values()) {
                amounts.put(t, Rational.ZERO);
                who.put(t, new ArrayList<>());
            }
            for (int c = 0; c < rows.customers(); c++) {
                List<Subscription> subs = rows.subscriptions(c);
                Rational before = mrr(subs, i, i);
                Rational beforeAtEndRates = mrr(subs, i, i + 1);
                Rational after = mrr(subs, i + 1, i + 1);
                start = start.add(before);
                end = end.add(after);
                fx = fx.add(beforeAtEndRates.subtract(before));
                atStart += before.signum() > 0 ? 1 : 0;
                atEnd += after.signum() > 0 ? 1 : 0;
                MovementType type = MrrBridgeKernel.classify(beforeAtEndRates.signum(), after.signum(),
                        after.compareTo(beforeAtEndRates), MrrBridgeKernel.paidBefore(firstFrom(subs), i));
                if (type != null) {
                    amounts.put(type, amounts.get(type).add(after.subtract(beforeAtEndRates).abs()));
                    who.get(type).add(rows.customerId(c));
                }
            }
            Movement[] m = new Movement[MovementType.values().length];
            for (MovementType t : MovementType.values()) {
                m[t.ordinal()] = new Movement(ExactMoney.ofMinor(currency, amounts.get(t)), who.get(t));
            }
            bridges.add(new MrrBridge(periods.get(i), currency, ExactMoney.ofMinor(currency, start),
                    ExactMoney.ofMinor(currency, end), atStart, atEnd, m[MovementType.NEW.ordinal()],
                    m[MovementType.EXPANSION.ordinal()], m[MovementType.REACTIVATION.ordinal()],
                    m[MovementType.CONTRACTION.ordinal()], m[MovementType.CHURN.ordinal()],
                    ExactMoney.ofMinor(currency, fx)));
        }
        return bridges;
    }

    /** A customer's MRR at state {@code k}, converted at the rates of state {@code ratesOf}. */
    private Rational mrr(List<Subscription> subs, int k, int ratesOf) {
        Rational sum = Rational.ZERO;
        for (Subscription s : subs) {
            if (s.isPaying() && states.firstAtOrAfter(SubscriptionFields.startDay(s)) <= k
                    && k < states.firstAtOrAfter(SubscriptionFields.endDay(s))) {
                LocalDate on = LocalDate.ofEpochDay(states.day(ratesOf));
                sum = sum.add(reporting.convert(s.monthlyValue(), on).minorUnits());
            }
        }
        return sum;
    }

    /** The first state index of a customer's earliest paying segment. */
    private int firstFrom(List<Subscription> subs) {
        int first = Integer.MAX_VALUE;
        for (Subscription s : subs) {
            if (s.isPaying()) {
                first = Math.min(first, states.firstAtOrAfter(SubscriptionFields.startDay(s)));
            }
        }
        return first;
    }
}
