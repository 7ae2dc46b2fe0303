package io.github.revops.recurring;

import io.github.revops.domain.Subscription;
import io.github.revops.math.Rational;
import io.github.revops.money.ExactMoney;
import io.github.revops.money.ReportingCurrency;
import io.github.revops.result.Mergeable;
import io.github.revops.result.Ratio;
import io.github.revops.result.TimeSeries;
import io.github.revops.table.SubscriptionTable;
import io.github.revops.time.Granularity;
import io.github.revops.time.Period;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collector;

/**
 * The MRR bridge of a period: start MRR, the five movements at customer grain, the FX impact, and end MRR
 * (METRICS.md 11), with the revenue ratios built on it (METRICS.md 7 and 9).
 *
 * <p>The start state is MRR on the day before the period begins and the end state MRR on its last day. Each
 * customer's change between the two, after summing its subscriptions, is one movement: new or reactivation (from
 * zero; reactivation when the customer paid on some day before the period began, tested first), expansion,
 * contraction or churn. Changes that undo each other inside the period are invisible. The identity
 * {@code end = start + fx + new + expansion + reactivation - contraction - churn} holds exactly; the constructor
 * checks it.
 * <pre>{@code
 * MrrBridge march = RecurringRevenue.of(subscriptions).movements(Period.month(2026, 3));
 * march.expansion().mrr();      // exact expansion MRR
 * march.churn().customers();    // who churned, sorted
 * march.nrr();                  // (start + expansion - contraction - churn) / start, parts kept
 * }</pre>
 *
 * <h2>Currency</h2>
 * With a {@link ReportingCurrency} that converts, a customer's MRR is converted at the rate of the date it is read on.
 * The start state is also valued at the end date's rates: the difference of the two valuations is the customer's
 * FX impact, and the customer's movement is its end MRR against its start MRR at end rates, so a change of rate alone
 * is never expansion or contraction (docs/decisions/0021). The revenue ratios divide by the start MRR at end rates,
 * {@link #startMrrAtEndRates()}, which is the start MRR when nothing is converted.
 *
 * <h2>Merging</h2>
 * The {@link #collector} gives the same bridge on any split of the subscriptions: its accumulator keeps a small state
 * per customer. Finished bridges {@link #combine} only when their inputs hold disjoint customers (every subscription of
 * a customer in one part, as segments of customers are); a customer listed in both throws.
 *
 * @param period  the period, not null
 * @param currency  the currency of every amount, not null
 * @param startMrr  MRR at the start state (the day before the period), at that day's rates, not null
 * @param endMrr  MRR at the end state (the period's last day), at that day's rates, not null
 * @param customersAtStart  customers paying at the start state, not negative
 * @param customersAtEnd  customers paying at the end state, not negative
 * @param newBusiness  customers paying for the first time, not null
 * @param expansion  customers paying more, not null
 * @param reactivation  customers who paid before, stopped, and pay again, not null
 * @param contraction  customers paying less, not null
 * @param churn  customers who stopped paying, not null
 * @param fxImpact  the start state revalued from start-date to end-date rates minus the start MRR, not null
 * @since 0.1.0
 */
