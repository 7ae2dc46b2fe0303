/**
 * Reads revops records from CSV exports: deals ({@link io.github.revops.csv.DealCsv}), customers
 * ({@link io.github.revops.csv.CustomerCsv}), subscriptions ({@link io.github.revops.csv.SubscriptionCsv}), spend
 * ({@link io.github.revops.csv.SpendCsv}) and forecast submissions ({@link io.github.revops.csv.ForecastCsv}).
 *
 * <p>A builder maps columns to fields, sets date formats, the currency and the labels of stages and types, and
 * builds an immutable {@link io.github.revops.csv.CsvReader}. Reading is strict by default (the first bad row stops
 * the import with a {@link io.github.revops.csv.CsvImportException} naming the file, line, column and value) or
 * lenient (bad rows are listed as {@link io.github.revops.csv.RejectedRow}s), and holds one row at a time.
 * <pre>{@code
 * CsvReader<Deal> reader = DealCsv.salesforce().defaultCurrency("USD").build();
 * CsvImportResult<Deal> result = reader.readAll(Path.of("opportunities.csv"));
 * List<Deal> deals = result.records();
 * }</pre>
 */
package io.github.revops.csv;
