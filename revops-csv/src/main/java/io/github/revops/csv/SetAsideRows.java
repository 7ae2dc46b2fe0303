package io.github.revops.csv;

import java.util.ArrayList;
import java.util.List;

/**
 * The rows an import set aside (rejected or skipped), kept in full up to a number and counted beyond it, so an
 * import of millions of bad rows holds a bounded list. Any reader of the package uses it; not thread-safe.
 */
final class SetAsideRows {

    private final int kept;
    private final List<RejectedRow> rows = new ArrayList<>();
    private long notKept;

    /**
     * Creates an empty list.
     *
     * @param kept  how many rows to keep in full, at least 0
     */
    SetAsideRows(int kept) {
        if (kept < 0) {
            throw new IllegalArgumentException("maxRowsListed (" + kept + ") must be >= 0");
        }
        this.kept = kept;
    }

    void add(RejectedRow row) {
        if (rows.size() < kept) {
            rows.add(row);
        } else {
            notKept++;
        }
    }

    /**
     * Counts rows set aside after a chunk of the file already listed as many as are kept, so this list is full.
     *
     * @param rows  how many rows
     */
    void count(long rows) {
        notKept += rows;
    }

    /** Returns the rows kept in full, in input order. */
    List<RejectedRow> kept() {
        return rows;
    }

    /** Returns how many rows were counted but not kept. */
    long notKept() {
        return notKept;
    }
}
