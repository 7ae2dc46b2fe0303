package io.github.revops.spark;

import io.github.revops.domain.Deal;
import io.github.revops.domain.DealType;
import io.github.revops.money.ExchangeRates;
import io.github.revops.money.Money;
import io.github.revops.money.ReportingCurrency;
import io.github.revops.pipeline.PipelineVelocity;
import io.github.revops.pipeline.SalesCycle;
import io.github.revops.pipeline.StageConversion;
import io.github.revops.pipeline.WinRate;
import io.github.revops.recurring.DealOutcomes;
import io.github.revops.time.Period;

import org.apache.spark.broadcast.Broadcast;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Spark aggregators of the pipeline metrics, each the core metric's collector for a period: win rate, sales cycle
 * (exact percentiles), pipeline velocity, stage conversion, and the outcomes of one deal type ({@link DealOutcomes}).
 *
 * <p>These metrics merge exactly on any split of the deals, so they aggregate a whole {@code Dataset<Deal>}, or each
 * group of a {@code groupByKey} (owner, source, type, a segment such as a tenant), on any partitioning.
 * <pre>{@code
 * Period q3 = Period.quarter(2017, 3);
 * WinRate overall = deals.select(DealAggregators.winRate(q3).toColumn()).first();
 * Dataset<Tuple2<String, SalesCycle>> perTenant = deals
 *         .groupByKey((MapFunction<Deal, String>) d -> d.segment("tenant").orElse("-"), Encoders.STRING())
 *         .agg(DealAggregators.salesCycle(q3).toColumn());
 * }</pre>
 * The deals of one aggregation share a currency, as the core's metrics require without exchange rates; with
 * broadcast rates ({@link SharedExchangeRates}), win rate and pipeline velocity convert each deal to a reporting
 * currency as the core's collectors with rates do (at its close date; an open deal at the period's last day).
 *
 * @since 0.1.0
 */
public final class DealAggregators {

    private DealAggregators() {
    }

    /**
     * Returns the aggregator of {@link WinRate#collector(Period)}.
     *
     * @param period  the period, not null
     * @return the aggregator, never null
     */
    public static RevopsAggregator<Deal, WinRate> winRate(Period period) {
        LocalDate start = period.start();
        LocalDate end = period.end();
        return RevopsAggregator.of(WinRate.class, () -> WinRate.collector(Period.of(start, end)),
                PipelineCodecs.WIN_RATE);
    }

    /**
     * Returns the aggregator of {@link SalesCycle#collector(Period)}.
     *
     * @param period  the period, not null
     * @return the aggregator, never null
     */
    public static RevopsAggregator<Deal, SalesCycle> salesCycle(Period period) {
        LocalDate start = period.start();
        LocalDate end = period.end();
        return RevopsAggregator.of(SalesCycle.class, () -> SalesCycle.collector(Period.of(start, end)),
                PipelineCodecs.SALES_CYCLE);
    }

    /**
     * Returns the aggregator of {@link PipelineVelocity#collector(Period)}.
     *
     * @param period  the period, not null
     * @return the aggregator, never null
     */
    public static RevopsAggregator<Deal, PipelineVelocity> pipelineVelocity(Period period) {
        LocalDate start = period.start();
        LocalDate end = period.end();
        return RevopsAggregator.of(PipelineVelocity.class, () -> PipelineVelocity.collector(Period.of(start, end)),
                PipelineCodecs.PIPELINE_VELOCITY);
    }

    /**
     * Returns the aggregator of {@link WinRate#collector(Period, ReportingCurrency)}: amounts
     * converted to a reporting currency with broadcast rates.
     *
     * @param period  the period, not null
     * @param rates  the broadcast rates, such as {@link SharedExchangeRates#broadcast}, not null
     * @param currency  the ISO code of the reporting currency, not null
     * @return the aggregator, never null
     */
    public static RevopsAggregator<Deal, WinRate> winRate(Period period, Broadcast<? extends ExchangeRates> rates,
                                                          String currency) {
        LocalDate start = period.start();
        LocalDate end = period.end();
        Objects.requireNonNull(rates, "rates");
        Money.currency(currency);
        return RevopsAggregator.of(WinRate.class,
                () -> WinRate.collector(Period.of(start, end),
                        ReportingCurrency.of(Money.currency(currency), rates.value())),
                PipelineCodecs.WIN_RATE);
    }

    /**
     * Returns the aggregator of {@link PipelineVelocity#collector(Period, ReportingCurrency)}:
     * amounts converted to a reporting currency with broadcast rates.
     *
     * @param period  the period, not null
     * @param rates  the broadcast rates, such as {@link SharedExchangeRates#broadcast}, not null
     * @param currency  the ISO code of the reporting currency, not null
     * @return the aggregator, never null
     */
    public static RevopsAggregator<Deal, PipelineVelocity> pipelineVelocity(
            Period period, Broadcast<? extends ExchangeRates> rates, String currency) {
        LocalDate start = period.start();
        LocalDate end = period.end();
        Objects.requireNonNull(rates, "rates");
        Money.currency(currency);
        return RevopsAggregator.of(PipelineVelocity.class,
                () -> PipelineVelocity.collector(Period.of(start, end),
                        ReportingCurrency.of(Money.currency(currency), rates.value())),
                PipelineCodecs.PIPELINE_VELOCITY);
    }

    /**
     * Returns the aggregator of {@link StageConversion#collector(List, Period, LocalDate)}: the stage funnel of the
     * deals' stage histories.
     *
     * @param stages  the stage names in pipeline order, at least one, none blank or repeated, not null
     * @param period  the period in which deals reach a stage, not null
     * @param asOf  the last day whose stage entries are visible, not null
     * @return the aggregator, never null
     * @throws IllegalArgumentException if the stage list is empty or names a stage twice
     */
    public static RevopsAggregator<Deal, StageConversion> stageConversion(List<String> stages, Period period,
                                                                          LocalDate asOf) {
        List<String> names = List.copyOf(stages);
        LocalDate start = period.start();
        LocalDate end = period.end();
        Objects.requireNonNull(asOf, "asOf");
        StageConversion.collector(names, period, asOf); // checks the stage list here, not on an executor
        return RevopsAggregator.of(StageConversion.class,
                () -> StageConversion.collector(names, Period.of(start, end), asOf), PipelineCodecs.STAGE_CONVERSION);
    }

    /**
     * Returns the aggregator of {@link DealOutcomes#collector(Period, DealType, ReportingCurrency)}: the deals of one
     * type (such as renewals or expansions) won and lost in a period, with their values. It merges on any split.
     *
     * @param period  the period whose close dates count, not null
     * @param type  the deal type, not null
     * @param currency  the ISO-4217 code of the deals' currency, not null
     * @return the aggregator, never null
     * @throws IllegalArgumentException if the currency code is unknown
     */
    public static RevopsAggregator<Deal, DealOutcomes> dealOutcomes(Period period, DealType type, String currency) {
        Money.currency(currency);
        Objects.requireNonNull(type, "type");
        LocalDate start = period.start();
        LocalDate end = period.end();
        return RevopsAggregator.of(DealOutcomes.class,
                () -> DealOutcomes.collector(Period.of(start, end), type,
                        ReportingCurrency.of(Money.currency(currency))),
                RecurringCodecs.DEAL_OUTCOMES);
    }
}