public record MrrBridge(Period period, Currency currency, ExactMoney startMrr, ExactMoney endMrr,
                        long customersAtStart, long customersAtEnd, Movement newBusiness, Movement expansion,
                        Movement reactivation, Movement contraction, Movement churn, ExactMoney fxImpact)
        implements Mergeable<MrrBridge> {

    /**
     * Validates the bridge, including its identity.
     *
     * @param period  the period, not null
     * @param currency  the currency of every amount, not null
     * @param startMrr  MRR at the start state (the day before the period), at that day's rates, not null
     * @param endMrr  MRR at the end state (the period's last day), at that day's rates, not null
     * @param customersAtStart  customers paying at the start state, not negative
     * @param customersAtEnd  customers paying at the end state, not negative
     * @param newBusiness  customers paying for the first time, not null
     * @param expansion  customers paying more, not null
     * @param reactivation  customers who paid before, stopped, and pay again, not null
     * @param contraction  customers paying less, not null
     * @param churn  customers who stopped paying, not null
     * @param fxImpact  the start state revalued from start-date to end-date rates minus the start MRR, not null
     * @throws IllegalArgumentException if a count is negative, the currencies differ or the identity does not hold
     */
    public MrrBridge {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(currency, "currency");
        if (customersAtStart < 0 || customersAtEnd < 0) {
            throw new IllegalArgumentException("customersAtStart (" + customersAtStart + ") and customersAtEnd ("
                    + customersAtEnd + ") must not be negative");
        }
        ExactMoney expected = startMrr.plus(fxImpact).plus(newBusiness.mrr()).plus(expansion.mrr())
                .plus(reactivation.mrr()).minus(contraction.mrr()).minus(churn.mrr());
        if (!expected.equals(endMrr) || !endMrr.currency().equals(currency)) {
            throw new IllegalArgumentException("endMrr (" + endMrr + ") must equal start + fx + new + expansion"
                    + " + reactivation - contraction - churn (" + expected + ") in " + currency);
        }
    }

    /**
     * Obtains the bridge of no subscription: the identity of {@link #combine}.
     *
     * @param period  the period, not null
     * @param currency  the currency, not null
     * @return the empty bridge, never null
     */
    public static MrrBridge empty(Period period, Currency currency) {
        ExactMoney zero = ExactMoney.zero(currency);
        Movement none = Movement.none(currency);
        return new MrrBridge(period, currency, zero, zero, 0, 0, none, none, none, none, none, zero);
    }

    /**
     * Returns a collector of the bridge of a period.
     *
     * @param period  the period, not null
     * @param reporting  the reporting currency and its rates, not null
     * @return the collector, never null
     */
    public static Collector<Subscription, ?, MrrBridge> collector(Period period, ReportingCurrency reporting) {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(reporting, "reporting");
        return Collector.of(() -> new Accumulator(period, reporting), Accumulator::add, Accumulator::addAll,
                Accumulator::build, Collector.Characteristics.UNORDERED);
    }

    /**
     * Computes the bridge of a period from the rows of a subscription table, in the table's currency; equal to
     * {@code RecurringRevenue.of(subscriptions).movements(period)} for the same subscriptions.
     *
     * @param subscriptions  the subscriptions as a table, not null
     * @param period  the period, not null
     * @return the bridge, never null
     */
    public static MrrBridge of(SubscriptionTable subscriptions, Period period) {
        return TableEvaluation.bridges(subscriptions, List.of(period)).get(0);
    }

    /**
     * Computes the bridge of each period of a range from the rows of a subscription table in one pass over the
     * rows; equal to {@code RecurringRevenue.of(subscriptions).bridge(range, granularity)}. A split of the table
     * ({@link SubscriptionTable#split}) never cuts a customer, so the series of the parts combine point by point.
     * <pre>{@code
     * TimeSeries<MrrBridge> months = MrrBridge.series(table, Period.year(2026), Granularity.MONTH);
     * TimeSeries<MrrBridge> same = Parallel.evaluate(table.split(Parallel.parts()),
     *         part -> MrrBridge.series(part, Period.year(2026), Granularity.MONTH), Parallel.pointwise());
     * }</pre>
     *
     * @param subscriptions  the subscriptions as a table, not null
     * @param range  the range, not null
     * @param granularity  how to cut it, such as {@link Granularity#MONTH}, not null
     * @return the bridges in time order, never null
     */
    public static TimeSeries<MrrBridge> series(SubscriptionTable subscriptions, Period range,
                                               Granularity granularity) {
        List<Period> periods = range.split(granularity);
        return TableEvaluation.series(periods, TableEvaluation.bridges(subscriptions, periods));
    }

    /**
     * Obtains an empty accumulator, for a loop that adds subscriptions one at a time.
     *
     * @param period  the period, not null
     * @param reporting  the reporting currency and its rates, not null
     * @return a new accumulator, never null
     */
    public static Accumulator accumulator(Period period, ReportingCurrency reporting) {
        return new Accumulator(Objects.requireNonNull(period, "period"),
                Objects.requireNonNull(reporting, "reporting"));
    }

    /**
     * Returns one movement by type.
     *
     * @param type  the type, not null
     * @return the movement, never null
     */
    public Movement movement(MovementType type) {
        switch (type) {
            case NEW: return newBusiness;
            case REACTIVATION: return reactivation;
            case EXPANSION: return expansion;
            case CONTRACTION: return contraction;
            default: return churn;
        }
    }

    /**
     * Returns the net change of MRR, end minus start (FX impact included).
     *
     * @return the net change, never null
     */
    public ExactMoney netChange() {
        return endMrr.minus(startMrr);
    }

    /**
     * Returns the start MRR valued at the end date's rates ({@code startMrr + fxImpact}): the base of the ratios.
     *
     * @return the start MRR at end rates, never null
     */
    public ExactMoney startMrrAtEndRates() {
        return startMrr.plus(fxImpact);
    }

    /**
     * Returns the expansion MRR (METRICS.md 9).
     *
     * @return the expansion MRR, never null
     */
    public ExactMoney expansionMrr() {
        return expansion.mrr();
    }

    /**
     * Returns gross MRR churn: (churn + contraction) / start MRR; undefined with no start MRR.
     *
     * @return the ratio in minor units, never null
     */
    public Ratio grossMrrChurn() {
        return ratio(churn.mrr().plus(contraction.mrr()));
    }

    /**
     * Returns net MRR churn: (churn + contraction - expansion - reactivation) / start MRR; may be negative.
     *
     * @return the ratio in minor units, never null
     */
    public Ratio netMrrChurn() {
        return ratio(churn.mrr().plus(contraction.mrr()).minus(expansion.mrr()).minus(reactivation.mrr()));
    }

    /**
     * Returns net revenue retention: (start + expansion - contraction - churn) / start MRR, new and reactivated
     * customers left out.
     *
     * @return the ratio in minor units, never null
     */
    public Ratio nrr() {
        return ratio(startMrrAtEndRates().plus(expansion.mrr()).minus(contraction.mrr()).minus(churn.mrr()));
    }

    /**
     * Returns gross revenue retention: (start - contraction - churn) / start MRR, at most 1.
     *
     * @return the ratio in minor units, never null
     */
    public Ratio grr() {
        return ratio(startMrrAtEndRates().minus(contraction.mrr()).minus(churn.mrr()));
    }

    /**
     * Returns the expansion rate: expansion MRR / start MRR.
     *
     * @return the ratio in minor units, never null
     */
    public Ratio expansionRate() {
        return ratio(expansion.mrr());
    }

    /**
     * Returns the quick ratio: (new + expansion) / (contraction + churn), undefined when nothing was lost.
     *
     * @return the ratio in minor units, never null
     */
    public Ratio quickRatio() {
        return Ratio.of(newBusiness.mrr().plus(expansion.mrr()).minorUnits(),
                contraction.mrr().plus(churn.mrr()).minorUnits());
    }

    /**
     * Returns the upsell rate: customers who expanded / customers paying at the start state.
     *
     * @return the ratio of customer counts, never null
     */
    public Ratio upsellRate() {
        return Ratio.of(expansion.count(), customersAtStart);
    }

    /**
     * The movement of one customer, tested in the order of METRICS.md 11, from the signs of its MRR before and after
     * and their comparison; null for no movement. Shared by the accumulator and the column-table evaluation.
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

    private Ratio ratio(ExactMoney numerator) {
        return Ratio.of(numerator.minorUnits(), startMrrAtEndRates().minorUnits());
    }

    /**
     * Returns the bridge of two inputs with disjoint customers: every part added, customer lists merged.
     *
     * @param other  the other bridge, same period and currency, disjoint customers, not null
     * @return the merged bridge, never null
     * @throws IllegalArgumentException if the periods or currencies differ, or a customer is listed in both
     */
    @Override
    public MrrBridge combine(MrrBridge other) {
        if (!period.equals(other.period) || !currency.equals(other.currency)) {
            throw new IllegalArgumentException("bridges of " + period + " " + currency + " and " + other.period + " "
                    + other.currency + " do not combine");
        }
        return new MrrBridge(period, currency, startMrr.plus(other.startMrr), endMrr.plus(other.endMrr),
                Math.addExact(customersAtStart, other.customersAtStart),
                Math.addExact(customersAtEnd, other.customersAtEnd), newBusiness.combine(other.newBusiness),
                expansion.combine(other.expansion), reactivation.combine(other.reactivation),
                contraction.combine(other.contraction), churn.combine(other.churn), fxImpact.plus(other.fxImpact));
    }

    /**
     * Adds subscriptions one at a time, keeping per customer its start MRR (at start and end rates), its end MRR and
     * whether it paid before the period. Not thread-safe; merge accumulators of separate threads with
     * {@link #addAll}, which is exact on any split.
     *
     * @since 0.1.0
     */
    public static final class Accumulator {

        private final Period period;
        private final ReportingCurrency reporting;
        private final LocalDate startState;
        private final LocalDate endState;
        private final Map<String, CustomerState> customers = new HashMap<>();

        private Accumulator(Period period, ReportingCurrency reporting) {
            this.period = period;
            this.reporting = reporting;
            this.startState = period.start().minusDays(1);
            this.endState = period.lastDay();
        }

        /**
         * Adds one subscription.
         *
         * @param s  the subscription, not null
         * @throws io.github.revops.money.CurrencyMismatchException if its currency cannot be reported
         * @throws io.github.revops.money.MissingExchangeRateException if a needed rate is missing
         */
        public void add(Subscription s) {
            SubscriptionAmounts.check(reporting, s);
            if (!s.isPaying() || s.startDate().isAfter(endState)) {
                return;
            }
            boolean atStart = MrrSum.inService(s, startState);
            boolean atEnd = MrrSum.inService(s, endState);
            boolean before = s.startDate().isBefore(period.start());
            if (!atStart && !atEnd && !before) {
                return;
            }
            CustomerState state = customers.computeIfAbsent(s.customerId(), k -> new CustomerState());
            state.paidBefore |= before;
            if (atStart) {
                state.start.add(s, reporting, startState);
                state.startAtEndRates.add(s, reporting, endState);
            }
            if (atEnd) {
                state.end.add(s, reporting, endState);
            }
        }

        /**
         * Adds everything another accumulator holds.
         *
         * @param other  the other accumulator, same period and currency, not null
         * @return this accumulator
         */
        public Accumulator addAll(Accumulator other) {
            other.customers.forEach((k, v) -> customers.computeIfAbsent(k, x -> new CustomerState()).addAll(v));
            return this;
        }

        /**
         * Builds the bridge; the accumulator can go on adding.
         *
         * @return the bridge, never null
         */
        public MrrBridge build() {
            Currency currency = reporting.currency();
            Rational start = Rational.ZERO;
            Rational end = Rational.ZERO;
            Rational fx = Rational.ZERO;
            long atStart = 0;
            long atEnd = 0;
            EnumMap<MovementType, Rational> amounts = new EnumMap<>(MovementType.class);
            EnumMap<MovementType, List<String>> who = new EnumMap<>(MovementType.class);
            for (MovementType t : MovementType.values()) {
                amounts.put(t, Rational.ZERO);
                who.put(t, new ArrayList<>());
            }
            for (Map.Entry<String, CustomerState> e : new TreeMap<>(customers).entrySet()) {
                CustomerState c = e.getValue();
                Rational before = c.start.value();
                Rational beforeAtEndRates = c.startAtEndRates.value();
                Rational after = c.end.value();
                start = start.add(before);
                end = end.add(after);
                fx = fx.add(beforeAtEndRates.subtract(before));
                atStart += before.signum() > 0 ? 1 : 0;
                atEnd += after.signum() > 0 ? 1 : 0;
                MovementType type = classify(beforeAtEndRates, after, c.paidBefore);
                if (type != null) {
                    Rational amount = type == MovementType.CHURN ? beforeAtEndRates
                            : after.subtract(beforeAtEndRates).abs();
                    amounts.put(type, amounts.get(type).add(amount));
                    who.get(type).add(e.getKey());
                }
            }
            return new MrrBridge(period, currency, ExactMoney.ofMinor(currency, start),
                    ExactMoney.ofMinor(currency, end), atStart, atEnd, movement(MovementType.NEW, amounts, who),
                    movement(MovementType.EXPANSION, amounts, who), movement(MovementType.REACTIVATION, amounts, who),
                    movement(MovementType.CONTRACTION, amounts, who), movement(MovementType.CHURN, amounts, who),
                    ExactMoney.ofMinor(currency, fx));
        }

        private Movement movement(MovementType type, Map<MovementType, Rational> amounts,
                                  Map<MovementType, List<String>> who) {
            return new Movement(ExactMoney.ofMinor(reporting.currency(), amounts.get(type)), who.get(type));
        }

        private static MovementType classify(Rational before, Rational after, boolean paidBefore) {
            return MrrBridge.classify(before.signum(), after.signum(), after.compareTo(before), paidBefore);
        }
    }

    /** One customer's state in a period: start MRR at start and end rates, end MRR, paid before the period. */
    private static final class CustomerState {
        final MrrSum start = new MrrSum();
        final MrrSum startAtEndRates = new MrrSum();
        final MrrSum end = new MrrSum();
        boolean paidBefore;

        void addAll(CustomerState other) {
            start.addAll(other.start);
            startAtEndRates.addAll(other.startAtEndRates);
            end.addAll(other.end);
            paidBefore |= other.paidBefore;
        }
    }
}
