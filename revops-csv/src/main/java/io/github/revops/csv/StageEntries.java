package io.github.revops.csv;

import io.github.revops.domain.StageEntry;

import java.time.LocalDate;

/**
 * The stage entries of one chunk's deals, so that deals entering the same stage on the same day share one
 * {@link StageEntry} (a value: equal entries are interchangeable) rather than each holding its own, which the
 * records of a large file would keep alive (docs/decisions/0057). Per stage name (the first {@value #STAGES} met), a
 * table of {@value #DAYS} entries slotted by the day's place in a calendar of 31-day months, so the days of any 11
 * years take a slot each (a table hashed by stage and day let entries sharing a slot evict each other row after row,
 * and a 2M-row file kept 580,602 entries instead of about 60,000; docs/decisions/0105). An entry whose slot another
 * took, or of a stage past the first {@value #STAGES}, is made again, so memory is bounded and the answer never
 * depends on what was kept. Not thread-safe.
 */
final class StageEntries {

    private static final int STAGES = 16;
    private static final int DAYS = 4096;

    /** The stage names met, in the order met, and per name its entries by calendar slot (null when empty). */
    private final String[] stages = new String[STAGES];
    private final StageEntry[][] entries = new StageEntry[STAGES][];
    private int stageCount;

    /**
     * Returns an entry equal to {@code StageEntry.of(stage, entered)}, the one kept for it if any.
     *
     * @throws IllegalArgumentException if the stage is blank, as {@link StageEntry#of} does
     */
    StageEntry of(String stage, LocalDate entered) {
        int k = stageIndex(stage);
        if (k < 0) {
            return StageEntry.of(stage, entered);
        }
        int at = calendarSlot(entered);
        StageEntry kept = entries[k][at];
        if (kept != null && kept.entered().equals(entered)) {
            return kept;
        }
        StageEntry entry = StageEntry.of(stage, entered);
        entries[k][at] = entry;
        return entry;
    }

    /** Returns the day's slot: its place in a calendar of 31-day months, modulo {@value #DAYS}. */
    static int calendarSlot(LocalDate day) {
        return ((day.getYear() * 12 + day.getMonthValue()) * 31 + day.getDayOfMonth()) & (DAYS - 1);
    }

    /** Returns the stage's table number, making one for a stage not met before; -1 when every table is taken. */
    private int stageIndex(String stage) {
        for (int k = 0; k < stageCount; k++) {
            if (stages[k] == stage) {
                return k;
            }
        }
        for (int k = 0; k < stageCount; k++) {
            if (stages[k].equals(stage)) {
                return k;
            }
        }
        if (stageCount == STAGES) {
            return -1;
        }
        stages[stageCount] = stage;
        entries[stageCount] = new StageEntry[DAYS];
        return stageCount++;
    }
}
