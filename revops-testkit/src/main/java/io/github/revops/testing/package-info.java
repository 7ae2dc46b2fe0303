/**
 * Test helpers for code that builds on revops.
 *
 * <p>{@link io.github.revops.testing.MergeLaws} checks the contract of
 * {@link io.github.revops.result.Mergeable}: a metric of your own, merged over any split of its input, must equal
 * the metric of the whole input. Failures are AssertJ assertion errors that name the seed and the split.
 */
package io.github.revops.testing;
