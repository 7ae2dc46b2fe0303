package io.github.revops.pipeline;

import io.github.revops.domain.Deal;
import io.github.revops.money.CurrencyMismatchException;
import io.github.revops.money.ReportingCurrency;
import io.github.revops.result.Breakdown;
import io.github.revops.table.CodeColumn;
import io.github.revops.table.DealTable;
import io.github.revops.result.Mergeable;
import io.github.revops.result.Ratio;
import io.github.revops.result.TimeSeries;
import io.github.revops.time.Granularity;
import io.github.revops.time.Period;

import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collector;

/**
 * Computes how often deals are won in a period, by count and by value, under every policy of docs/metrics.md#win-rate.
 * <pre>
 *   win rate  = won / denominator            (by count: deals; by value: sums of amounts)
 *   loss rate = lost / denominator
 * </pre>
 * The default policy ({@link WinRatePolicy#DEFAULT}, Salesforce's won / closed) looks at the deals won or lost with
 * a close date in the period and divides by their number: 12 won and 8 lost give 12/20 = 0.60. Open deals never
 * count. The {@link WinRateBasis} picks the won and lost deals (closed in the period, or the cohort created in it);
 * the {@link WinRateDenominator} divides by won + lost, or by every deal created in the period.
 *
 * <p>The result keeps what every policy needs (five {@link DealTally tallies}), so one pass over the deals answers
 * any policy: {@code byCount(policy)}, {@code byValue(policy)} and the loss rates. A rate with a zero denominator is
 * undefined ({@link Ratio#isDefined()} false, never NaN or 0); by value it is undefined when the denominator's
 * amounts sum to 0, even if by count it is defined. Nothing is rounded: turn a rate into a decimal with
 * {@link Ratio#toBigDecimal}. Amounts must all be in one currency ({@link CurrencyMismatchException} otherwise),
 * unless a {@link ReportingCurrency} with exchange rates is given: then each deal is converted at the rate of its
 * close date (an open deal, which only counts in {@link #created()}, at the period's last day).
 * <pre>{@code
 * Breakdown<String, WinRate> perOwner = WinRate.by(deals, Period.quarter(2017, 3), Deal::owner);
 * perOwner.groups().forEach((owner, rate) ->
 *         System.out.println(owner + ": " + rate.byCount() + " won"));        // ana: 5/8 won
 * Ratio team = perOwner.total().byCount();                                   // 12/20, every owner
 * BigDecimal teamRate = team.toBigDecimal(2, RoundingMode.HALF_EVEN);        // 0.60
 * WinRate.of(deals, Period.quarter(2017, 3)).equals(perOwner.total());       // true
 * }</pre>
 *
 * <p>Results merge: the win rate of two sets of deals is the {@link #combine} of theirs, exactly, in any order, so
 * a {@link #collector} on a parallel stream gives the same answer as one thread. This record is immutable.
 *
 * @param closedWon  the WON deals with a close date in the period, not null
 * @param closedLost  the LOST deals with a close date in the period, not null
 * @param createdWon  the WON deals with a created date in the period, whenever they closed, not null
 * @param createdLost  the LOST deals with a created date in the period, whenever they closed, not null
 * @param created  every deal with a created date in the period, any status, not null
 * @since 0.1.0
 */
