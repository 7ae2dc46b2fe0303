/**
 * Recurring revenue and retention: MRR and ARR at a date, the MRR movements bridge, logo and revenue churn, NRR and
 * GRR, renewals, upsells and cohort tables (docs/metrics.md#recurring-revenue-and-retention).
 *
 * <p>Everything is computed at customer grain from {@link io.github.revops.domain.Subscription}s: a customer's MRR
 * on a date is the exact sum of the monthly values of its subscriptions that count on that date. A period's start
 * state is read on the day before it begins and its end state on its last day, so an event belongs to the period
 * that contains its date and consecutive periods chain exactly.
 * <pre>{@code
 * MrrSnapshot.of(subscriptions, LocalDate.of(2026, 3, 31)).arr(RoundingMode.HALF_EVEN);   // ARR, rounded once
 * MrrBridge march = MrrBridge.of(subscriptions, Period.month(2026, 3));
 * march.nrr();                                                            // a Ratio that keeps its parts
 * LogoChurn.series(subscriptions, Period.year(2026), Granularity.MONTH);  // every month in one pass
 * }</pre>
 *
 * <p>Each result type offers the same entry points: {@code of}, {@code by}, {@code series} and {@code collector} over
 * subscription records, and {@code of}, {@code by}, {@code series} over a
 * {@link io.github.revops.table.SubscriptionTable}. Each rule (in service on a date, the movement of a customer, the
 * churn of a customer) is written once, in a package-private kernel that both the records and the table feed
 * (docs/decisions/0089). {@link io.github.revops.recurring.RecurringRevenue} checks one set of subscriptions once and
 * answers one date or period per metric through the result types' {@code of}; breakdowns and series are the result
 * types' own (docs/decisions/0110).
 *
 * <h2>Merging</h2>
 * Each result has a {@link java.util.stream.Collector} that gives the same answer on any split of the subscriptions
 * (sequential, parallel, shuffled): it decodes them as they come and merges what it decoded. The finished results
 * ({@link io.github.revops.recurring.MrrBridge}, {@link io.github.revops.recurring.LogoChurn}, ...) combine exactly
 * when their inputs hold disjoint customers: partition by customer, so that every subscription of a customer is in
 * the same part. {@link io.github.revops.recurring.MrrSnapshot} merges exactly on any split.
 *
 * @since 0.1.0
 */
package io.github.revops.recurring;
