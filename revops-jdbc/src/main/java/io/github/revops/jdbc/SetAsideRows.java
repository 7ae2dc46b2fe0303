package io.github.revops.jdbc;

import java.util.ArrayList;
import java.util.List;

/**
 * The bad rows a lenient import set aside: kept in full up to a number, counted beyond it, so an import of
 * millions of bad rows holds a bounded list. Not thread-safe.
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
        this.kept = kept;
    }

    void add(RejectedRow row) {
        if (rows.size() < kept) {
            rows.add(row);
        } else {
            notKept++;
        }
    }

    /** Returns the rows kept in full, in result order. */
    List<RejectedRow> kept() {
        return rows;
    }

    /** Returns how many rows were counted but not kept. */
    long notKept() {
        return notKept;
    }
}
