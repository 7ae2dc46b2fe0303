package io.github.revops.csv;

import java.util.List;

/**
 * Merges chunks in file order into the whole, doing what needs the rows before: file lines, unique ids (a repeated
 * id is a bad row naming the first one's line, as in the record reader), the set-aside lists, progress reports, and
 * the strict mode's first bad row. Ids are checked by a {@link ChunkIdCheck}: here, or, on several threads, by the
 * chunks' workers first (docs/decisions/0058). Not thread-safe.
 *
 * @param <F>  the record's field enum
 * @param <T>  the record type
 * @param <P>  a chunk's part
 * @param <R>  the result
 */
final class ChunkMerge<F extends Enum<F> & CsvField, T, P, R> {

    private final String source;
    private final CsvSettings settings;
    private final String idColumn;
    private final ColumnTarget.Whole<P, T, R> whole;
    /** The unique-id check, or null when ids are not checked. */
    private final ChunkIdCheck ids;
    private final SetAsideRows rejected;
    private final SetAsideRows skipped;
    private long breaks;
    private long rowsRead;
    private long accepted;
    private long reported;

    ChunkMerge(String source, CsvSettings settings, String idColumn, ColumnTarget.Whole<P, T, R> whole,
               long headerBreaks) {
        this(source, settings, idColumn, whole, headerBreaks, null);
    }

    /**
     * Makes a merge whose chunks' workers put their ids in a shared table.
     *
     * @param shared  the table, or null to check ids here
     */
    ChunkMerge(String source, CsvSettings settings, String idColumn, ColumnTarget.Whole<P, T, R> whole,
               long headerBreaks, PartitionedIds shared) {
        this.source = source;
        this.settings = settings;
        this.idColumn = idColumn;
        this.whole = whole;
        this.ids = settings.uniqueIds() ? new ChunkIdCheck(shared) : null;
        this.rejected = new SetAsideRows(settings.maxRowsListed());
        this.skipped = new SetAsideRows(settings.maxRowsListed());
        this.breaks = headerBreaks;
    }

    /**
     * Makes room in the id check for about a number of rows kept, an estimate from the first chunk, before it is
     * merged.
     *
     * @param rows  the rows expected to be kept in the file
     */
    void expectRows(long rows) {
        if (ids != null) {
            ids.expectRows(rows);
        }
    }

    /**
     * Merges the next chunk.
     *
     * @return false when the data ended in it (a blank row with endAtBlankRow)
     * @throws CsvImportException in strict mode at the first bad row
     */
    boolean add(Chunk<P> chunk) {
        if (ids != null) {
            ids.begin(chunk, breaks);
        }
        long before = rowsRead;
        whole.begin(chunk.part);
        List<Chunk.SetAside> aside = chunk.setAside;
        int next = 0;
        for (int i = 0; i < chunk.kept; i++) {
            long line = chunk.keptLines[i];
            while (next < aside.size() && aside.get(next).row().line() <= line) {
                setAside(aside.get(next++));
            }
            long fileLine = breaks + line + 1;
            if (ids != null) {
                long earlier = ids.earlierLine(chunk, i, fileLine);
                if (earlier > 0) {
                    ByteTexts kept = chunk.keptIds;
                    String id = kept == null ? chunk.keptTexts[i] : kept.text(i);
                    RejectedRow row = new RowProblem(idColumn, id, UniqueIds.duplicate(earlier), null, false)
                            .at(fileLine);
                    if (settings.mode() == ImportMode.STRICT) {
                        report(before, before + chunk.keptRows[i] - 1);
                        throw CsvImportException.ofRow(source, row, null);
                    }
                    rejected.add(row);
                    continue;
                }
            }
            accepted++;
            whole.append(chunk.part, i);
        }
        while (next < aside.size()) {
            setAside(aside.get(next++));
        }
        rejected.count(chunk.rejectedNotListed);
        skipped.count(chunk.skippedNotListed);
        rowsRead += chunk.rowsRead;
        report(before, chunk.error == null ? rowsRead : rowsRead - 1);
        if (chunk.error != null) {
            throw CsvImportException.ofRow(source, chunk.error.at(breaks), chunk.error.cause());
        }
        breaks += chunk.breaks;
        return !chunk.endedAtBlankRow;
    }

    private void setAside(Chunk.SetAside row) {
        (row.skip() ? skipped : rejected).add(row.at(breaks));
    }

    /** Reports progress at each multiple of the reader's step after {@code before} up to {@code upTo} rows. */
    private void report(long before, long upTo) {
        long every = settings.progressEvery();
        if (every > 0) {
            for (long n = (before / every + 1) * every; n <= upTo; n += every) {
                reported = n;
                settings.progress().accept(n);
            }
        }
    }

    /**
     * Returns the result and summary after the last chunk; the result is built first, so that rows a part did not
     * keep (a second currency) fail the read as the whole's error rather than as a summary that does not add up.
     */
    CsvTableResult<R> finish() {
        if (settings.progressEvery() > 0 && reported != rowsRead) {
            reported = rowsRead;
            settings.progress().accept(rowsRead);
        }
        R table = whole.build(source);
        CsvImportSummary summary = new CsvImportSummary(source, rowsRead, accepted, rejected.kept(), skipped.kept(),
                rejected.notKept(), skipped.notKept());
        return new CsvTableResult<>(table, summary);
    }
}
