package io.github.revops.csv;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What one chunk of a file gave: its part, the line and id of each row kept, its set-aside rows in line order, and
 * how it ended. Lines are counted from the chunk's start (0 for its first line); {@link ChunkMerge} makes them file
 * lines. Filled by one worker, then read by the merging thread.
 *
 * @param <P>  the part type
 */
final class Chunk<P> {

    private static final int BYTES_PER_ROW = 64;
    private static final int FEWEST_ROWS = 256;
    private static final int MOST_ROWS = 1 << 20;

    /** Where the chunk was meant to start and end (file offsets, at line starts). */
    final long start;
    final long end;
    /** Where it stopped: the first line start at or after {@link #end} it reached, or where it ended early. */
    long stop;
    /** The line breaks between its start and its stop. */
    long breaks;
    long rowsRead;
    P part;
    int kept;
    long[] keptLines;
    /** Each kept row's number among the chunk's rows read, from 1 (for progress up to a row the merge refuses). */
    int[] keptRows;
    /** The kept ids as UTF-8 bytes, or null when ids are not checked: no String per id (docs/decisions/0055). */
    ByteTexts keptIds;
    /** The kept ids as Strings when the part keeps records that hold them anyway, else null. */
    String[] keptTexts;
    /** The hash of each kept id, taken by the worker so that the merge reads no id it need not compare. */
    int[] keptHashes;
    /**
     * The chunk's place in the file (0 for the first) once its kept ids are in the read's {@link PartitionedIds}, or
     * -1 when they are not (one thread, ids not checked, or a chunk read again on the merging thread).
     */
    int index = -1;
    /**
     * One bit per kept row, set by {@link PartitionedIds} when a row of a chunk before this one, or above it in this
     * one, has the same id; null until the chunk's ids are in it.
     */
    long[] duplicateBits;
    /** Rejected and skipped rows kept in full, in line order, with chunk lines. */
    final List<SetAside> setAside = new ArrayList<>();
    long rejectedNotListed;
    long skippedNotListed;
    int rejectedListed;
    int skippedListed;
    /** The strict mode's first bad row, with a chunk line, or null. */
    SetAside error;
    /** True when a blank row ended the data (endAtBlankRow). */
    boolean endedAtBlankRow;
    /** True when the byte parser needs Commons CSV for this chunk. */
    boolean fallback;

    Chunk(long start, long end, boolean ids, boolean idTexts) {
        this.start = start;
        this.end = end;
        int rows = expectedRows(start, end);
        this.keptLines = new long[rows];
        this.keptRows = new int[rows];
        this.keptIds = ids && !idTexts ? new ByteTexts(rows) : null;
        this.keptTexts = ids && idTexts ? new String[rows] : null;
        this.keptHashes = ids ? new int[rows] : null;
    }

    /**
     * Returns the room first made for a chunk's rows: one per {@value #BYTES_PER_ROW} bytes (a CRM export's rows are
     * longer), at least {@value #FEWEST_ROWS} and at most {@value #MOST_ROWS}, so a chunk of a typical file keeps
     * its rows without copying its arrays again and again (docs/decisions/0056).
     */
    static int expectedRows(long start, long end) {
        return (int) Math.min(MOST_ROWS, Math.max(FEWEST_ROWS, (end - start) / BYTES_PER_ROW));
    }

    /** Keeps a row whose id is not checked. */
    void keep(long line) {
        grow();
        keptLines[kept] = line;
        keptRows[kept] = (int) rowsRead;
        kept++;
    }

    /** Keeps a row and its id, the ASCII bytes {@code [from, to)} of a window. */
    void keep(long line, byte[] window, int from, int to) {
        keepId(window, from, to, ByteIds.hash(window, from, to));
        keep(line);
    }

    /** Keeps a row and its id. */
    void keep(long line, String id) {
        if (keptTexts != null) {
            grow();
            keptTexts[kept] = id;
            keptHashes[kept] = id.hashCode();
            keep(line);
            return;
        }
        byte[] utf8 = id.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        keepId(utf8, 0, utf8.length, id.hashCode());
        keep(line);
    }

    private void keepId(byte[] id, int from, int to, int hash) {
        grow();
        keptIds.add(id, from, to);
        keptHashes[kept] = hash;
    }

    private void grow() {
        if (kept == keptLines.length) {
            keptLines = Arrays.copyOf(keptLines, kept * 2);
            keptRows = Arrays.copyOf(keptRows, kept * 2);
            if (keptHashes != null) {
                keptHashes = Arrays.copyOf(keptHashes, kept * 2);
            }
            if (keptTexts != null) {
                keptTexts = Arrays.copyOf(keptTexts, kept * 2);
            }
        }
    }

    void setAside(RowProblem problem, long line, int listed) {
        if (problem.isSkip() ? skippedListed < listed : rejectedListed < listed) {
            setAside.add(new SetAside(problem.at(line + 1), problem.isSkip(), problem.getCause()));
            if (problem.isSkip()) {
                skippedListed++;
            } else {
                rejectedListed++;
            }
        } else if (problem.isSkip()) {
            skippedNotListed++;
        } else {
            rejectedNotListed++;
        }
    }

    /**
     * A row set aside, its line counted from the chunk's start plus one.
     *
     * @param row  the row
     * @param skip  true when skipped rather than rejected
     * @param cause  the domain's exception, or null
     */
    record SetAside(RejectedRow row, boolean skip, Throwable cause) {

        RejectedRow at(long breaksBefore) {
            return new RejectedRow(breaksBefore + row.line(), row.column(), row.value(), row.reason());
        }
    }
}
