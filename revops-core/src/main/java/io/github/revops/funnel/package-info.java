/**
 * The buyer lifecycle funnel (docs/metrics.md, "Buyer funnel"): from {@link io.github.revops.domain.Contact}s and
 * their lifecycle stage dates, through ordered {@link io.github.revops.funnel.LifecycleStages} (HubSpot's as a
 * preset), the entries into each stage of a period ({@link io.github.revops.funnel.PeriodConversion}), the
 * conversion of a period's cohort to each later stage with the time it took and the contacts still waiting
 * ({@link io.github.revops.funnel.CohortConversion}, {@link io.github.revops.funnel.StageTransition}), and the lead
 * velocity rate ({@link io.github.revops.funnel.LeadVelocityRate}).
 *
 * <p>Each metric has {@code of(contacts, stages, period, ...)} for a collection, {@code by(..., key)} for a
 * {@link io.github.revops.result.Breakdown} per owner, source or segment, {@code series(contacts, stages, range,
 * granularity, ...)} for a {@link io.github.revops.result.TimeSeries}, and a {@code collector} for streams. Results
 * are exact, keep their parts, merge with {@code combine} and say when they are undefined. One kernel decides what a
 * contact counts as, for every metric: a skipped stage is reached when a later one is. The figures in the examples
 * of this package are those of the worked example of docs/metrics.md (contacts of Q1 2026, seen on 30 June 2026).
 * <pre>{@code
 * CohortConversion q1 = CohortConversion.of(contacts, LifecycleStages.HUBSPOT, Period.quarter(2026, 1),
 *         LocalDate.of(2026, 6, 30));
 * q1.transition("Lead", "Customer").conversion();
 * }</pre>
 *
 * @since 0.1.0
 */
package io.github.revops.funnel;
