/**
 * Reads revops records from SQL query results: deals ({@link io.github.revops.jdbc.DealColumns}), subscriptions
 * ({@link io.github.revops.jdbc.SubscriptionColumns}), spend ({@link io.github.revops.jdbc.SpendColumns}) and
 * forecast submissions ({@link io.github.revops.jdbc.ForecastColumns}); deals and subscriptions also straight into a
 * {@link io.github.revops.table.DealTable} or {@link io.github.revops.table.SubscriptionTable}, without a record per
 * row.
 *
 * <p>A mapping names the column of each field and checks the columns' SQL types before the first row (amounts are
 * never read from a binary floating point column). A {@link io.github.revops.jdbc.SqlSource} runs a query with its
 * parameters on a data source (in a transaction of its own, so that PostgreSQL streams the rows) or a connection,
 * or reads a result set. Reading is strict by default (the first bad row stops the import with a
 * {@link io.github.revops.jdbc.JdbcImportException} naming the row, column and value) or lenient (bad rows are listed
 * as {@link io.github.revops.jdbc.RejectedRow}s), and holds one row at a time.
 * <pre>{@code
 * SubscriptionColumns columns = SubscriptionColumns.builder().id("id").customer("customer").amount("price")
 *         .currency("EUR").interval("billing").start("start_date").end("end_date").lenient().build();
 * JdbcImportResult<List<Subscription>> result = columns.readAll(SqlSource.query(connection,
 *         "SELECT * FROM subscriptions WHERE start_date < ?", LocalDate.of(2026, 1, 1)));
 * result.rejected();   // the rows set aside, with the reason
 * }</pre>
 */
package io.github.revops.jdbc;
