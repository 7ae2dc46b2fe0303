/**
 * Columnar tables for metrics over millions of records: {@link io.github.revops.table.DealTable} and
 * {@link io.github.revops.table.SubscriptionTable} keep each field in a primitive array (dictionary-encoded text,
 * epoch days, minor units, exact monthly values over a common denominator), so a metric's loop reads memory in order
 * and allocates nothing per row, and split into row ranges whose partial results combine exactly on several threads.
 *
 * @since 0.1.0
 */
package io.github.revops.table;
