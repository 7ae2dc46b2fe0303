package io.github.revops.jdbc;

import java.util.List;
import java.util.Objects;

/**
 * What an import read: how many rows, how many became records (or table rows), and the bad rows it set aside.
 *
 * <p>Lenient mode lists at most {@code maxRowsListed} bad rows in full ({@value #DEFAULT_MAX_ROWS_LISTED} unless
 * set) and counts the rest in {@code rejectedNotListed}, so an import of millions of bad rows keeps a small summary.
 * {@code rowsRead == accepted + rejected().size() + rejectedNotListed} always holds; a strict import that finished
 * has no bad row (the first one stops it with {@link JdbcImportException}).
 *
 * @param source  the name of the input in messages, such as {@code "query"}, not null
 * @param rowsRead  the rows read from the result
 * @param accepted  the rows that became records or table rows
 * @param rejected  the bad rows listed, in result order, not null
 * @param rejectedNotListed  the bad rows beyond those listed, counted only
 * @since 0.1.0
 */
public record JdbcImportSummary(String source, long rowsRead, long accepted, List<RejectedRow> rejected,
                                long rejectedNotListed) {

    /** The most bad rows a summary lists in full unless the mapping's {@code maxRowsListed} is set. */
    public static final int DEFAULT_MAX_ROWS_LISTED = 1_000;

    /**
     * Validates the summary.
     *
     * @param source  the name of the input, not null
     * @param rowsRead  the rows read
     * @param accepted  the rows that became records, at least 0
     * @param rejected  the bad rows listed, not null
     * @param rejectedNotListed  the bad rows counted only, at least 0
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if a count is negative or the counts do not add up
     */
    public JdbcImportSummary {
        Objects.requireNonNull(source, "source");
        rejected = List.copyOf(rejected);
        if (accepted < 0 || rejectedNotListed < 0) {
            throw new IllegalArgumentException("accepted (" + accepted + ") and rejectedNotListed ("
                    + rejectedNotListed + ") must be >= 0");
        }
        if (Math.addExact(accepted, Math.addExact(rejected.size(), rejectedNotListed)) != rowsRead) {
            throw new IllegalArgumentException("rowsRead (" + rowsRead + ") must equal accepted (" + accepted
                    + ") + rejected (" + rejected.size() + " + " + rejectedNotListed + ")");
        }
    }

    /**
     * Returns how many bad rows were set aside, listed or not.
     *
     * @return {@code rejected().size() + rejectedNotListed()}
     */
    public long rejectedCount() {
        return rejected.size() + rejectedNotListed;
    }
}
