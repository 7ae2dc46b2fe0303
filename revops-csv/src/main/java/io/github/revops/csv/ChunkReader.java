package io.github.revops.csv;

/**
 * Reads one chunk of a file with the byte parser: each record through the same {@link Row} checks and mapper as the
 * record reader ({@link CsvRows}), in the same order (a blank row ends the data if asked, the row counts as read,
 * then it is decoded, and a problem rejects, skips, or in strict mode stops the chunk). Thread-safe: each call has
 * its own state.
 *
 * @param <F>  the record's field enum
 * @param <P>  the part type
 */
final class ChunkReader<F extends Enum<F> & CsvField, P> {

    private static final int SLACK = 64 * 1024;

    private final FileBytes file;
    private final Columns<F> columns;
    private final CsvSettings settings;
    private final ColumnTarget<F, ?, P, ?> target;
    private final F idField;

    ChunkReader(FileBytes file, Columns<F> columns, CsvSettings settings, ColumnTarget<F, ?, P, ?> target,
                F idField) {
        this.file = file;
        this.columns = columns;
        this.settings = settings;
        this.target = target;
        this.idField = idField;
    }

    /** Reads the records that start in {@code [start, end)}, the last one to its end. */
    Chunk<P> read(long start, long end) {
        Chunk<P> chunk = new Chunk<>(start, end, settings.uniqueIds(), target.keepsRecords());
        ColumnTarget.Part<F, P> part = target.newPart();
        part.expectRows(Chunk.expectedRows(start, end));
        Row<F> row = new Row<>(columns, settings);
        ByteRecords parser = new ByteRecords(settings.format().getDelimiterString().charAt(0));
        long windowStart = start;
        long length = Math.max(0, end - start);
        byte[] window = new byte[(int) Math.min(Integer.MAX_VALUE - 8, length + Math.min(SLACK, length + 256))];
        parser.window(window, file.read(windowStart, window), windowStart + window.length >= file.size());
        while (true) {
            if (windowStart + parser.position() >= end) {
                break;
            }
            int state = parser.skipEmptyLine();
            if (state == ByteRecords.END) {
                long line = parser.lineBreaks();
                state = parser.next();
                if (state == ByteRecords.RECORD && !row(chunk, part, row, parser.cells(), line)) {
                    break;
                }
            }
            if (state == ByteRecords.MORE) {
                windowStart += parser.position();
                window = new byte[(int) Math.min(Integer.MAX_VALUE - 8, (long) window.length * 2)];
                parser.window(window, file.read(windowStart, window), windowStart + window.length >= file.size());
            } else if (state == ByteRecords.FALLBACK) {
                chunk.fallback = true;
                break;
            } else if (state == ByteRecords.END) {
                break;
            }
        }
        chunk.stop = windowStart + parser.position();
        chunk.breaks = parser.lineBreaks();
        chunk.part = part.build();
        return chunk;
    }

    /** Handles one record; returns false when the chunk ends at it. */
    private boolean row(Chunk<P> chunk, ColumnTarget.Part<F, P> part, Row<F> row, RowCells cells, long line) {
        if (settings.endAtBlankRow() && isBlank(cells)) {
            chunk.endedAtBlankRow = true;
            return false;
        }
        chunk.rowsRead++;
        try {
            if (part.add(row.reset(cells))) {
                int index = columns.index(idField);
                if (chunk.keptHashes == null) {
                    chunk.keep(line);
                } else if (chunk.keptIds != null && index >= 0 && cells.isBytes(index)) {
                    chunk.keep(line, cells.bytes(), cells.from(index), cells.to(index));
                } else {
                    chunk.keep(line, row.text(idField));
                }
            }
        } catch (RowProblem problem) {
            if (!problem.isSkip() && settings.mode() == ImportMode.STRICT) {
                chunk.error = new Chunk.SetAside(problem.at(line + 1), false, problem.getCause());
                return false;
            }
            chunk.setAside(problem, line, settings.maxRowsListed());
        }
        return true;
    }

    /** Checks if every value of a record is blank, as {@link CsvRows} does for endAtBlankRow. */
    static boolean isBlank(Cells cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (!cells.isBlank(i)) {
                return false;
            }
        }
        return true;
    }
}
