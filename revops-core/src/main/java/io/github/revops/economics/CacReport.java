package io.github.revops.economics;

import io.github.revops.money.ReportingCurrency;
import io.github.revops.result.Breakdown;
import io.github.revops.result.TimeSeries;
import io.github.revops.time.Granularity;
import io.github.revops.time.Period;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * CAC of one period: the spend it is set against, the new customers, and CAC blended, paid and per channel
 * (docs/metrics.md, "Customer acquisition cost (CAC)").
 *
 * <p>CAC = S&amp;M spend dated in the spend period / customers acquired in the period. With a lag of N months the
 * spend is that of the period N months earlier ({@link #spendPeriod()}), the new customers those of the period
 * itself. A channel's CAC is the spend of that channel over the new customers attributed to it; customers without a
 * channel count in blended and paid CAC only. Every channel with spend in the spend period or with an attributed new
 * customer is listed. The period may be any period: a quarter's CAC is its spend over all its new customers, the
 * merge of its months' CACs.
 * <pre>{@code
 * CacReport march = CacReport.of(input, Period.month(2026, 3),
 *         EconomicsOptions.DEFAULTS.withLagMonths(1));         // March's customers, February's spend
 * march.blended().value();                                   // all S&M spend / new customers
 * march.byChannel().get("Paid search");                      // Optional[Cac[...]]
 * }</pre>
 *
 * @param period  the period whose new customers count, not null
 * @param spendPeriod  the period whose spend counts, not null
 * @param spend  the spend of the spend period, not null
 * @param newCustomers  the customers acquired in the period, by customer id, not null
 * @param blended  all spend over all new customers, not null
 * @param paid  paid-acquisition spend over all new customers, not null
 * @param byChannel  per channel found in the spend or among the new customers, in natural order, not null
 * @since 0.1.0
 */
public record CacReport(Period period, Period spendPeriod, SpendSummary spend, List<Acquisition> newCustomers,
                        Cac blended, Cac paid, Breakdown<String, Cac> byChannel) {

    /**
     * Validates and copies the parts.
     *
     * @param period  the period whose new customers count, not null
     * @param spendPeriod  the period whose spend counts, not null
     * @param spend  the spend of the spend period, not null
     * @param newCustomers  the customers acquired in the period, by customer id, not null
     * @param blended  all spend over all new customers, not null
     * @param paid  paid-acquisition spend over all new customers, not null
     * @param byChannel  per channel found in the spend or among the new customers, in natural order, not null
     * @throws NullPointerException if a part is null
     */
    public CacReport {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(spendPeriod, "spendPeriod");
        Objects.requireNonNull(spend, "spend");
        newCustomers = List.copyOf(newCustomers);
        Objects.requireNonNull(blended, "blended");
        Objects.requireNonNull(paid, "paid");
        Objects.requireNonNull(byChannel, "byChannel");
    }

    /**
     * Computes the CAC of a period with the default options (no lag, new customers from subscriptions), in the
     * currency of the input's first amount.
     *
     * @param input  the spend, subscriptions and deals, not null
     * @param period  the period whose new customers count, not null
     * @return the report, never null
     * @throws IllegalArgumentException if the input holds no amount (give a reporting currency)
     * @throws io.github.revops.money.CurrencyMismatchException if the input's amounts are in more than one currency
     */
    public static CacReport of(EconomicsInput input, Period period) {
        return of(input, period, EconomicsOptions.DEFAULTS);
    }

    /**
     * Computes the CAC of a period: the spend of the period moved back by the options' lag over the customers new
     * in the period, found as the options say.
     *
     * @param input  the spend, subscriptions and deals, not null
     * @param period  the period whose new customers count, not null
     * @param options  lag and new-customer source, not null
     * @return the report, never null
     * @throws IllegalArgumentException if the input holds no amount (give a reporting currency)
     * @throws io.github.revops.money.CurrencyMismatchException if the input's amounts are in more than one currency
     */
    public static CacReport of(EconomicsInput input, Period period, EconomicsOptions options) {
        return EconomicsLedger.of(input, options).cac(period);
    }

    /**
     * Computes the CAC of a period in a reporting currency: spend converted at the rate of its date.
     *
     * @param input  the spend, subscriptions and deals, not null
     * @param period  the period whose new customers count, not null
     * @param options  lag and new-customer source, not null
     * @param reporting  the reporting currency and its rates, not null
     * @return the report, never null
     * @throws io.github.revops.money.CurrencyMismatchException if, without rates, an amount is in another currency
     * @throws io.github.revops.money.MissingExchangeRateException if a rate needed is missing
     */
    public static CacReport of(EconomicsInput input, Period period, EconomicsOptions options,
                               ReportingCurrency reporting) {
        return EconomicsLedger.of(input, options, reporting).cac(period);
    }

    /**
     * Computes the CAC of each period of a granularity in a range with the default options.
     *
     * @param input  the spend, subscriptions and deals, not null
     * @param range  the whole range, not null
     * @param granularity  how to cut the range, such as {@link Granularity#MONTH}, not null
     * @return the report per period, in time order, never null
     * @throws IllegalArgumentException if the input holds no amount (give a reporting currency)
     * @throws io.github.revops.money.CurrencyMismatchException if the input's amounts are in more than one currency
     */
    public static TimeSeries<CacReport> series(EconomicsInput input, Period range, Granularity granularity) {
        return series(input, range, granularity, EconomicsOptions.DEFAULTS);
    }

    /**
     * Computes the CAC of each period of a granularity in a range.
     *
     * @param input  the spend, subscriptions and deals, not null
     * @param range  the whole range, not null
     * @param granularity  how to cut the range, not null
     * @param options  lag and new-customer source, not null
     * @return the report per period, in time order, never null
     * @throws IllegalArgumentException if the input holds no amount (give a reporting currency)
     * @throws io.github.revops.money.CurrencyMismatchException if the input's amounts are in more than one currency
     */
    public static TimeSeries<CacReport> series(EconomicsInput input, Period range, Granularity granularity,
                                               EconomicsOptions options) {
        EconomicsLedger ledger = EconomicsLedger.of(input, options);
        return ledger.series(range, granularity, ledger::cac);
    }

    /**
     * Computes the CAC of each period of a range in a reporting currency.
     *
     * @param input  the spend, subscriptions and deals, not null
     * @param range  the whole range, not null
     * @param granularity  how to cut the range, not null
     * @param options  lag and new-customer source, not null
     * @param reporting  the reporting currency and its rates, not null
     * @return the report per period, in time order, never null
     * @throws io.github.revops.money.CurrencyMismatchException if, without rates, an amount is in another currency
     * @throws io.github.revops.money.MissingExchangeRateException if a rate needed is missing
     */
    public static TimeSeries<CacReport> series(EconomicsInput input, Period range, Granularity granularity,
                                               EconomicsOptions options, ReportingCurrency reporting) {
        EconomicsLedger ledger = EconomicsLedger.of(input, options, reporting);
        return ledger.series(range, granularity, ledger::cac);
    }

    /**
     * Returns the CAC of a basis.
     *
     * @param basis  blended or paid, not null
     * @return the CAC, never null
     */
    public Cac cac(CacBasis basis) {
        return switch (Objects.requireNonNull(basis, "basis")) {
            case BLENDED -> blended;
            case PAID -> paid;
        };
    }

    /**
     * Returns the ids of the new customers.
     *
     * @return the ids, sorted, never null
     */
    public SortedSet<String> newCustomerIds() {
        TreeSet<String> ids = new TreeSet<>();
        newCustomers.forEach(a -> ids.add(a.customerId()));
        return ids;
    }

    /**
     * Returns the ids of the new customers attributed to each channel.
     *
     * @return channel to customer ids, in natural order, never null
     */
    public SortedMap<String, SortedSet<String>> newCustomersByChannel() {
        TreeMap<String, SortedSet<String>> out = new TreeMap<>();
        byChannel.groups().keySet().forEach(channel -> out.put(channel, new TreeSet<>()));
        newCustomers.forEach(a -> a.channel().ifPresent(c -> out.get(c).add(a.customerId())));
        return out;
    }

    /**
     * Returns the ids of the new customers without a channel.
     *
     * @return the ids, sorted, never null
     */
    public SortedSet<String> unattributed() {
        TreeSet<String> ids = new TreeSet<>();
        newCustomers.stream().filter(a -> a.channel().isEmpty()).forEach(a -> ids.add(a.customerId()));
        return ids;
    }

    /**
     * Returns the CAC of one channel.
     *
     * @param channel  the channel, not null
     * @return the CAC, or empty when the channel had neither spend nor new customers
     */
    public Optional<Cac> channel(String channel) {
        return byChannel.get(channel);
    }
}
