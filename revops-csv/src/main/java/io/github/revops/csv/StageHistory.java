package io.github.revops.csv;

import io.github.revops.domain.StageEntry;

import java.util.ArrayList;
import java.util.List;

/**
 * A row's stage entries as they are read, into an unmodifiable list; no array or list is made for the one or two
 * entries a row of a CRM export has. Not thread-safe; one per row.
 */
final class StageHistory {

    private StageEntry first;
    private StageEntry second;
    /** Every entry once there are more than two, else null. */
    private List<StageEntry> more;
    private int size;

    /** Appends an entry. */
    void add(StageEntry entry) {
        if (size == 0) {
            first = entry;
        } else if (size == 1) {
            second = entry;
        } else {
            if (more == null) {
                more = new ArrayList<>();
                more.add(first);
                more.add(second);
            }
            more.add(entry);
        }
        size++;
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** Returns the last entry added; the history must not be empty. */
    StageEntry last() {
        return size == 1 ? first : size == 2 ? second : more.get(size - 1);
    }

    /** Returns the entries in the order added, unmodifiable. */
    List<StageEntry> list() {
        switch (size) {
            case 0:
                return List.of();
            case 1:
                return List.of(first);
            case 2:
                return List.of(first, second);
            default:
                return List.copyOf(more);
        }
    }
}
