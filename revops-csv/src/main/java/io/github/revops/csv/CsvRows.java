package io.github.revops.csv;

import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * An open import that reads one row at a time: an iterator, a stream, and a running summary.
 *
 * <p>Only the current row is held, besides the ids read so far (unless the reader's {@code uniqueIds} is off) and at
 * most {@code maxRowsListed} rejected and skipped rows in full (the rest are counted), so a file of any length is
 * read in bounded memory. Close it (or read it to the end) to close the input. In strict mode the first bad row
 * throws {@link CsvImportException} from {@link #hasNext()}/{@link #next()} and closes the input; records handed
 * out before it were already read. For an all-or-nothing import use {@link CsvReader#readAll}.
 * <pre>{@code
 * try (CsvRows<Deal> rows = reader.open(Path.of("deals.csv"))) {
 *     long won = rows.stream().filter(Deal::isWon).count();
 *     List<RejectedRow> rejected = rows.summary().rejected();
 * }
 * }</pre>
 * Not thread-safe.
 *
 * @param <T>  the record type
 * @since 0.1.0
 */
public final class CsvRows<T> implements Iterator<T>, AutoCloseable {

    private static final Pattern CSV_LINE = Pattern.compile("(?:startline|line:?) (\\d+)");

    private final String source;
    private final CsvSettings settings;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final RecordDecoder<T> decoder;
    private final SetAsideRows rejected;
    private final SetAsideRows skipped;
    private long rowsRead;
    private long accepted;
    private long reported;
    private long lastEndLine = 1;
    private T next;
    private boolean finished;

    CsvRows(Reader in, String source, Schema<?, T> schema) {
        this.source = source;
        this.settings = schema.settings();
        this.rejected = new SetAsideRows(settings.maxRowsListed());
        this.skipped = new SetAsideRows(settings.maxRowsListed());
        CSVParser opened;
        try {
            opened = CSVParser.parse(withoutByteOrderMark(in), settings.format());
        } catch (IOException | UncheckedIOException e) {
            closeQuietly(in);
            throw failure(e);
        }
        this.parser = opened;
        try {
            this.decoder = schema.bind(source, parser.getHeaderNames());
            this.records = parser.iterator();
        } catch (RuntimeException e) {
            closeQuietly(parser);
            throw e;
        }
    }

    private static Reader withoutByteOrderMark(Reader in) throws IOException {
        PushbackReader reader = new PushbackReader(in, 1);
        int first = reader.read();
        if (first >= 0 && first != '\uFEFF') {
            reader.unread(first);
        }
        return reader;
    }

    /**
     * Returns the name of the input, such as the file name.
     *
     * @return the source name, never null
     */
    public String source() {
        return source;
    }

    /**
     * Checks if another record follows, reading ahead past rows that lenient mode rejects.
     *
     * @return true when {@link #next()} has a record
     * @throws CsvImportException in strict mode at a bad row, and in both modes at a problem of the whole file
     * @throws UncheckedIOException if the input cannot be read
     */
    @Override
    public boolean hasNext() {
        advance();
        return next != null;
    }

    /**
     * Returns the next record.
     *
     * @return the record, never null
     * @throws NoSuchElementException if no record is left
     * @throws CsvImportException in strict mode at a bad row, and in both modes at a problem of the whole file
     * @throws UncheckedIOException if the input cannot be read
     */
    @Override
    public T next() {
        advance();
        if (next == null) {
            throw new NoSuchElementException("no more rows in " + source);
        }
        T result = next;
        next = null;
        return result;
    }

    /**
     * Returns the remaining records as a sequential stream; closing the stream closes the input.
     *
     * @return the stream, never null
     */
    public Stream<T> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this,
                Spliterator.ORDERED | Spliterator.NONNULL), false).onClose(this::close);
    }

    /**
     * Returns what the import has read so far; after the last record, what it read in all.
     *
     * @return the summary, never null
     */
    public CsvImportSummary summary() {
        return new CsvImportSummary(source, rowsRead, accepted, rejected.kept(), skipped.kept(), rejected.notKept(),
                skipped.notKept());
    }

    /**
     * Closes the input; reading stops. Closing twice does nothing.
     *
     * @throws UncheckedIOException if the input fails to close
     */
    @Override
    public void close() {
        finished = true;
        next = null;
        try {
            parser.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void advance() {
        while (next == null && !finished) {
            CSVRecord record;
            try {
                if (!records.hasNext()) {
                    finish();
                    return;
                }
                record = records.next();
            } catch (UncheckedIOException | IllegalStateException e) {
                closeQuietly(parser);
                finished = true;
                throw failure(e);
            }
            long endLine = parser.getCurrentLineNumber();
            long firstLine = lastEndLine + 1;
            lastEndLine = endLine;
            if (settings.endAtBlankRow() && isBlank(record)) {
                finish();
                return;
            }
            rowsRead++;
            long line = Math.max(firstLine, endLine - lineBreaksIn(record));
            try {
                next = decoder.decode(Cells.of(record), line);
                accepted++;
            } catch (RowProblem problem) {
                RejectedRow row = problem.at(line);
                if (problem.isSkip()) {
                    skipped.add(row);
                } else if (settings.mode() == ImportMode.STRICT) {
                    close();
                    throw CsvImportException.ofRow(source, row, problem.getCause());
                } else {
                    rejected.add(row);
                }
            }
            if (settings.progressEvery() > 0 && rowsRead % settings.progressEvery() == 0) {
                report();
            }
        }
    }

    private void finish() {
        if (!finished) {
            close();
            if (settings.progressEvery() > 0 && reported != rowsRead) {
                report();
            }
        }
    }

    private void report() {
        reported = rowsRead;
        settings.progress().accept(rowsRead);
    }

    private static boolean isBlank(CSVRecord record) {
        for (String value : record) {
            if (!value.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static long lineBreaksIn(CSVRecord record) {
        long breaks = 0;
        for (String value : record) {
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c == '\n' || c == '\r' && (i + 1 == value.length() || value.charAt(i + 1) != '\n')) {
                    breaks++;
                }
            }
        }
        return breaks;
    }

    private RuntimeException failure(Exception e) {
        Throwable cause = e instanceof UncheckedIOException ? e.getCause() : e;
        if (cause instanceof CSVException || cause instanceof IllegalStateException) {
            return CsvImportException.ofFile(source, lineOf(cause.getMessage()),
                    "malformed CSV: " + cause.getMessage(), cause);
        }
        if (cause instanceof CharacterCodingException) {
            return CsvImportException.ofFile(source, lastEndLine + 1,
                    "not valid " + settings.encoding().name() + " text", cause);
        }
        return cause instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
    }

    private long lineOf(String message) {
        Matcher m = CSV_LINE.matcher(message == null ? "" : message);
        if (m.find()) {
            try {
                return Math.max(1, Long.parseLong(m.group(1)));
            } catch (NumberFormatException e) {
                // fall back to the line after the last row read
            }
        }
        return lastEndLine + 1;
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            // the import already failed; that failure is the one to report
        }
    }
}
