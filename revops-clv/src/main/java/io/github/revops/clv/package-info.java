/**
 * revops clv: predictive customer lifetime value, fitted by maximum likelihood.
 *
 * <p>The shifted-beta-geometric model projects retention of subscription cohorts; BG/NBD and Pareto/NBD count repeat
 * purchases where customers leave silently, BG/BB the same with one chance to transact per period; Gamma-Gamma models
 * what they spend. Optimisers and special functions come from
 * Hipparchus.
 * <pre>{@code
 * ModelFit<ShiftedBetaGeometric> fit = ShiftedBetaGeometric.fit(CohortSurvival.of(1000, 869, 743, 653));
 * double nextYear = fit.model().survival(4);
 * }</pre>
 *
 * <p>The jar has no module descriptor; on the module path it is the automatic module {@code io.github.revops.clv}
 * (its manifest names it), since Hipparchus declares no module names a descriptor could require.
 */
package io.github.revops.clv;
