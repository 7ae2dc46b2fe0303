/**
 * Unit economics (METRICS.md 4 and 6): what a customer costs to win (CAC, blended, paid and per channel, with a
 * lag), how fast that cost comes back (CAC payback, magic number) and what a customer is worth (formula LTV,
 * LTV:CAC, historical cohort LTV).
 *
 * <p>{@link io.github.revops.economics.UnitEconomics} computes a month's figures from spend, subscriptions and
 * deals; {@link io.github.revops.economics.AcquisitionCosts} computes CAC alone. The cores
 * ({@link io.github.revops.economics.CacPayback}, {@link io.github.revops.economics.MagicNumber},
 * {@link io.github.revops.economics.FormulaLtv}, {@link io.github.revops.economics.CohortLtv}) take plain values.
 *
 * @since 0.1.0
 */
package io.github.revops.economics;
