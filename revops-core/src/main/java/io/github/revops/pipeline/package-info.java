/**
 * Pipeline metrics from deals (docs/metrics.md#pipeline-metrics): {@link io.github.revops.pipeline.WinRate} (by count
 * and by value, every {@link io.github.revops.pipeline.WinRatePolicy}),
 * {@link io.github.revops.pipeline.SalesCycle} (exact percentiles of cycle days),
 * {@link io.github.revops.pipeline.PipelineVelocity} (money per day with its four factors) and {@link io.github.revops.pipeline.StageConversion} (a stage funnel with time in stage).
 *
 * <p>Each metric has {@code of(deals, period)} for a collection, {@code by(deals, period, key)} for a
 * {@link io.github.revops.result.Breakdown} per owner, source, type or segment, {@code series(deals, range,
 * granularity)} for a {@link io.github.revops.result.TimeSeries}, and a {@code collector} for streams. Results are
 * exact, keep their parts, merge with {@code combine} and say when they are undefined.
 * <pre>{@code
 * Breakdown<String, WinRate> perOwner = WinRate.by(deals, Period.quarter(2017, 3), Deal::owner);
 * perOwner.groups().forEach((owner, rate) -> System.out.println(owner + " " + rate.byCount()));
 * }</pre>
 *
 * @since 0.1.0
 */
package io.github.revops.pipeline;
