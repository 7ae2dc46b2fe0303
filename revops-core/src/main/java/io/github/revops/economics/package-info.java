/**
 * Unit economics (METRICS.md 4 and 6): what a customer costs to win (CAC, blended, paid and per channel, with a
 * lag), how fast that cost comes back (CAC payback, magic number) and what a customer is worth (formula LTV,
 * LTV:CAC, historical cohort LTV).
 *
 * @since 0.1.0
 */
package io.github.revops.economics;
