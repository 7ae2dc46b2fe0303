/**
 * Exact numbers: {@link io.github.revops.math.Rational}.
 *
 * @since 0.1.0
 */
package io.github.revops.math;
