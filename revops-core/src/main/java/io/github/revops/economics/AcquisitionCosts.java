package io.github.revops.economics;

import io.github.revops.domain.InvalidRecordException;
import io.github.revops.domain.Spend;
import io.github.revops.domain.UniqueIds;
import io.github.revops.internal.Checks;
import io.github.revops.money.CurrencyMismatchException;
import io.github.revops.money.ExactMoney;
import io.github.revops.money.ExchangeRates;
import io.github.revops.result.Breakdown;
import io.github.revops.time.Period;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Computes CAC per period from spend and new customers (METRICS.md 4): blended, paid and per channel, with an
 * optional lag between spend and acquisition.
 *
 * <p>CAC = S&amp;M spend dated in the spend period / customers acquired in the period. With a lag of N months the
 * spend period is the period moved N months back (lag 1 sets March's customers against February's spend).
 * Spend is dated by {@link Spend#date()}. Spend in another currency is converted at the rate of its date when
 * exchange rates are given, and rejected otherwise, when the calculator is built.
 * <pre>{@code
 * AcquisitionCosts costs = AcquisitionCosts.of(Money.currency("USD"), spend,
 *         Acquisitions.fromSubscriptions(subscriptions));
 * CacReport march = costs.report(Period.month(2026, 3));
 * march.blended().amount(RoundingMode.HALF_EVEN);       // Optional[USD 1200.00]
 * }</pre>
 * Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class AcquisitionCosts {

    private final Currency currency;
    private final List<Spend> spendByDate;
    private final Acquisitions acquisitions;
    private final Optional<ExchangeRates> rates;

    private AcquisitionCosts(Currency currency, Collection<Spend> spend, Acquisitions acquisitions,
                             Optional<ExchangeRates> rates) {
        this.currency = Objects.requireNonNull(currency, "currency");
        this.acquisitions = Objects.requireNonNull(acquisitions, "acquisitions");
        this.rates = rates;
        UniqueIds.check(spend, Spend::id, "spend");
        List<Spend> sorted = new ArrayList<>(spend);
        for (Spend s : sorted) {
            Objects.requireNonNull(s, "spend");
            if (rates.isEmpty() && !s.amount().currency().equals(currency)) {
                throw new CurrencyMismatchException(currency, s.amount().currency());
            }
        }
        sorted.sort(Comparator.comparing(Spend::date));
        this.spendByDate = List.copyOf(sorted);
    }

    /**
     * Obtains a calculator for spend that is all in one currency.
     *
     * @param currency  the currency, not null
     * @param spend  the spend records, not null
     * @param acquisitions  the new customers, not null
     * @return the calculator, never null
     * @throws CurrencyMismatchException if a spend record is in another currency
     * @throws InvalidRecordException if two spend records share an id
     */
    public static AcquisitionCosts of(Currency currency, Collection<Spend> spend, Acquisitions acquisitions) {
        return new AcquisitionCosts(currency, spend, acquisitions, Optional.empty());
    }

    /**
     * Obtains a calculator that converts spend into a reporting currency at the rate of each spend's date.
     *
     * @param currency  the reporting currency, not null
     * @param spend  the spend records, not null
     * @param acquisitions  the new customers, not null
     * @param rates  the exchange rates, not null
     * @return the calculator, never null
     * @throws InvalidRecordException if two spend records share an id
     */
    public static AcquisitionCosts of(Currency currency, Collection<Spend> spend, Acquisitions acquisitions,
                                      ExchangeRates rates) {
        return new AcquisitionCosts(currency, spend, acquisitions, Optional.of(rates));
    }

    /**
     * Returns the reporting currency.
     *
     * @return the currency, never null
     */
    public Currency currency() {
        return currency;
    }

    /**
     * Returns the new customers this calculator counts.
     *
     * @return the acquisitions, never null
     */
    public Acquisitions acquisitions() {
        return acquisitions;
    }

    /**
     * Adds up the spend dated in a period.
     *
     * @param period  the period, not null
     * @return the spend, never null
     * @throws io.github.revops.money.MissingExchangeRateException if a rate needed is missing
     */
    public SpendSummary spend(Period period) {
        SpendSummary.Accumulator acc = new SpendSummary.Accumulator(currency, rates);
        int to = indexOf(period.end());
        for (int i = indexOf(period.start()); i < to; i++) {
            acc.add(spendByDate.get(i));
        }
        return acc.result();
    }

    /**
     * Returns the CAC of a period without lag: the period's spend over its new customers.
     *
     * @param period  the period, not null
     * @return the report, never null
     */
    public CacReport report(Period period) {
        return report(period, 0);
    }

    /**
     * Returns the CAC of a period with a lag: the spend of the period {@code lagMonths} months earlier over the
     * customers acquired in the period. Per channel, every channel with spend in the spend period or with a new
     * customer attributed to it is listed: a channel with new customers and no spend has a CAC of 0.
     *
     * @param period  the period whose new customers count, not null
     * @param lagMonths  how many months the spend precedes the acquisitions, not negative
     * @return the report, never null
     * @throws IllegalArgumentException if the lag is negative
     */
    public CacReport report(Period period, int lagMonths) {
        Objects.requireNonNull(period, "period");
        Checks.nonNegative("lagMonths", lagMonths);
        Period spendPeriod = period.plusMonths(-lagMonths);
        SpendSummary spend = spend(spendPeriod);
        List<Acquisition> newCustomers = acquisitions.in(period);
        long count = newCustomers.size();
        Map<String, Long> customersByChannel = new TreeMap<>();
        spend.byChannel().keySet().forEach(channel -> customersByChannel.put(channel, 0L));
        newCustomers.forEach(a -> a.channel().ifPresent(c -> customersByChannel.merge(c, 1L, Long::sum)));
        Map<String, Cac> byChannel = new TreeMap<>();
        ExactMoney zero = ExactMoney.zero(currency);
        customersByChannel.forEach((channel, customers) -> byChannel.put(channel,
                Cac.of(spend.byChannel().getOrDefault(channel, zero), customers)));
        return new CacReport(period, spendPeriod, spend, newCustomers, Cac.of(spend.total(), count),
                Cac.of(spend.paid(), count), Breakdown.of(byChannel, Comparator.naturalOrder(), Cac.empty(currency)));
    }

    private int indexOf(LocalDate day) {
        return DatedIndex.countBefore(spendByDate, Spend::date, day);
    }
}
