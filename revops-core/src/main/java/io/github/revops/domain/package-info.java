/**
 * The records a revenue team keeps: {@link io.github.revops.domain.Deal}, {@link io.github.revops.domain.Customer},
 * {@link io.github.revops.domain.Subscription}, {@link io.github.revops.domain.Spend} and
 * {@link io.github.revops.domain.ForecastSubmission}; each immutable and validated once, at construction.
 *
 * @since 0.1.0
 */
package io.github.revops.domain;
