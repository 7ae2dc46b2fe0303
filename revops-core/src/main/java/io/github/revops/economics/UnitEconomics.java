package io.github.revops.economics;

import io.github.revops.domain.Deal;
import io.github.revops.domain.InvalidRecordException;
import io.github.revops.domain.Spend;
import io.github.revops.domain.Subscription;
import io.github.revops.domain.UniqueIds;
import io.github.revops.internal.Checks;
import io.github.revops.math.Rational;
import io.github.revops.money.CurrencyMismatchException;
import io.github.revops.money.ExactMoney;
import io.github.revops.money.ExchangeRates;
import io.github.revops.money.ReportingCurrency;
import io.github.revops.recurring.MrrSnapshot;
import io.github.revops.recurring.RecurringRevenue;
import io.github.revops.result.Ratio;
import io.github.revops.result.TimeSeries;
import io.github.revops.time.Granularity;
import io.github.revops.time.Period;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The unit economics of a business from its spend, subscriptions and deals: CAC, CAC payback, magic number, ARPA,
 * trailing churn, formula LTV, LTV:CAC and cohort LTV, month by month (METRICS.md 4 and 6).
 *
 * <p>This is the convenience entry point: MRR, ARPA and logo churn come from
 * {@link RecurringRevenue} (logo churn under {@code ChurnPolicy.DEFAULT}); each figure's core takes plain values
 * ({@link CacPayback}, {@link MagicNumber}, {@link FormulaLtv}, {@link CohortLtv}) for callers who compute MRR,
 * ARPA or churn elsewhere. Input is checked once, when built: ids unique per record type and, without exchange rates, every
 * spend, subscription and deal in the reporting currency. With rates, spend is converted at its date and MRR at
 * the date it is measured on.
 * <pre>{@code
 * UnitEconomics economics = UnitEconomics.builder(Money.currency("USD"))
 *         .spend(spend)
 *         .subscriptions(subscriptions)
 *         .customerChannels(Map.of("ACME", "Paid search"))
 *         .build();
 * MonthlyEconomics march = economics.month(YearMonth.of(2026, 3),
 *         EconomicsOptions.DEFAULTS.withGrossMargin(Rational.of(3, 4)));
 * march.cac().blended().ratio();     // S&M spend / new customers
 * march.payback().months();          // CAC / (new MRR per new customer x margin)
 * }</pre>
 * Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class UnitEconomics {

    private final Currency currency;
    private final Map<NewCustomerSource, AcquisitionCosts> costs;
    private final RecurringRevenue recurring;

    private UnitEconomics(Currency currency, Map<NewCustomerSource, AcquisitionCosts> costs,
                          RecurringRevenue recurring) {
        this.currency = currency;
        this.costs = costs;
        this.recurring = recurring;
    }

    /**
     * Obtains a builder for a reporting currency.
     *
     * @param currency  the reporting currency, not null
     * @return a new builder, never null
     */
    public static Builder builder(Currency currency) {
        return new Builder(currency);
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
     * Returns the CAC calculator for a source of new customers.
     *
     * @param source  where new customers come from, not null
     * @return the calculator, never null
     */
    public AcquisitionCosts acquisitionCosts(NewCustomerSource source) {
        return costs.get(Objects.requireNonNull(source, "source"));
    }

    /**
     * Returns the unit economics of a month with the default options.
     *
     * @param month  the month, not null
     * @return the month's economics, never null
     */
    public MonthlyEconomics month(YearMonth month) {
        return month(month, EconomicsOptions.DEFAULTS);
    }

    /**
     * Returns the unit economics of a month.
     *
     * @param month  the month, not null
     * @param options  lag, new-customer source, gross margin and churn window, not null
     * @return the month's economics, never null
     * @throws io.github.revops.money.MissingExchangeRateException if a rate needed is missing
     */
    public MonthlyEconomics month(YearMonth month, EconomicsOptions options) {
        Period period = Period.month(Objects.requireNonNull(month, "month"));
        Objects.requireNonNull(options, "options");
        AcquisitionCosts calculator = costs.get(options.newCustomers());
        CacReport cac = calculator.report(period, options.lagMonths());
        Set<String> newCustomers = cac.newCustomerIds();
        MrrSnapshot end = recurring.mrrAt(period.lastDay());
        ExactMoney newMrr = mrrOf(end, newCustomers);
        Ratio newMrrPerCustomer = Ratio.of(newMrr.minorUnits(), Rational.of(newCustomers.size()));
        CacPayback payback = CacPayback.of(cac.blended().ratio(), newMrrPerCustomer, options.grossMargin());
        Period previous = period.plusMonths(-1);
        MagicNumber magic = MagicNumber.fromMrr(recurring.mrrAt(period.start().minusDays(1)).mrr(), end.mrr(),
                calculator.spend(previous).total());
        Period window = Period.of(period.start().minusMonths(options.churnWindowMonths()), period.start());
        TimeSeries<Ratio> churn = TimeSeries.of(window, Granularity.MONTH, p -> recurring.logoChurn(p).rate());
        Ratio arpa = Ratio.of(end.arpa().total().minorUnits(), Rational.of(end.arpa().count()));
        FormulaLtv ltv = FormulaLtv.of(arpa, options.grossMargin(), new TrailingChurn(churn.values()).mean());
        return new MonthlyEconomics(period, options, cac, newMrr, payback, previous, magic, ltv.arpa(), churn, ltv);
    }

    /**
     * Returns the historical LTV of the customers acquired in a month (from subscriptions): their MRR on the last
     * day of each month since acquisition, month 0 being the acquisition month, added up per customer.
     *
     * @param cohort  the acquisition month, not null
     * @param months  how many months to follow the cohort, at least 1
     * @return the cohort LTV, never null
     */
    public CohortLtv cohortLtv(YearMonth cohort, int months) {
        return cohortLtv(cohort, months, NewCustomerSource.SUBSCRIPTIONS);
    }

    /**
     * Returns the historical LTV of the customers acquired in a month, new customers found as a source says.
     *
     * @param cohort  the acquisition month, not null
     * @param months  how many months to follow the cohort, at least 1
     * @param source  where new customers come from, not null
     * @return the cohort LTV, never null
     */
    public CohortLtv cohortLtv(YearMonth cohort, int months, NewCustomerSource source) {
        Checks.positive("months", months);
        Period acquired = Period.month(Objects.requireNonNull(cohort, "cohort"));
        Set<String> customers = new java.util.TreeSet<>();
        acquisitionCosts(source).acquisitions().in(acquired).forEach(a -> customers.add(a.customerId()));
        List<ExactMoney> revenue = new ArrayList<>(months);
        for (int k = 0; k < months; k++) {
            revenue.add(mrrOf(recurring.mrrAt(acquired.plusMonths(k).lastDay()), customers));
        }
        return CohortLtv.of(customers.size(), revenue);
    }

    private ExactMoney mrrOf(MrrSnapshot snapshot, Set<String> customers) {
        ExactMoney sum = ExactMoney.zero(currency);
        for (String customer : customers) {
            sum = sum.plus(snapshot.customerMrr(customer));
        }
        return sum;
    }

    /**
     * Collects the input of {@link UnitEconomics}; {@link #build()} validates it.
     *
     * @since 0.1.0
     */
    public static final class Builder {

        private final Currency currency;
        private final List<Spend> spend = new ArrayList<>();
        private final List<Subscription> subscriptions = new ArrayList<>();
        private final List<Deal> deals = new ArrayList<>();
        private final Map<String, String> channels = new HashMap<>();
        private Optional<ExchangeRates> rates = Optional.empty();

        private Builder(Currency currency) {
            this.currency = Objects.requireNonNull(currency, "currency");
        }

        /**
         * Adds sales and marketing spend.
         *
         * @param spend  the spend, not null
         * @return this builder
         */
        public Builder spend(Collection<Spend> spend) {
            spend.forEach(s -> this.spend.add(Objects.requireNonNull(s, "spend")));
            return this;
        }

        /**
         * Adds subscriptions: they give MRR, ARPA, churn and (by default) the new customers.
         *
         * @param subscriptions  the subscriptions, not null
         * @return this builder
         */
        public Builder subscriptions(Collection<Subscription> subscriptions) {
            subscriptions.forEach(s -> this.subscriptions.add(Objects.requireNonNull(s, "subscription")));
            return this;
        }

        /**
         * Adds deals: they give the new customers under {@link NewCustomerSource#DEALS}.
         *
         * @param deals  the deals, not null
         * @return this builder
         */
        public Builder deals(Collection<Deal> deals) {
            deals.forEach(d -> this.deals.add(Objects.requireNonNull(d, "deal")));
            return this;
        }

        /**
         * Sets the acquisition channel of customers whose new customers come from subscriptions
         * ({@link NewCustomerSource#SUBSCRIPTIONS}); a customer not in the map is unattributed. Under
         * {@link NewCustomerSource#DEALS} the channel is the source of the deal that made the customer new and this
         * map plays no part.
         *
         * @param channels  customer id to channel, not null
         * @return this builder
         */
        public Builder customerChannels(Map<String, String> channels) {
            channels.forEach((customer, channel) -> this.channels.put(Checks.notBlank("customerId", customer),
                    Checks.notBlank("channel", channel)));
            return this;
        }

        /**
         * Sets exchange rates: amounts in other currencies are converted into the reporting currency.
         *
         * @param rates  the rates, not null
         * @return this builder
         */
        public Builder exchangeRates(ExchangeRates rates) {
            this.rates = Optional.of(rates);
            return this;
        }

        /**
         * Validates the input and builds the calculator.
         *
         * @return the calculator, never null
         * @throws InvalidRecordException if two records of one type share an id
         * @throws CurrencyMismatchException if, without exchange rates, a record is in another currency
         */
        public UnitEconomics build() {
            UniqueIds.check(spend, Spend::id, "spend");
            UniqueIds.check(subscriptions, Subscription::id, "subscription");
            UniqueIds.check(deals, Deal::id, "deal");
            if (rates.isEmpty()) {
                spend.forEach(s -> checkCurrency(s.amount().currency()));
                subscriptions.forEach(s -> checkCurrency(s.amount().currency()));
                deals.forEach(d -> checkCurrency(d.amount().currency()));
            }
            Map<NewCustomerSource, AcquisitionCosts> costs = new EnumMap<>(NewCustomerSource.class);
            for (NewCustomerSource source : NewCustomerSource.values()) {
                Acquisitions acquisitions = Acquisitions.from(source, subscriptions, deals);
                if (source == NewCustomerSource.SUBSCRIPTIONS) {
                    acquisitions = acquisitions.withChannels(channels);
                }
                costs.put(source, rates.isPresent() ? AcquisitionCosts.of(currency, spend, acquisitions, rates.get())
                        : AcquisitionCosts.of(currency, spend, acquisitions));
            }
            ReportingCurrency reporting = rates.map(r -> ReportingCurrency.of(currency, r))
                    .orElseGet(() -> ReportingCurrency.of(currency));
            return new UnitEconomics(currency, costs, RecurringRevenue.of(subscriptions, reporting));
        }

        private void checkCurrency(Currency other) {
            if (!other.equals(currency)) {
                throw new CurrencyMismatchException(currency, other);
            }
        }
    }
}
