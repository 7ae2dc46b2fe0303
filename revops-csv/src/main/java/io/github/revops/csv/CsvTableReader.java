package io.github.revops.csv;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Reads a CSV file straight into a column table ({@code DealTable}, {@code SubscriptionTable}), without a record
 * object per row, in chunks parsed in parallel and merged in file order (docs/decisions/0125 and 0126). Built by
 * {@link DealCsv.Builder#buildTableReader()} or {@link SubscriptionCsv.Builder#buildTableReader()} with the same
 * column mappings, presets, checks and modes as the record reader, it gives the table of the records the record
 * reader reads, the same summary, and in strict mode the same error (file, line, column, value).
 * <pre>{@code
 * CsvTableReader<DealTable> reader = DealCsv.mavenCrm().buildTableReader();
 * DealTable deals = reader.read(Path.of("sales_pipeline.csv")).table();
 * }</pre>
 *
 * <p>Memory: the table, the rejected and skipped rows listed, the ids (unless {@code uniqueIds(false)}) and a few
 * chunks of the file (at most threads + 1, each at most 8 MiB plus its last record), never the whole file. A file
 * the byte parser leaves to Commons CSV (another encoding than UTF-8, a lone CR as a line end, text next to quotes,
 * blanks around values, bytes that are not UTF-8) is read by the record reader one row at a time instead, with the
 * same answer, more slowly.
 *
 * <h2>Implementation Requirements:</h2>
 * This class is immutable and thread-safe; each read has its own state and threads.
 *
 * @param <R>  the table type
 * @since 0.1.0
 */
public final class CsvTableReader<R> {

    private final Read<R> read;
    private final ImportMode mode;

    CsvTableReader(Read<R> read, ImportMode mode) {
        this.read = read;
        this.mode = mode;
    }

    /** One read of a file with a number of threads and a chunk size in bytes (0 for the default). */
    @FunctionalInterface
    interface Read<R> {
        CsvTableResult<R> read(Path file, int threads, long chunkSize);
    }

    /**
     * Returns what the reader does with a bad row.
     *
     * @return the mode, never null
     */
    public ImportMode mode() {
        return mode;
    }

    /**
     * Reads a file with one thread a processor; messages name it by its file name.
     *
     * @param file  the file, not null
     * @return the table and the summary, never null
     * @throws CsvImportException in strict mode at the first bad row (nothing is returned), and in both modes at a
     *         problem of the file
     * @throws io.github.revops.money.CurrencyMismatchException if the rows have amounts in two currencies
     * @throws IllegalArgumentException if no row is accepted and the reader has no default currency
     * @throws java.io.UncheckedIOException if the file cannot be opened or read
     */
    public CsvTableResult<R> read(Path file) {
        return read(file, Runtime.getRuntime().availableProcessors());
    }

    /**
     * Reads a file with a number of threads.
     *
     * @param file  the file, not null
     * @param threads  how many threads parse chunks, at least 1 (1 reads on the calling thread)
     * @return the table and the summary, never null
     * @throws IllegalArgumentException if threads is below 1, or if no row is accepted and the reader has no
     *         default currency
     * @throws CsvImportException in strict mode at the first bad row (nothing is returned), and in both modes at a
     *         problem of the file
     * @throws io.github.revops.money.CurrencyMismatchException if the rows have amounts in two currencies
     * @throws java.io.UncheckedIOException if the file cannot be opened or read
     */
    public CsvTableResult<R> read(Path file, int threads) {
        return read(file, threads, 0);
    }

    CsvTableResult<R> read(Path file, int threads, long chunkSize) {
        Objects.requireNonNull(file, "file");
        if (threads < 1) {
            throw new IllegalArgumentException("threads (" + threads + ") must be >= 1");
        }
        return read.read(file, threads, chunkSize);
    }
}
