/**
 * The result algebra every metric follows: exact results that keep their parts, merge with
 * {@link io.github.revops.result.Mergeable#combine} and say when they are undefined.
 * {@link io.github.revops.result.Ratio}, {@link io.github.revops.result.DayAverage} and
 * {@link io.github.revops.result.DayHistogram} are the building blocks;
 * {@link io.github.revops.result.Breakdown} and {@link io.github.revops.result.TimeSeries} group any metric.
 *
 * @since 0.1.0
 */
package io.github.revops.result;
