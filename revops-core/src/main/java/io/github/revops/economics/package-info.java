/**
 * Unit economics (docs/metrics.md, "Unit economics and forecast accuracy"): what a customer costs to win (CAC,
 * blended, paid and per channel, with a lag), how fast that cost comes back (CAC payback, magic number) and what a
 * customer is worth (formula LTV, LTV:CAC, historical cohort LTV), over a month, a quarter, a year or any whole
 * months.
 *
 * <p>Every metric reads an {@link io.github.revops.economics.EconomicsInput} (spend, subscriptions, deals), a period
 * and its {@link io.github.revops.economics.EconomicsOptions}, with the verbs of every family ({@code of},
 * {@code series}; {@code by} and {@code collector} where the records carry the key, as for
 * {@link io.github.revops.economics.SpendSummary}); each also takes a {@link io.github.revops.money.ReportingCurrency}
 * that converts amounts in other currencies. {@link io.github.revops.economics.UnitEconomics} gives every figure of
 * a period at once. The cores ({@link io.github.revops.economics.CacPayback},
 * {@link io.github.revops.economics.MagicNumber}, {@link io.github.revops.economics.FormulaLtv},
 * {@link io.github.revops.economics.CohortLtv}) also take plain values computed elsewhere.
 *
 * @since 0.1.0
 */
package io.github.revops.economics;
