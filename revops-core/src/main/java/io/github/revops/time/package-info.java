/**
 * Reporting periods: half-open date ranges, calendar and fiscal months, quarters and years.
 *
 * @since 0.1.0
 */
package io.github.revops.time;
