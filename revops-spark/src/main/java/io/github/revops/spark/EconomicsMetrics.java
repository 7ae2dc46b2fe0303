package io.github.revops.spark;

import io.github.revops.domain.Deal;
import io.github.revops.domain.Spend;
import io.github.revops.domain.Subscription;
import io.github.revops.economics.Acquisition;
import io.github.revops.economics.Acquisitions;
import io.github.revops.economics.CacPayback;
import io.github.revops.economics.CacReport;
import io.github.revops.economics.CohortLtv;
import io.github.revops.economics.EconomicsInput;
import io.github.revops.economics.EconomicsOptions;
import io.github.revops.economics.FormulaLtv;
import io.github.revops.economics.MagicNumber;
import io.github.revops.economics.NewCustomerSource;
import io.github.revops.economics.SpendSummary;
import io.github.revops.economics.TrailingChurn;
import io.github.revops.economics.UnitEconomics;
import io.github.revops.math.Rational;
import io.github.revops.money.Money;
import io.github.revops.money.ReportingCurrency;
import io.github.revops.result.Mergeable;
import io.github.revops.result.Ratio;
import io.github.revops.result.TimeSeries;
import io.github.revops.time.Period;
import org.apache.spark.api.java.function.CoGroupFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;

import java.io.Serializable;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Unit economics on Spark: CAC, CAC payback, the magic number, cohort LTV and every figure of a period
 * ({@link UnitEconomics}: also formula LTV and LTV:CAC), each the core's figure ({@link CacReport#of},
 * {@link CacPayback#of}, {@link MagicNumber#of}, {@link CohortLtv#of}, {@link UnitEconomics#of} with a
 * {@link ReportingCurrency}) on the same records, and the spend summary as an aggregator.
 *
 * <p>The records split in two without changing any sum: the spend, which the core reads only as sums of a period,
 * and the customers, each of which is new or not, pays some MRR at a month end, on its own records alone. So CAC
 * payback, the magic number and cohort LTV, whose parts are exact sums ({@code combine}), are computed by the core's
 * entry point on each partition of the spend (with no subscription) and on each customer's subscriptions and deals
 * (with no spend), and those parts are combined: customers first, as for the MRR bridge (docs/decisions/0073).
 * CAC, whose report lists the new customers and a channel breakdown, is the core's {@link CacReport#of} run on the
 * driver with the spend and the new customers of the period, which each customer's records give on Spark as its
 * {@link Acquisition} (under {@link NewCustomerSource#EXPLICIT}, the core's own source for acquisitions from
 * elsewhere): the spend of a period and its new customers must fit on the driver, the subscriptions need not.
 * <pre>{@code
 * EconomicsDatasets input = EconomicsDatasets.of(spend, subscriptions);
 * CacPayback q1 = EconomicsMetrics.cacPayback(input, Period.quarter(2026, 1), EconomicsOptions.DEFAULTS, "USD");
 * q1.months();                          // the core's payback, exactly
 * }</pre>
 * New customers come from subscriptions or deals ({@link NewCustomerSource#SUBSCRIPTIONS} or
 * {@link NewCustomerSource#DEALS}). Formula LTV and LTV:CAC divide by a mean of monthly churn rates, which does not
 * combine; {@link #unitEconomics} combines the monthly rates' parts and takes the core's mean of them once.
 *
 * @since 0.1.0
 */
public final class EconomicsMetrics {

    private EconomicsMetrics() {
    }

    /**
     * Computes the CAC payback of a period, as
     * {@link CacPayback#of(EconomicsInput, Period, EconomicsOptions, ReportingCurrency)}.
     *
     * @param input  the spend, subscriptions, deals and channels, not null
     * @param period  whole calendar months, not null
     * @param options  the lag, new-customer source (not {@code EXPLICIT}), margin and churn window, not null
     * @param currency  the ISO code of every amount, not null
     * @return the core's CAC payback, never null
     * @throws IllegalArgumentException if the period is not whole months, the source is {@code EXPLICIT} or the
     *         currency is unknown
     */
    public static CacPayback cacPayback(EconomicsDatasets input, Period period, EconomicsOptions options,
                                       String currency) {
        ShippedOptions shipped = ShippedOptions.of(options);
        LocalDate start = period.start();
        LocalDate end = period.end();
        return total(input, in -> CacPayback.of(in, Period.of(start, end), shipped.get(), reporting(currency)),
                CacPayback.class, EconomicsCodecs.CAC_PAYBACK, currency);
    }

    /**
     * Computes the magic number of a period, as {@link MagicNumber#of(EconomicsInput, Period, ReportingCurrency)}.
     *
     * @param input  the spend and subscriptions, not null
     * @param period  whole calendar months, not null
     * @param currency  the ISO code of every amount, not null
     * @return the core's magic number, never null
     * @throws IllegalArgumentException if the period is not whole months or the currency is unknown
     */
    public static MagicNumber magicNumber(EconomicsDatasets input, Period period, String currency) {
        LocalDate start = period.start();
        LocalDate end = period.end();
        return total(input, in -> MagicNumber.of(in, Period.of(start, end), reporting(currency)),
                MagicNumber.class, EconomicsCodecs.MAGIC_NUMBER, currency);
    }

    /**
     * Computes the cohort LTV of the customers new in a period, as
     * {@link CohortLtv#of(EconomicsInput, Period, int, EconomicsOptions, ReportingCurrency)}.
     *
     * @param input  the subscriptions, deals and channels, not null
     * @param cohort  whole calendar months whose new customers form the cohort, not null
     * @param months  how many month ends to read from the acquisition month on, positive
     * @param options  the new-customer source (not {@code EXPLICIT}), not null
     * @param currency  the ISO code of every amount, not null
     * @return the core's cohort LTV, never null
     * @throws IllegalArgumentException if the period is not whole months, the months not positive, the source is
     *         {@code EXPLICIT} or the currency is unknown
     */
    public static CohortLtv cohortLtv(EconomicsDatasets input, Period cohort, int months, EconomicsOptions options,
                                      String currency) {
        ShippedOptions shipped = ShippedOptions.of(options);
        LocalDate start = cohort.start();
        LocalDate end = cohort.end();
        return total(input, in -> CohortLtv.of(in, Period.of(start, end), months, shipped.get(), reporting(currency)),
                CohortLtv.class, EconomicsCodecs.COHORT_LTV, currency);
    }

    /**
     * Computes the CAC of a period (blended, paid and per channel), as
     * {@link CacReport#of(EconomicsInput, Period, EconomicsOptions, ReportingCurrency)}: the new customers of the
     * period on Spark, customer by customer, then the core's report on the driver from them and the spend.
     *
     * @param input  the spend, subscriptions, deals and channels, not null
     * @param period  the period whose new customers count, not null
     * @param options  the lag and new-customer source (not {@code EXPLICIT}), not null
     * @param currency  the ISO code of every amount, not null
     * @return the core's CAC report, never null
     * @throws IllegalArgumentException if the source is {@code EXPLICIT} or the currency is unknown
     */
    public static CacReport cac(EconomicsDatasets input, Period period, EconomicsOptions options, String currency) {
        ShippedOptions shipped = ShippedOptions.of(options);
        LocalDate start = period.start();
        LocalDate end = period.end();
        CacReport.of(EconomicsInput.of(List.of(), List.of()), period, options, reporting(currency)); // checks
        List<Acquisition> newCustomers = perCustomer(input, in -> CacReport.of(in, Period.of(start, end),
                shipped.get(), reporting(currency)).newCustomers(),
                BinaryEncoding.encoder(Acquisition.class, EconomicsCodecs.ACQUISITION)).collectAsList();
        EconomicsInput driver = EconomicsInput.of(input.spend().collectAsList(), List.of())
                .withAcquisitions(Acquisitions.of(newCustomers));
        return CacReport.of(driver, period, options.withNewCustomers(NewCustomerSource.EXPLICIT),
                reporting(currency));
    }

    /**
     * Computes every unit-economics figure of a period, as
     * {@link UnitEconomics#of(EconomicsInput, Period, EconomicsOptions, ReportingCurrency)}: CAC as
     * {@link #cac}; CAC payback, the magic number, ARPA and each monthly logo churn rate of the churn window (its
     * churned and counted customers) as sums of spend parts and customer parts; formula LTV from those with the
     * core's {@link FormulaLtv#of(io.github.revops.result.MoneyAverage, Rational, Ratio)} over the
     * {@link TrailingChurn#mean()} of the combined monthly rates (a mean of rates does not combine, its rates do).
     *
     * @param input  the spend, subscriptions, deals and channels, not null
     * @param period  whole calendar months, not null
     * @param options  the lag, new-customer source (not {@code EXPLICIT}), margin and churn window, not null
     * @param currency  the ISO code of every amount, not null
     * @return the core's figures, never null
     * @throws IllegalArgumentException if the period is not whole months, the source is {@code EXPLICIT} or the
     *         currency is unknown
     */
    public static UnitEconomics unitEconomics(EconomicsDatasets input, Period period, EconomicsOptions options,
                                              String currency) {
        ShippedOptions shipped = ShippedOptions.of(options);
        LocalDate start = period.start();
        LocalDate end = period.end();
        EconomicsParts parts = total(input, in -> EconomicsParts.of(UnitEconomics.of(in, Period.of(start, end),
                shipped.get(), reporting(currency))), EconomicsParts.class, EconomicsCodecs.PARTS, currency);
        UnitEconomics shape = UnitEconomics.of(EconomicsInput.of(List.of(), List.of()), period, options,
                reporting(currency));
        List<TimeSeries.Point<Ratio>> months = new ArrayList<>();
        List<TimeSeries.Point<Ratio>> window = shape.monthlyLogoChurn().points();
        for (int i = 0; i < window.size(); i++) {
            months.add(new TimeSeries.Point<>(window.get(i).period(), parts.churn().get(i)));
        }
        FormulaLtv ltv = FormulaLtv.of(parts.arpa(), options.grossMargin(), new TrailingChurn(parts.churn()).mean());
        return new UnitEconomics(period, options, cac(input, period, options, currency), parts.payback(),
                shape.previousPeriod(), parts.magicNumber(), new TimeSeries<>(months), ltv);
    }

    /**
     * Returns the aggregator of {@link SpendSummary#collector(Period, ReportingCurrency)} on a
     * {@code Dataset<Spend>}: the spend of a period in total, paid, per category and per channel. It merges on any
     * split of the spend, whole or per key.
     *
     * @param period  the period whose spend counts, not null
     * @param currency  the ISO code of every amount, not null
     * @return the aggregator, never null
     * @throws IllegalArgumentException if the currency code is unknown
     */
    public static RevopsAggregator<Spend, SpendSummary> spendSummary(Period period, String currency) {
        Money.currency(currency);
        LocalDate start = period.start();
        LocalDate end = period.end();
        return RevopsAggregator.of(SpendSummary.class,
                () -> SpendSummary.collector(Period.of(start, end), reporting(currency)),
                EconomicsCodecs.SPEND_SUMMARY);
    }

    private static <R extends Mergeable<R>> R total(EconomicsDatasets input, Figure<R> figure, Class<R> type,
                                                    ExactCodec<R> codec, String currency) {
        R empty = figure.of(EconomicsInput.of(List.of(), List.of())); // checks the arguments on the driver
        Objects.requireNonNull(empty, "empty");
        Encoder<R> encoder = BinaryEncoding.encoder(type, codec);
        Dataset<R> fromSpend = input.spend().mapPartitions((MapPartitionsFunction<Spend, R>) rows ->
                List.of(figure.of(EconomicsInput.of(list(rows), List.of()))).iterator(), encoder);
        Dataset<R> fromCustomers = perCustomer(input, in -> List.of(figure.of(in)), encoder);
        return fromSpend.union(fromCustomers)
                .select(RevopsAggregator.of(type, () -> Combining.collector(figure.of(EconomicsInput.of(List.of(),
                        List.of()))), codec).toColumn())
                .first();
    }

    /** The core's figures of each customer's subscriptions and deals, with no spend. */
    private static <R> Dataset<R> perCustomer(EconomicsDatasets input, Figure<List<R>> figure,
                                              Encoder<R> encoder) {
        HashMap<String, String> channels = input.customerChannels();
        return input.subscriptions()
                .groupByKey((MapFunction<Subscription, String>) Subscription::customerId, Encoders.STRING())
                .cogroup(input.deals().groupByKey((MapFunction<Deal, String>) Deal::customerId, Encoders.STRING()),
                        (CoGroupFunction<String, Subscription, Deal, R>) (customer, subscriptions, deals) -> {
                            String channel = channels.get(customer);
                            EconomicsInput own = EconomicsInput.of(List.of(), list(subscriptions))
                                    .withDeals(list(deals))
                                    .withCustomerChannels(channel == null ? Map.of() : Map.of(customer, channel));
                            return figure.of(own).iterator();
                        }, encoder);
    }

    private static ReportingCurrency reporting(String currency) {
        return ReportingCurrency.of(Money.currency(currency));
    }

    private static <T> List<T> list(Iterator<T> values) {
        List<T> list = new ArrayList<>();
        values.forEachRemaining(list::add);
        return list;
    }

    /** The core's figure of some records. */
    @FunctionalInterface
    private interface Figure<R> extends Serializable {
        R of(EconomicsInput input);
    }

    /** The options as parts Spark can ship (the core's record holds a {@link Rational}, not serializable). */
    private static final class ShippedOptions implements Serializable {

        private static final long serialVersionUID = 1L;

        private final int lagMonths;
        private final NewCustomerSource source;
        private final BigInteger marginNumerator;
        private final BigInteger marginDenominator;
        private final int churnWindowMonths;

        private ShippedOptions(EconomicsOptions options) {
            this.lagMonths = options.lagMonths();
            this.source = options.newCustomers();
            this.marginNumerator = options.grossMargin().numerator();
            this.marginDenominator = options.grossMargin().denominator();
            this.churnWindowMonths = options.churnWindowMonths();
        }

        static ShippedOptions of(EconomicsOptions options) {
            Objects.requireNonNull(options, "options");
            if (options.newCustomers() == NewCustomerSource.EXPLICIT) {
                throw new IllegalArgumentException("options.newCustomers (EXPLICIT) is not read on Spark: use"
                        + " SUBSCRIPTIONS or DEALS, or the core with the acquisitions");
            }
            return new ShippedOptions(options);
        }

        EconomicsOptions get() {
            return new EconomicsOptions(lagMonths, source, Rational.of(marginNumerator, marginDenominator),
                    churnWindowMonths);
        }
    }
}
