package io.github.revops.pipeline;

import io.github.revops.domain.Deal;
import io.github.revops.internal.Checks;
import io.github.revops.math.Rational;
import io.github.revops.money.CurrencyMismatchException;
import io.github.revops.money.ExactMoney;
import io.github.revops.money.ReportingCurrency;
import io.github.revops.result.Breakdown;
import io.github.revops.table.CodeColumn;
import io.github.revops.table.DealTable;
import io.github.revops.result.Mergeable;
import io.github.revops.result.MoneyAverage;
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
 * Computes pipeline velocity, how much money the pipeline turns into won business per day
 * (docs/metrics.md#pipeline-velocity), with each of its four factors kept so a change can be explained.
 * <pre>
 *   velocity = opportunities x average won deal size x win rate / mean sales cycle (days)   money per day
 * </pre>
 * <ul>
 *   <li>opportunities: the deals open at the period's end, created before {@code end} and not closed before it
 *       (whatever happened to them later: a deal closed on {@code end} counts, one created on {@code end} does
 *       not);</li>
 *   <li>average won deal size: the amount of the deals won in the period / their number;</li>
 *   <li>win rate: the default win rate by count ({@link WinRate#byCount()});</li>
 *   <li>mean sales cycle: the mean cycle of the deals won in the period ({@link SalesCycle#mean()}).</li>
 * </ul>
 * The value is exact, in minor units per day; it is undefined (empty) when no deal was won in the period or the mean
 * cycle is 0, and 0 when nothing is open at the end but a deal was won. A monthly figure (per day x 30) is given only
 * by {@link #perMonth()}. Nothing is rounded: round once with {@link ExactMoney#toMoney}.
 * <pre>{@code
 * PipelineVelocity v = PipelineVelocity.of(deals, Period.month(2026, 3));
 * v.opportunities();                                    // 50
 * v.averageWonDealSize().flatMap(a -> a.toMoney(RoundingMode.HALF_EVEN));   // Optional[USD 10000.00]
 * v.winRate().exactValue();                             // Optional[1/4]
 * v.meanCycleDays().exactValue();                       // Optional[30]
 * v.value().map(m -> m.toMoney(RoundingMode.HALF_EVEN)); // Optional[USD 4166.67] a day
 * }</pre>
 *
 * <p>Amounts must be in one currency ({@link CurrencyMismatchException} otherwise) unless exchange rates and a
 * reporting currency are given; then each deal won or lost converts at the rate of its close date. This record is
 * immutable and merges exactly with {@link #combine}.
 *
 * @param opportunities  the number of deals open at the period's end, not negative
 * @param won  the deals won in the period, not null
 * @param lost  the deals lost in the period, not null
 * @param wonCycleDays  the sum of the sales cycles of the won deals in days, not negative
 * @since 0.1.0
 */
public record PipelineVelocity(long opportunities, DealTally won, DealTally lost, long wonCycleDays)
        implements Mergeable<PipelineVelocity> {

    /** No deal: the identity of {@link #combine}; undefined. */
    public static final PipelineVelocity EMPTY = new PipelineVelocity(0, DealTally.EMPTY, DealTally.EMPTY, 0);

    /** Days in the month of {@link #perMonth()}, as docs/metrics.md#pipeline-velocity states it. */
    private static final Rational DAYS_PER_MONTH = Rational.of(30);

    /**
     * Validates the parts.
     *
     * @param opportunities  the number of deals open at the period's end, not negative
     * @param won  the deals won in the period, not null
     * @param lost  the deals lost in the period, not null
     * @param wonCycleDays  the sum of the sales cycles of the won deals in days, not negative
     * @throws IllegalArgumentException if a count is negative, or there are cycle days without a won deal
     * @throws CurrencyMismatchException if the won and lost amounts are in different currencies
     */
    public PipelineVelocity {
        Checks.nonNegative("opportunities", opportunities);
        Objects.requireNonNull(won, "won");
        Objects.requireNonNull(lost, "lost");
        Checks.nonNegative("wonCycleDays", wonCycleDays);
        if (won.count() == 0 && wonCycleDays != 0) {
            throw new IllegalArgumentException("wonCycleDays (" + wonCycleDays + ") must be 0 without a won deal");
        }
        DealTallies.checkOneCurrency(won, lost);
    }

    /**
     * Computes the pipeline velocity of deals in a period.
     *
     * @param deals  the deals, with unique ids, in one currency, not null
     * @param period  the period, not null
     * @return the velocity and its factors, never null
     * @throws io.github.revops.domain.InvalidRecordException if two deals share an id
     * @throws CurrencyMismatchException if the deals closed in the period are in more than one currency
     */
    public static PipelineVelocity of(Collection<Deal> deals, Period period) {
        Objects.requireNonNull(deals, "deals");
        return DealGroups.of(deals, period, Amounts.firstCurrency(), VelocityParts::new);
    }

    /**
     * Computes the pipeline velocity of deals in a period in a reporting currency: each amount in another currency is
     * converted at the rate of the deal's close date, exactly, or rejected when the reporting currency has no rates.
     *
     * @param deals  the deals, with unique ids, not null
     * @param period  the period, not null
     * @param reporting  the currency of the result and its exchange rates, not null
     * @return the velocity and its factors, never null
     * @throws io.github.revops.domain.InvalidRecordException if two deals share an id
     * @throws CurrencyMismatchException if a deal closed in the period is in another currency and there are no rates
     * @throws io.github.revops.money.MissingExchangeRateException if a rate is missing
     */
    public static PipelineVelocity of(Collection<Deal> deals, Period period, ReportingCurrency reporting) {
        Objects.requireNonNull(deals, "deals");
        return DealGroups.of(deals, period, Amounts.in(reporting), VelocityParts::new);
    }

    /**
     * Computes the pipeline velocity of each group of deals; the groups are as in
     * {@link WinRate#by(Collection, Period, Function)}.
     *
     * @param <K>  the key type
     * @param deals  the deals, with unique ids, in one currency, not null
     * @param period  the period, not null
     * @param key  the group of a deal, never null for a deal, not null
     * @return the velocity per group, never null
     * @throws io.github.revops.domain.InvalidRecordException if two deals share an id
     * @throws CurrencyMismatchException if the deals closed in the period are in more than one currency
     */
    public static <K extends Comparable<? super K>> Breakdown<K, PipelineVelocity> by(
            Collection<Deal> deals, Period period, Function<? super Deal, ? extends K> key) {
        Objects.requireNonNull(deals, "deals");
        return DealGroups.by(deals, period, Amounts.firstCurrency(), key, VelocityParts::new, EMPTY);
    }

    /**
     * Computes the pipeline velocity of each group of deals in a reporting currency, amounts converted as in
     * {@link #of(Collection, Period, ReportingCurrency)}; the groups are as in
     * {@link WinRate#by(Collection, Period, Function)}.
     *
     * @param <K>  the key type
     * @param deals  the deals, with unique ids, not null
     * @param period  the period, not null
     * @param reporting  the currency of the result and its exchange rates, not null
     * @param key  the group of a deal, never null for a deal, not null
     * @return the velocity per group, never null
     * @throws io.github.revops.domain.InvalidRecordException if two deals share an id
     * @throws CurrencyMismatchException if a deal closed in the period is in another currency and there are no rates
     * @throws io.github.revops.money.MissingExchangeRateException if a rate is missing
     */
    public static <K extends Comparable<? super K>> Breakdown<K, PipelineVelocity> by(
            Collection<Deal> deals, Period period, ReportingCurrency reporting,
            Function<? super Deal, ? extends K> key) {
        Objects.requireNonNull(deals, "deals");
        return DealGroups.by(deals, period, Amounts.in(reporting), key, VelocityParts::new, EMPTY);
    }

    /**
     * Computes the pipeline velocity of each period of a granularity in a range.
     *
     * @param deals  the deals, with unique ids, in one currency, not null
     * @param range  the whole range, not null
     * @param granularity  how to cut the range, not null
     * @return the velocity per period, in time order, never null
     * @throws io.github.revops.domain.InvalidRecordException if two deals share an id
     * @throws CurrencyMismatchException if the deals closed in a period are in more than one currency
     */
    public static TimeSeries<PipelineVelocity> series(Collection<Deal> deals, Period range,
                                                      Granularity granularity) {
        Objects.requireNonNull(deals, "deals");
        return DealGroups.series(deals, range, granularity, Amounts.firstCurrency(), VelocityParts::new);
    }

    /**
     * Computes the pipeline velocity of each period of a granularity in a range, in a reporting currency, amounts
     * converted as in {@link #of(Collection, Period, ReportingCurrency)}.
     *
     * @param deals  the deals, with unique ids, not null
     * @param range  the whole range, not null
     * @param granularity  how to cut the range, not null
     * @param reporting  the currency of the result and its exchange rates, not null
     * @return the velocity per period, in time order, never null
     * @throws io.github.revops.domain.InvalidRecordException if two deals share an id
     * @throws CurrencyMismatchException if a deal closed in a period is in another currency and there are no rates
     * @throws io.github.revops.money.MissingExchangeRateException if a rate is missing
     */
    public static TimeSeries<PipelineVelocity> series(Collection<Deal> deals, Period range, Granularity granularity,
                                                      ReportingCurrency reporting) {
        Objects.requireNonNull(deals, "deals");
        return DealGroups.series(deals, range, granularity, Amounts.in(reporting), VelocityParts::new);
    }

    /**
     * Returns a collector of the pipeline velocity in a period; it does not check ids for duplicates ({@link #of}
     * does).
     *
     * @param period  the period, not null
     * @return the collector, never null
     */
    public static Collector<Deal, ?, PipelineVelocity> collector(Period period) {
        return DealGroups.collector(period, Amounts.firstCurrency(), VelocityParts::new);
    }

    /**
     * Returns a collector of the pipeline velocity in a period in a reporting currency, amounts converted as in
     * {@link #of(Collection, Period, ReportingCurrency)}; it does not check ids.
     *
     * @param period  the period, not null
     * @param reporting  the currency of the result and its exchange rates, not null
     * @return the collector, never null
     */
    public static Collector<Deal, ?, PipelineVelocity> collector(Period period, ReportingCurrency reporting) {
        return DealGroups.collector(period, Amounts.in(reporting), VelocityParts::new);
    }

    /**
     * Computes the same result from the rows of a column table, in one loop that allocates nothing per row; equal to
     * {@code of(deals, period)} for the same deals.
     * <pre>{@code
     * DealTable table = DealTable.of(deals);
     * PipelineVelocity.of(table, period).equals(PipelineVelocity.of(deals, period));   // true
     * }</pre>
     *
     * @param deals  the deals as a table (one currency), not null
     * @param period  the period, not null
     * @return the result, never null
     */
    public static PipelineVelocity of(DealTable deals, Period period) {
        Objects.requireNonNull(deals, "deals");
        return DealGroups.of(deals, period, VelocityParts::new);
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
    public static Breakdown<String, PipelineVelocity> by(DealTable deals, Period period, CodeColumn key) {
        Objects.requireNonNull(deals, "deals");
        return DealGroups.by(deals, period, key, VelocityParts::new, EMPTY);
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
    public static TimeSeries<PipelineVelocity> series(DealTable deals, Period range, Granularity granularity) {
        Objects.requireNonNull(deals, "deals");
        return DealGroups.series(deals, range, granularity, VelocityParts::new);
    }

    /**
     * Returns the average won deal size: the amount won in the period / the number of deals won, with both parts.
     *
     * @return the average, in the currency of the won deals, or empty when nothing was won
     */
    public Optional<MoneyAverage> averageWonDealSize() {
        return won.amount().map(amount -> MoneyAverage.of(amount, won.count()));
    }

    /**
     * Returns the win rate by count: deals won / deals won or lost in the period (the default of
     * docs/metrics.md#win-rate).
     *
     * @return the ratio, undefined when nothing closed, never null
     */
    public Ratio winRate() {
        return Ratio.of(won.count(), Math.addExact(won.count(), lost.count()));
    }

    /**
     * Returns the mean sales cycle of the deals won in the period, in days.
     *
     * @return the ratio of cycle days to won deals, undefined when nothing was won, never null
     */
    public Ratio meanCycleDays() {
        return Ratio.of(wonCycleDays, won.count());
    }

    /**
     * Checks if the velocity is defined: a deal was won in the period and the mean cycle is not 0.
     *
     * @return true when defined
     */
    public boolean isDefined() {
        return won.count() > 0 && wonCycleDays > 0;
    }

    /**
     * Returns the velocity: money per day, exact, in the currency of the won deals.
     *
     * @return the amount per day, or empty when undefined
     */
    public Optional<ExactMoney> value() {
        if (!isDefined()) {
            return Optional.empty();
        }
        Rational perDay = Rational.of(opportunities)
                .multiply(won.minorUnits().divide(Rational.of(won.count())))
                .multiply(winRate().exactValue().orElseThrow())
                .divide(meanCycleDays().exactValue().orElseThrow());
        return Optional.of(ExactMoney.ofMinor(won.amount().orElseThrow().currency(), perDay));
    }

    /**
     * Returns the velocity per month of 30 days: {@link #value()} x 30, the monthly figure of
     * docs/metrics.md#pipeline-velocity.
     *
     * @return the amount per 30 days, or empty when undefined
     */
    public Optional<ExactMoney> perMonth() {
        return value().map(perDay -> perDay.multipliedBy(DAYS_PER_MONTH));
    }

    /**
     * Returns the currency of the amounts, empty when no deal closed in the period.
     *
     * @return the currency, or empty
     */
    public Optional<Currency> currency() {
        return DealTallies.currency(List.of(won, lost));
    }

    /**
     * Returns the velocity of both sets of deals: every part added (the value is recomputed from the parts).
     *
     * @param other  the other result, not null
     * @return the merged result, never null
     * @throws CurrencyMismatchException if the two are in different currencies
     */
    @Override
    public PipelineVelocity combine(PipelineVelocity other) {
        Objects.requireNonNull(other, "other");
        return new PipelineVelocity(Math.addExact(opportunities, other.opportunities), won.combine(other.won),
                lost.combine(other.lost), Math.addExact(wonCycleDays, other.wonCycleDays));
    }
}
