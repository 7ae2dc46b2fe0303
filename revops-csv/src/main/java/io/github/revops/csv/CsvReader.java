package io.github.revops.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Reads records of one type from CSV: built once (by {@link DealCsv}, {@link SubscriptionCsv}, {@link CustomerCsv},
 * {@link SpendCsv} or {@link ForecastCsv}), then used for any number of files.
 *
 * <p>Three ways to read:
 * <ul>
 *   <li>{@link #readAll(Path)}: every record into a list, with the summary; in strict mode all or nothing (a file
 *   in the common form is parsed from its bytes in parallel chunks, see {@link #readAll(Path, int)});</li>
 *   <li>{@link #forEach(Path, Consumer)}: each record to a consumer, for files too large for memory;</li>
 *   <li>{@link #open(Path)}: an iterator and stream ({@link CsvRows}) to close when done.</li>
 * </ul>
 * The streaming forms read one row at a time with Commons CSV. Every form closes the input it is given when it is
 * done. Files and streams are decoded with the reader's
 * encoding (UTF-8 unless set); a byte order mark is skipped.
 * <pre>{@code
 * CsvReader<Deal> reader = DealCsv.salesforce().defaultCurrency("USD").build();
 * List<Deal> deals = reader.readAll(Path.of("opportunities.csv")).records();
 * }</pre>
 *
 * <h2>Implementation Requirements:</h2>
 * This class is immutable and thread-safe; each read has its own state.
 *
 * @param <T>  the record type
 * @since 0.1.0
 */
public final class CsvReader<T> {

    private final Schema<?, T> schema;

    CsvReader(Schema<?, T> schema) {
        this.schema = schema;
    }

    /**
     * Returns what the reader does with a bad row.
     *
     * @return the mode, never null
     */
    public ImportMode mode() {
        return schema.settings().mode();
    }

    /**
     * Opens an import of text, named for messages.
     *
     * @param in  the text, not null; closed when the import is
     * @param source  the name messages give the input, such as a file name, not null
     * @return the open import, never null
     * @throws CsvImportException if the header is missing, lacks a mapped column or cannot be read
     * @throws UncheckedIOException if the input cannot be read
     */
    public CsvRows<T> open(Reader in, String source) {
        return new CsvRows<>(Objects.requireNonNull(in, "in"), Objects.requireNonNull(source, "source"), schema);
    }

    /**
     * Opens an import of bytes in the reader's encoding, named for messages.
     *
     * @param in  the bytes, not null; closed when the import is
     * @param source  the name messages give the input, not null
     * @return the open import, never null
     * @throws CsvImportException if the header is missing, lacks a mapped column or cannot be read
     * @throws UncheckedIOException if the input cannot be read
     */
    public CsvRows<T> open(InputStream in, String source) {
        Objects.requireNonNull(in, "in");
        return open(new InputStreamReader(in, schema.settings().encoding().newDecoder()), source);
    }

    /**
     * Opens an import of a file; messages name it by its file name.
     *
     * @param file  the file, not null
     * @return the open import, never null
     * @throws CsvImportException if the header is missing, lacks a mapped column or cannot be read
     * @throws UncheckedIOException if the file cannot be opened or read
     */
    public CsvRows<T> open(Path file) {
        Objects.requireNonNull(file, "file");
        Reader in;
        try {
            in = Files.newBufferedReader(file, schema.settings().encoding());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open " + file, e);
        }
        return open(in, String.valueOf(file.getFileName()));
    }

    /**
     * Reads every record of text, one at a time, into a consumer.
     *
     * @param in  the text, not null; closed at the end
     * @param source  the name messages give the input, not null
     * @param action  receives each record in input order, not null
     * @return what was read and set aside, never null
     * @throws CsvImportException in strict mode at the first bad row, and in both modes at a problem of the file
     * @throws UncheckedIOException if the input cannot be read
     */
    public CsvImportSummary forEach(Reader in, String source, Consumer<? super T> action) {
        Objects.requireNonNull(action, "action");
        try (CsvRows<T> rows = open(in, source)) {
            rows.forEachRemaining(action);
            return rows.summary();
        }
    }

    /**
     * Reads every record of a file, one at a time, into a consumer.
     *
     * @param file  the file, not null
     * @param action  receives each record in input order, not null
     * @return what was read and set aside, never null
     * @throws CsvImportException in strict mode at the first bad row, and in both modes at a problem of the file
     * @throws UncheckedIOException if the file cannot be opened or read
     */
    public CsvImportSummary forEach(Path file, Consumer<? super T> action) {
        Objects.requireNonNull(action, "action");
        try (CsvRows<T> rows = open(file)) {
            rows.forEachRemaining(action);
            return rows.summary();
        }
    }

    /**
     * Reads every record of text into memory.
     *
     * @param in  the text, not null; closed at the end
     * @param source  the name messages give the input, not null
     * @return the records and the summary, never null
     * @throws CsvImportException in strict mode at the first bad row (nothing is returned), and in both modes at a
     *         problem of the file
     * @throws UncheckedIOException if the input cannot be read
     */
    public CsvImportResult<T> readAll(Reader in, String source) {
        return collect(open(in, source));
    }

    /**
     * Reads every record of bytes in the reader's encoding into memory.
     *
     * @param in  the bytes, not null; closed at the end
     * @param source  the name messages give the input, not null
     * @return the records and the summary, never null
     * @throws CsvImportException in strict mode at the first bad row (nothing is returned), and in both modes at a
     *         problem of the file
     * @throws UncheckedIOException if the input cannot be read
     */
    public CsvImportResult<T> readAll(InputStream in, String source) {
        return collect(open(in, source));
    }

    /**
     * Reads every record of a file into memory, with one thread a processor (see {@link #readAll(Path, int)}).
     *
     * @param file  the file, not null
     * @return the records and the summary, never null
     * @throws CsvImportException in strict mode at the first bad row (nothing is returned), and in both modes at a
     *         problem of the file
     * @throws UncheckedIOException if the file cannot be opened or read
     */
    public CsvImportResult<T> readAll(Path file) {
        return readAll(file, Runtime.getRuntime().availableProcessors());
    }

    /**
     * Reads every record of a file into memory with a number of threads. A UTF-8 file in the common form (LF or CRLF
     * line ends, quotes only around whole values, no blanks around values) is parsed from its bytes in chunks, on
     * up to {@code threads} threads, and the records are kept in file order; any other file, or one that is not a
     * regular file, is read by Commons CSV on the calling thread. Both give the same records, summary and errors
     * (docs/decisions/0129). Memory: the records, the rows set aside and a few chunks of the file (at most
     * {@code threads + 1}, each at most 8 MiB plus its last record), never the whole file.
     *
     * @param file  the file, not null
     * @param threads  how many threads parse chunks, at least 1 (1 reads on the calling thread)
     * @return the records and the summary, never null
     * @throws IllegalArgumentException if threads is below 1
     * @throws CsvImportException in strict mode at the first bad row (nothing is returned), and in both modes at a
     *         problem of the file
     * @throws UncheckedIOException if the file cannot be opened or read
     */
    public CsvImportResult<T> readAll(Path file, int threads) {
        return readAll(file, threads, 0);
    }

    /** Reads a file as {@link #readAll(Path, int)} does, with a chunk size in bytes (0 for the default). */
    CsvImportResult<T> readAll(Path file, int threads, long chunkSize) {
        Objects.requireNonNull(file, "file");
        if (threads < 1) {
            throw new IllegalArgumentException("threads (" + threads + ") must be >= 1");
        }
        if (!Files.isRegularFile(file)) {
            return readAllWithCommonsCsv(file);
        }
        return readChunks(schema, file, threads, chunkSize);
    }

    /** Reads a file with Commons CSV, one row at a time on the calling thread: the fallback, the tests' yardstick. */
    CsvImportResult<T> readAllWithCommonsCsv(Path file) {
        return collect(open(file));
    }

    private static <F extends Enum<F> & CsvField, T> CsvImportResult<T> readChunks(Schema<F, T> schema, Path file,
                                                                                  int threads, long chunkSize) {
        CsvTableResult<List<T>> read = new ColumnRead<>(schema, new RecordListTarget<>(schema.mapper()), file,
                threads, chunkSize).read();
        return new CsvImportResult<>(read.table(), read.summary());
    }

    private static <T> CsvImportResult<T> collect(CsvRows<T> opened) {
        try (CsvRows<T> rows = opened) {
            List<T> records = new ArrayList<>();
            rows.forEachRemaining(records::add);
            return new CsvImportResult<>(records, rows.summary());
        }
    }
}
