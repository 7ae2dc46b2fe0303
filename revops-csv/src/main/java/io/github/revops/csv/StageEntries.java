package io.github.revops.csv;

import io.github.revops.domain.StageEntry;

import java.time.LocalDate;

/**
 * The stage entries of one chunk's deals, so that deals entering the same stage on the same day share one
 * {@link StageEntry} (a value: equal entries are interchangeable) rather than each holding its own, which the
 * records of a large file would keep alive (docs/decisions/0057). A direct-mapped table of {@value #SLOTS} entries:
 * an entry whose slot another took is made again, so memory is bounded and the answer never depends on what was
 * kept. Not thread-safe.
 */
final class StageEntries {

    private static final int SLOTS = 8192;

    /** Per slot: the date as {@code year << 9 | month << 5 | day}, the stage and the entry; null when empty. */
    private final long[] days = new long[SLOTS];
    private final String[] stages = new String[SLOTS];
    private final StageEntry[] entries = new StageEntry[SLOTS];

    /**
     * Returns an entry equal to {@code StageEntry.of(stage, entered)}, the one kept for it if any.
     *
     * @throws IllegalArgumentException if the stage is blank, as {@link StageEntry#of} does
     */
    StageEntry of(String stage, LocalDate entered) {
        long day = (long) entered.getYear() << 9 | entered.getMonthValue() << 5 | entered.getDayOfMonth();
        int at = UniqueIds.spread(31 * stage.hashCode() + Long.hashCode(day)) & (SLOTS - 1);
        String kept = stages[at];
        if (days[at] == day && kept != null && (kept == stage || kept.equals(stage))) {
            return entries[at];
        }
        StageEntry entry = StageEntry.of(stage, entered);
        days[at] = day;
        stages[at] = stage;
        entries[at] = entry;
        return entry;
    }
}