public record WinRate(DealTally closedWon, DealTally closedLost, DealTally createdWon, DealTally createdLost,
                      DealTally created) implements Mergeable<WinRate> {

    /** No deal: the identity of {@link #combine}; every rate is undefined. */
    public static final WinRate EMPTY =
            new WinRate(DealTally.EMPTY, DealTally.EMPTY, DealTally.EMPTY, DealTally.EMPTY, DealTally.EMPTY);

    /**
     * Validates the tallies.
     *
     * @param closedWon  the WON deals with a close date in the period, not null
     * @param closedLost  the LOST deals with a close date in the period, not null
     * @param createdWon  the WON deals with a created date in the period, not null
     * @param createdLost  the LOST deals with a created date in the period, not null
     * @param created  every deal with a created date in the period, not null
     * @throws CurrencyMismatchException if the tallies' amounts are in different currencies
     * @throws IllegalArgumentException if more deals were created and closed than created
     */
    public WinRate {
        Objects.requireNonNull(closedWon, "closedWon");
        Objects.requireNonNull(closedLost, "closedLost");
        Objects.requireNonNull(createdWon, "createdWon");
        Objects.requireNonNull(createdLost, "createdLost");
        Objects.requireNonNull(created, "created");
        DealTallies.checkOneCurrency(closedWon, closedLost, createdWon, createdLost, created);
        if (createdWon.count() + createdLost.count() > created.count()) {
            throw new IllegalArgumentException("createdWon (" + createdWon.count() + ") + createdLost ("
                    + createdLost.count() + ") must not exceed created (" + created.count() + ")");
        }
    }

    /**
     * Computes the win rate of deals in a period.
     *
     * @param deals  the deals, with unique ids, in one currency, not null
     * @param period  the period, not null
     * @return the win rate, never null
     * @throws io.github.revops.domain.InvalidRecordException if two deals share an id
     * @throws CurrencyMismatchException if the deals that count are in more than one currency
     */
    public static WinRate of(Collection<Deal> deals, Period period) {
        Objects.requireNonNull(deals, "deals");
        return DealGroups.of(deals, period, Amounts.firstCurrency(), WinRateCells::new);
    }

    /**
     * Computes the win rate of deals in a period in a reporting currency: each amount in another currency is
     * converted at the rate of the deal's close date (an open deal's at the period's last day), exactly, or rejected
     * when the reporting currency has no rates.
     *
     * @param deals  the deals, with unique ids, not null
     * @param period  the period, not null
     * @param reporting  the currency of the result and its exchange rates, not null
     * @return the win rate, never null
     * @throws io.github.revops.domain.InvalidRecordException if two deals share an id
     * @throws CurrencyMismatchException if a deal that counts is in another currency and there are no rates
     * @throws io.github.revops.money.MissingExchangeRateException if a rate is missing
     */
    public static WinRate of(Collection<Deal> deals, Period period, ReportingCurrency reporting) {
        Objects.requireNonNull(deals, "deals");
        return DealGroups.of(deals, period, Amounts.in(reporting), WinRateCells::new);
    }

    /**
     * Computes the win rate of each group of deals, for any grouping: owner, source, type, a segment attribute
     * ({@link DealKeys#segment(String)}) or a key the caller computes.
     *
     * <p>The groups are every key found among the deals, in natural order, including groups with nothing in the
     * period; an enum key (such as {@link Deal#type()}) lists every constant of the enum. The total is the win rate
     * of all the deals.
     *
     * @param <K>  the key type
     * @param deals  the deals, with unique ids, in one currency, not null
     * @param period  the period, not null
     * @param key  the group of a deal, never null for a deal, not null
     * @return the win rate per group, never null
     * @throws io.github.revops.domain.InvalidRecordException if two deals share an id
     * @throws CurrencyMismatchException if the deals that count are in more than one currency
     */
    public static <K extends Comparable<? super K>> Breakdown<K, WinRate> by(
            Collection<Deal> deals, Period period, Function<? super Deal, ? extends K> key) {
        Objects.requireNonNull(deals, "deals");
        return DealGroups.by(deals, period, Amounts.firstCurrency(), key, WinRateCells::new, EMPTY);
    }

    /**
     * Computes the win rate of each group of deals in a reporting currency, amounts converted as in
     * {@link #of(Collection, Period, ReportingCurrency)}; the groups are as in {@link #by(Collection, Period,
     * Function)}.
     *
     * @param <K>  the key type
     * @param deals  the deals, with unique ids, not null
     * @param period  the period, not null
     * @param reporting  the currency of the result and its exchange rates, not null
     * @param key  the group of a deal, never null for a deal, not null
     * @return the win rate per group, never null
     * @throws io.github.revops.domain.InvalidRecordException if two deals share an id
     * @throws CurrencyMismatchException if a deal that counts is in another currency and there are no rates
     * @throws io.github.revops.money.MissingExchangeRateException if a rate is missing
     */
    public static <K extends Comparable<? super K>> Breakdown<K, WinRate> by(
            Collection<Deal> deals, Period period, ReportingCurrency reporting,
            Function<? super Deal, ? extends K> key) {
        Objects.requireNonNull(deals, "deals");
        return DealGroups.by(deals, period, Amounts.in(reporting), key, WinRateCells::new, EMPTY);
    }

    /**
     * Computes the win rate of each period of a granularity (months, quarters, fiscal quarters...) in a range.
     *
     * @param deals  the deals, with unique ids, in one currency, not null
     * @param range  the whole range, not null
     * @param granularity  how to cut the range, such as {@link Granularity#MONTH}, not null
     * @return the win rate per period, in time order, never null
     * @throws io.github.revops.domain.InvalidRecordException if two deals share an id
     * @throws CurrencyMismatchException if the deals that count in a period are in more than one currency
     */
    public static TimeSeries<WinRate> series(Collection<Deal> deals, Period range, Granularity granularity) {
        Objects.requireNonNull(deals, "deals");
        return DealGroups.series(deals, range, granularity, Amounts.firstCurrency(), WinRateCells::new);
    }

    /**
     * Computes the win rate of each period of a granularity in a range, in a reporting currency, amounts converted
     * as in {@link #of(Collection, Period, ReportingCurrency)}.
     *
     * @param deals  the deals, with unique ids, not null
     * @param range  the whole range, not null
     * @param granularity  how to cut the range, not null
     * @param reporting  the currency of the result and its exchange rates, not null
     * @return the win rate per period, in time order, never null
     * @throws io.github.revops.domain.InvalidRecordException if two deals share an id
     * @throws CurrencyMismatchException if a deal that counts is in another currency and there are no rates
     * @throws io.github.revops.money.MissingExchangeRateException if a rate is missing
     */
    public static TimeSeries<WinRate> series(Collection<Deal> deals, Period range, Granularity granularity,
                                             ReportingCurrency reporting) {
        Objects.requireNonNull(deals, "deals");
        return DealGroups.series(deals, range, granularity, Amounts.in(reporting), WinRateCells::new);
    }

    /**
     * Returns a collector of the win rate in a period. It does not check ids for duplicates (that would hold every id
     * in memory); {@link #of} does.
     *
     * @param period  the period, not null
     * @return the collector, never null
     */
    public static Collector<Deal, ?, WinRate> collector(Period period) {
        return DealGroups.collector(period, Amounts.firstCurrency(), WinRateCells::new);
    }

    /**
     * Returns a collector of the win rate in a period in a reporting currency, amounts converted as in
     * {@link #of(Collection, Period, ReportingCurrency)}; it does not check ids.
     *
     * @param period  the period, not null
     * @param reporting  the currency of the result and its exchange rates, not null
     * @return the collector, never null
     */
    public static Collector<Deal, ?, WinRate> collector(Period period, ReportingCurrency reporting) {
        return DealGroups.collector(period, Amounts.in(reporting), WinRateCells::new);
    }

    /**
     * Computes the same result from the rows of a column table, in one loop that allocates nothing per row; equal to
     * {@code of(deals, period)} for the same deals.
     * <pre>{@code
     * DealTable table = DealTable.of(deals);
     * WinRate.of(table, period).equals(WinRate.of(deals, period));   // true
     * }</pre>
     *
     * @param deals  the deals as a table (one currency), not null
     * @param period  the period, not null
     * @return the result, never null
     */
    public static WinRate of(DealTable deals, Period period) {
        Objects.requireNonNull(deals, "deals");
        return DealGroups.of(deals, period, WinRateCells::new);
    }

    /**
     * Computes the result of each group of a column table's rows, the groups given by a dictionary-encoded column of
     * the same table (such as {@link DealTable#owner()}); equal to {@code by(deals, period, key)} with the matching
     * key function for the same deals.
     *
     * @param deals  the deals as a table (one currency), not null
     * @param period  the period, not null
     * @param key  a column of {@code deals} that every row has a value in, not null
     * @return the result per group, in key order, never null
     * @throws IllegalArgumentException if the column is not the table's or a row has no value in it
     */
    public static Breakdown<String, WinRate> by(DealTable deals, Period period, CodeColumn key) {
        Objects.requireNonNull(deals, "deals");
        return DealGroups.by(deals, period, key, WinRateCells::new, EMPTY);
    }

    /**
     * Computes the result of each period of a granularity in a range from the rows of a column table; equal to
     * {@code series(deals, range, granularity)} for the same deals.
     *
     * @param deals  the deals as a table (one currency), not null
     * @param range  the whole range, not null
     * @param granularity  how to cut the range, not null
     * @return the result per period, in time order, never null
     */
    public static TimeSeries<WinRate> series(DealTable deals, Period range, Granularity granularity) {
        Objects.requireNonNull(deals, "deals");
        return DealGroups.series(deals, range, granularity, WinRateCells::new);
    }

    /**
     * Returns the won deals of a basis.
     *
     * @param basis  the basis, not null
     * @return {@link #closedWon()} or {@link #createdWon()}, never null
     */
    public DealTally won(WinRateBasis basis) {
        return Objects.requireNonNull(basis, "basis") == WinRateBasis.CLOSED_IN_PERIOD ? closedWon : createdWon;
    }

    /**
     * Returns the lost deals of a basis.
     *
     * @param basis  the basis, not null
     * @return {@link #closedLost()} or {@link #createdLost()}, never null
     */
    public DealTally lost(WinRateBasis basis) {
        return Objects.requireNonNull(basis, "basis") == WinRateBasis.CLOSED_IN_PERIOD ? closedLost : createdLost;
    }

    /**
     * Returns the deals a policy divides by.
     *
     * @param policy  the policy, not null
     * @return the won and lost deals of the basis, or every deal created in the period, never null
     */
    public DealTally denominator(WinRatePolicy policy) {
        Objects.requireNonNull(policy, "policy");
        return policy.denominator() == WinRateDenominator.WON_AND_LOST
                ? won(policy.basis()).combine(lost(policy.basis()))
                : created;
    }

    /**
     * Returns the default win rate by count: deals won / deals won or lost, closed in the period.
     *
     * @return the ratio, undefined when nothing closed, never null
     */
    public Ratio byCount() {
        return byCount(WinRatePolicy.DEFAULT);
    }

    /**
     * Returns the win rate by count under a policy.
     *
     * @param policy  the policy, not null
     * @return the ratio of counts, undefined when the denominator is 0, never null
     */
    public Ratio byCount(WinRatePolicy policy) {
        Objects.requireNonNull(policy, "policy");
        return Ratio.of(won(policy.basis()).count(), denominator(policy).count());
    }

    /**
     * Returns the default win rate by value: amount won / amount won or lost, closed in the period.
     *
     * @return the ratio of amounts in minor units, undefined when they sum to 0, never null
     */
    public Ratio byValue() {
        return byValue(WinRatePolicy.DEFAULT);
    }

    /**
     * Returns the win rate by value under a policy.
     *
     * @param policy  the policy, not null
     * @return the ratio of amounts in minor units, undefined when the denominator's amounts sum to 0, never null
     */
    public Ratio byValue(WinRatePolicy policy) {
        Objects.requireNonNull(policy, "policy");
        return Ratio.of(won(policy.basis()).minorUnits(), denominator(policy).minorUnits());
    }

    /**
     * Returns the default loss rate by count: deals lost / deals won or lost, closed in the period.
     *
     * @return the ratio, undefined when nothing closed, never null
     */
    public Ratio lossByCount() {
        return lossByCount(WinRatePolicy.DEFAULT);
    }

    /**
     * Returns the loss rate by count under a policy; under {@link WinRateDenominator#WON_AND_LOST} win + loss = 1
     * whenever defined.
     *
     * @param policy  the policy, not null
     * @return the ratio of counts, undefined when the denominator is 0, never null
     */
    public Ratio lossByCount(WinRatePolicy policy) {
        Objects.requireNonNull(policy, "policy");
        return Ratio.of(lost(policy.basis()).count(), denominator(policy).count());
    }

    /**
     * Returns the default loss rate by value.
     *
     * @return the ratio of amounts in minor units, undefined when they sum to 0, never null
     */
    public Ratio lossByValue() {
        return lossByValue(WinRatePolicy.DEFAULT);
    }

    /**
     * Returns the loss rate by value under a policy.
     *
     * @param policy  the policy, not null
     * @return the ratio of amounts in minor units, undefined when the denominator's amounts sum to 0, never null
     */
    public Ratio lossByValue(WinRatePolicy policy) {
        Objects.requireNonNull(policy, "policy");
        return Ratio.of(lost(policy.basis()).minorUnits(), denominator(policy).minorUnits());
    }

    /**
     * Returns the currency of the amounts, empty when no deal counted.
     *
     * @return the currency, or empty
     */
    public Optional<Currency> currency() {
        return DealTallies.currency(List.of(closedWon, closedLost, created, createdWon, createdLost));
    }

    /**
     * Returns the win rate of both sets of deals: every tally added.
     *
     * @param other  the other win rate, not null
     * @return the merged win rate, never null
     * @throws CurrencyMismatchException if the two are in different currencies
     */
    @Override
    public WinRate combine(WinRate other) {
        Objects.requireNonNull(other, "other");
        return new WinRate(closedWon.combine(other.closedWon), closedLost.combine(other.closedLost),
                createdWon.combine(other.createdWon), createdLost.combine(other.createdLost),
                created.combine(other.created));
    }
}
