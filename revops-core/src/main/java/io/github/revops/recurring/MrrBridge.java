package io.github.revops.recurring;

import io.github.revops.domain.Subscription;
import io.github.revops.money.ExactMoney;
import io.github.revops.money.ReportingCurrency;
import io.github.revops.result.Breakdown;
import io.github.revops.result.Mergeable;
import io.github.revops.result.Ratio;
import io.github.revops.result.TimeSeries;
import io.github.revops.table.CodeColumn;
import io.github.revops.table.SubscriptionTable;
import io.github.revops.time.Granularity;
import io.github.revops.time.Period;

import java.util.Collection;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collector;

/**
 * The MRR bridge of a period: start MRR, the five movements at customer grain, the FX impact, and end MRR
 * (docs/metrics.md#recurring-revenue-and-retention, "Movements (the bridge)"), with the revenue ratios built on it
 * ("Revenue ratios").
 *
 * <p>The start state is MRR on the day before the period begins and the end state MRR on its last day. Each
 * customer's change between the two, after summing its subscriptions, is one movement: new or reactivation (from
 * zero; reactivation when the customer paid on some day before the period began, tested first), expansion,
 * contraction or churn. Changes that undo each other inside the period are invisible. The identity
 * {@code end = start + fx + new + expansion + reactivation - contraction - churn} holds exactly; the constructor
 * checks it.
 * <pre>{@code
 * MrrBridge march = MrrBridge.of(subscriptions, Period.month(2026, 3));
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
 * The {@link #collector} gives the same bridge on any split of the subscriptions. Finished bridges {@link #combine}
 * only when their inputs hold disjoint customers (every subscription of a customer in one part, as segments of
 * customers are); a customer listed in both throws.
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
        Objects.requireNonNull(startMrr, "startMrr");
        Objects.requireNonNull(endMrr, "endMrr");
        Objects.requireNonNull(newBusiness, "newBusiness");
        Objects.requireNonNull(expansion, "expansion");
        Objects.requireNonNull(reactivation, "reactivation");
        Objects.requireNonNull(contraction, "contraction");
        Objects.requireNonNull(churn, "churn");
        Objects.requireNonNull(fxImpact, "fxImpact");
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
     * Computes the bridge of a period of subscriptions in one currency.
     *
     * @param subscriptions  the subscriptions, at least one, ids unique, not null
     * @param period  the period, not null
     * @return the bridge, in the first subscription's currency, never null
     * @throws IllegalArgumentException if there is no subscription (give a {@link ReportingCurrency})
     * @throws io.github.revops.money.CurrencyMismatchException if two subscriptions have different currencies
     * @throws io.github.revops.domain.InvalidRecordException if two subscriptions share an id
     */
    public static MrrBridge of(Collection<Subscription> subscriptions, Period period) {
        Objects.requireNonNull(subscriptions, "subscriptions");
        Objects.requireNonNull(period, "period");
        return of(subscriptions, period, Subscriptions.firstCurrency(Subscriptions.checked(subscriptions)));
    }

    /**
     * Computes the bridge of a period in a reporting currency; with rates, a customer's start MRR is also valued at
     * the end date's rates and the difference is the FX impact.
     *
     * @param subscriptions  the subscriptions, ids unique, not null
     * @param period  the period, not null
     * @param reporting  the reporting currency and its rates, not null
     * @return the bridge, never null
     * @throws io.github.revops.money.CurrencyMismatchException if a subscription is in another currency and there are
     *         no rates
     * @throws io.github.revops.money.MissingExchangeRateException if a needed rate is missing
     * @throws io.github.revops.domain.InvalidRecordException if two subscriptions share an id
     */
    public static MrrBridge of(Collection<Subscription> subscriptions, Period period, ReportingCurrency reporting) {
        Objects.requireNonNull(subscriptions, "subscriptions");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(reporting, "reporting");
        return bridges(Subscriptions.checked(subscriptions), List.of(period), reporting).get(0);
    }

    /**
     * Computes the bridge of a period per group of customers (a segment, a tenant...), keys in natural order; the
     * total of the breakdown is {@link #of(Collection, Period)} of all of them.
     *
     * @param <K>  the key type
     * @param subscriptions  the subscriptions, at least one, in one currency, ids unique, not null
     * @param period  the period, not null
     * @param key  the group of a subscription, the same for every subscription of a customer, not null
     * @return the bridge per group, never null
     * @throws IllegalArgumentException if there is no subscription, a key is null or a customer is in two groups
     * @throws io.github.revops.money.CurrencyMismatchException if two subscriptions have different currencies
     * @throws io.github.revops.domain.InvalidRecordException if two subscriptions share an id
     */
    public static <K extends Comparable<? super K>> Breakdown<K, MrrBridge> by(
            Collection<Subscription> subscriptions, Period period, Function<? super Subscription, ? extends K> key) {
        Objects.requireNonNull(subscriptions, "subscriptions");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(key, "key");
        return by(subscriptions, period, Subscriptions.firstCurrency(Subscriptions.checked(subscriptions)), key);
    }

    /**
     * Computes the bridge of a period per group of customers in a reporting currency.
     *
     * @param <K>  the key type
     * @param subscriptions  the subscriptions, ids unique, not null
     * @param period  the period, not null
     * @param reporting  the reporting currency and its rates, not null
     * @param key  the group of a subscription, the same for every subscription of a customer, not null
     * @return the bridge per group, never null
     * @throws IllegalArgumentException if a key is null or a customer is in two groups
     * @throws io.github.revops.domain.InvalidRecordException if two subscriptions share an id
     */
    public static <K extends Comparable<? super K>> Breakdown<K, MrrBridge> by(
            Collection<Subscription> subscriptions, Period period, ReportingCurrency reporting,
            Function<? super Subscription, ? extends K> key) {
        Objects.requireNonNull(subscriptions, "subscriptions");
        Objects.requireNonNull(reporting, "reporting");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(period, "period");
        return Subscriptions.by(Subscriptions.checked(subscriptions), key, true,
                group -> bridges(group, List.of(period), reporting).get(0), empty(period, reporting.currency()));
    }

    /**
     * Computes the bridge of each period of a range, subscriptions in one currency, in one pass over them; each
     * period's end MRR is the next one's start MRR.
     *
     * @param subscriptions  the subscriptions, at least one, ids unique, not null
     * @param range  the range, not null
     * @param granularity  how to cut it, such as {@link Granularity#MONTH}, not null
     * @return the bridges in time order, never null
     * @throws IllegalArgumentException if there is no subscription
     * @throws io.github.revops.money.CurrencyMismatchException if two subscriptions have different currencies
     * @throws io.github.revops.domain.InvalidRecordException if two subscriptions share an id
     */
    public static TimeSeries<MrrBridge> series(Collection<Subscription> subscriptions, Period range,
                                               Granularity granularity) {
        Objects.requireNonNull(subscriptions, "subscriptions");
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(granularity, "granularity");
        Collection<Subscription> present = Subscriptions.withoutNulls(subscriptions);
        return seriesOf(present, range, granularity, Subscriptions.firstCurrency(present));
    }

    /**
     * Computes the bridge of each period of a range in a reporting currency.
     *
     * @param subscriptions  the subscriptions, ids unique, not null
     * @param range  the range, not null
     * @param granularity  how to cut it, such as {@link Granularity#MONTH}, not null
     * @param reporting  the reporting currency and its rates, not null
     * @return the bridges in time order, never null
     * @throws io.github.revops.money.MissingExchangeRateException if a needed rate is missing
     * @throws io.github.revops.domain.InvalidRecordException if two subscriptions share an id
     */
    public static TimeSeries<MrrBridge> series(Collection<Subscription> subscriptions, Period range,
                                               Granularity granularity, ReportingCurrency reporting) {
        Objects.requireNonNull(subscriptions, "subscriptions");
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(granularity, "granularity");
        Objects.requireNonNull(reporting, "reporting");
        return seriesOf(Subscriptions.withoutNulls(subscriptions), range, granularity, reporting);
    }

    /**
     * Returns a collector of the bridge of a period, subscriptions in one currency (the first one's). It is exact on
     * any split of the subscriptions and does not check ids.
     *
     * @param period  the period, not null
     * @return the collector, never null; it throws {@link IllegalArgumentException} on no subscription and
     *         {@link io.github.revops.money.CurrencyMismatchException} on a second currency
     */
    public static Collector<Subscription, ?, MrrBridge> collector(Period period) {
        Objects.requireNonNull(period, "period");
        return Subscriptions.collector(() -> RecordSegments.builder(16),
                rows -> bridges(rows, List.of(period), ReportingCurrency.of(rows.currency())).get(0));
    }

    /**
     * Returns a collector of the bridge of a period in a reporting currency. It is exact on any split of the
     * subscriptions and does not check ids.
     *
     * @param period  the period, not null
     * @param reporting  the reporting currency and its rates, not null
     * @return the collector, never null
     */
    public static Collector<Subscription, ?, MrrBridge> collector(Period period, ReportingCurrency reporting) {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(reporting, "reporting");
        return Subscriptions.collector(() -> RecordSegments.builder(reporting, 16),
                rows -> bridges(rows, List.of(period), reporting).get(0));
    }

    /**
     * Computes the bridge of a period from the rows of a subscription table, in the table's currency; equal to
     * {@code of(subscriptions, period)} for the same subscriptions.
     *
     * @param subscriptions  the subscriptions as a table, not null
     * @param period  the period, not null
     * @return the bridge, never null
     */
    public static MrrBridge of(SubscriptionTable subscriptions, Period period) {
        Objects.requireNonNull(subscriptions, "subscriptions");
        Objects.requireNonNull(period, "period");
        return bridges(subscriptions, List.of(period)).get(0);
    }

    /**
     * Computes the bridge of a period per value of a key column of a subscription table (such as its customer
     * column), which must hold one value per customer.
     *
     * @param subscriptions  the subscriptions as a table, not null
     * @param period  the period, not null
     * @param key  a code column of the table, not null
     * @return the bridge per key value, in key order, never null
     * @throws IllegalArgumentException if the key is not a column of the table or a customer's rows have different keys
     */
    public static Breakdown<String, MrrBridge> by(SubscriptionTable subscriptions, Period period, CodeColumn key) {
        Objects.requireNonNull(subscriptions, "subscriptions");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(key, "key");
        List<Period> periods = List.of(period);
        Map<String, MrrBridgeKernel> groups = TableSegments.feedBy(subscriptions, key,
                () -> new MrrBridgeKernel(periods, subscriptions.monthlyDenominator()));
        Map<String, MrrBridge> results = new TreeMap<>();
        groups.forEach((k, kernel) -> results.put(k, kernel.bridges(subscriptions.currency()).get(0)));
        return Breakdown.of(results, Comparator.naturalOrder(), empty(period, subscriptions.currency()));
    }

    /**
     * Computes the bridge of each period of a range from the rows of a subscription table in one pass over the
     * rows; equal to {@code series(subscriptions, range, granularity)}. A split of the table
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
        Objects.requireNonNull(subscriptions, "subscriptions");
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(granularity, "granularity");
        List<Period> periods = range.split(granularity);
        return Series.of(periods, bridges(subscriptions, periods));
    }

    /** The bridges of checked records (RecurringRevenue checks them once). */
    static List<MrrBridge> bridges(Collection<Subscription> subscriptions, List<Period> periods,
                                   ReportingCurrency reporting) {
        return bridges(subscriptions, periods, reporting, false);
    }

    /** The bridges of records, their ids checked here ({@code checkIds}) or by the caller. */
    private static List<MrrBridge> bridges(Collection<Subscription> subscriptions, List<Period> periods,
                                           ReportingCurrency reporting, boolean checkIds) {
        Optional<RecordSegments.Fed<MrrBridgeKernel>> fed = RecordSegments.stream(subscriptions,
                Optional.of(reporting), true, denominator -> new MrrBridgeKernel(periods, denominator), checkIds);
        if (fed.isPresent()) {
            return fed.get().kernel().bridges(reporting.currency());
        }
        return bridges(Subscriptions.segments(subscriptions, reporting), periods, reporting);
    }

    /** The series of bridges of records (not null), their ids checked in the same pass. */
    private static TimeSeries<MrrBridge> seriesOf(Collection<Subscription> subscriptions, Period range,
                                                  Granularity granularity, ReportingCurrency reporting) {
        return Subscriptions.idsFirst(subscriptions, () -> {
            List<Period> periods = range.split(granularity);
            return Series.of(periods, bridges(subscriptions, periods, reporting, true));
        });
    }

    private static List<MrrBridge> bridges(RecordSegments rows, List<Period> periods, ReportingCurrency reporting) {
        if (rows.converted()) {
            return new ConvertedMrr(rows, reporting, StateDates.ofPeriods(periods)).bridges(periods);
        }
        MrrBridgeKernel kernel = new MrrBridgeKernel(periods, rows.denominator());
        rows.feed(kernel);
        return kernel.bridges(rows.currency());
    }

    private static List<MrrBridge> bridges(SubscriptionTable table, List<Period> periods) {
        MrrBridgeKernel kernel = new MrrBridgeKernel(periods, table.monthlyDenominator());
        TableSegments.feed(table, kernel);
        return kernel.bridges(table.currency());
    }

    /**
     * Returns one movement by type.
     *
     * @param type  the type, not null
     * @return the movement, never null
     */
    public Movement movement(MovementType type) {
        Objects.requireNonNull(type, "type");
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
     * Returns the expansion MRR (docs/metrics.md#recurring-revenue-and-retention, "Revenue ratios").
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
        Objects.requireNonNull(other, "other");
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
}
