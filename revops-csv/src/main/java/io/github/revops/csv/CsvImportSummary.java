package io.github.revops.csv;

import java.util.List;
import java.util.Objects;

/**
 * What an import read: how many data rows, how many became records, and the rows it set aside.
 *
 * <p>A reader lists at most {@code maxRowsListed} rejected rows and as many skipped rows in full (1,000 each unless
 * set, docs/decisions/0101); the rest are counted in {@code rejectedNotListed} and {@code skippedNotListed}, so an
 * import of millions of bad rows keeps a bounded summary. {@code rowsRead == accepted + rejectedCount() +
 * skippedCount()} always holds. In strict mode a finished import has no rejected rows (the first one stops it with
 * {@link CsvImportException}); skipped rows are those a policy left out on purpose, such as
 * {@link MissingCreatedDate#SKIP}.
 * <pre>{@code
 * CsvImportSummary summary = DealCsv.mavenCrm().build().forEach(path, deal -> { });
 * summary.describe();   // "8,800 rows: 8,300 accepted, 500 skipped (engage_date is blank: row skipped
 *                       //  (MissingCreatedDate.SKIP)), 0 rejected"
 * summary.toString();   // "sales_pipeline.csv: " and the same, then the first 3 rejected rows if any
 * }</pre>
 *
 * @param source  the name of the input, such as the file name, not null
 * @param rowsRead  the data rows read (the header and a trailing footer not counted)
 * @param accepted  the rows that became records
 * @param rejected  the bad rows set aside in lenient mode and listed, in input order, not null
 * @param skipped  the rows a policy left out and listed, in input order, not null
 * @param rejectedNotListed  the bad rows set aside beyond those listed, counted only
 * @param skippedNotListed  the rows a policy left out beyond those listed, counted only
 * @since 0.1.0
 */
public record CsvImportSummary(String source, long rowsRead, long accepted, List<RejectedRow> rejected,
                               List<RejectedRow> skipped, long rejectedNotListed, long skippedNotListed) {

    /**
     * Validates the summary.
     *
     * @param source  the name of the input, not null
     * @param rowsRead  the data rows read
     * @param accepted  the rows that became records
     * @param rejected  the bad rows listed, not null
     * @param skipped  the skipped rows listed, not null
     * @param rejectedNotListed  the bad rows counted only, at least 0
     * @param skippedNotListed  the skipped rows counted only, at least 0
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if a count is negative or the counts do not add up
     */
    public CsvImportSummary {
        Objects.requireNonNull(source, "source");
        rejected = List.copyOf(rejected);
        skipped = List.copyOf(skipped);
        if (accepted < 0 || rejectedNotListed < 0 || skippedNotListed < 0) {
            throw new IllegalArgumentException("accepted (" + accepted + "), rejectedNotListed (" + rejectedNotListed
                    + ") and skippedNotListed (" + skippedNotListed + ") must be >= 0");
        }
        long parts = Math.addExact(accepted, Math.addExact(Math.addExact(rejected.size(), rejectedNotListed),
                Math.addExact(skipped.size(), skippedNotListed)));
        if (parts != rowsRead) {
            throw new IllegalArgumentException("rowsRead (" + rowsRead + ") must equal accepted (" + accepted
                    + ") + rejected (" + rejected.size() + " + " + rejectedNotListed + ") + skipped ("
                    + skipped.size() + " + " + skippedNotListed + ")");
        }
    }

    /**
     * Creates a summary that lists every row it set aside.
     *
     * @param source  the name of the input, not null
     * @param rowsRead  the data rows read
     * @param accepted  the rows that became records
     * @param rejected  every bad row set aside, not null
     * @param skipped  every row a policy left out, not null
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the counts do not add up
     */
    public CsvImportSummary(String source, long rowsRead, long accepted, List<RejectedRow> rejected,
                            List<RejectedRow> skipped) {
        this(source, rowsRead, accepted, rejected, skipped, 0, 0);
    }

    /**
     * Returns how many bad rows were set aside, listed or not.
     *
     * @return {@code rejected().size() + rejectedNotListed()}
     */
    public long rejectedCount() {
        return rejected.size() + rejectedNotListed;
    }

    /**
     * Returns how many rows a policy left out, listed or not.
     *
     * @return {@code skipped().size() + skippedNotListed()}
     */
    public long skippedCount() {
        return skipped.size() + skippedNotListed;
    }

    /**
     * Describes the import on one line: rows read, accepted, skipped and rejected, with the reasons rows were set
     * aside, such as {@code "8,800 rows: 8,300 accepted, 500 skipped (engage_date is blank: row skipped
     * (MissingCreatedDate.SKIP)), 0 rejected"}. A skipped row is named by its column and reason, a rejected one by
     * its column; a single reason is shown alone, several each with its count (three at most, the rest counted
     * together), and rows beyond those listed are counted as not listed. Counts are grouped by thousands with commas.
     *
     * <p>The text comes from the file (column names, reasons quoting values): escape it before printing it on a
     * terminal or a page (docs/decisions/0102).
     *
     * @return the description, never null
     */
    public String describe() {
        return SummaryText.describe(this);
    }

    /**
     * Returns the source, {@link #describe()} and the first three rejected rows with how many more there are, on
     * one line of bounded length whatever the import: {@code "bad.csv: 5 rows: 2 accepted, 0 skipped, 3 rejected (in
     * Amount); first: line 2, column 'Amount', value 'oops': ...; line 3, ...; line 4, ..."}. Every rejected row is
     * in {@link #rejected()}.
     *
     * @return the text form, never null
     */
    @Override
    public String toString() {
        return SummaryText.summary(this);
    }
}
