package io.github.revops.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ExecutionException;

/**
 * One read of a file into a column table (docs/decisions/0125 and 0126): the header with the byte parser, then the
 * data cut into chunks at line starts, read in parallel by {@link ChunkReader}s, and merged in file order, which
 * checks ids (on several threads, the workers put their chunk's ids in a shared {@link PartitionedIds} first), lists
 * set-aside rows and stops at the first bad row in strict mode. A chunk that began inside a quoted
 * value (its start is not where the chunk before stopped) is read again from the right place. When the byte parser
 * meets a file it leaves to Commons CSV (a lone CR, odd quoting, not UTF-8, ...), the whole file is read by the
 * record reader instead, so the answer and the errors are always the record reader's. At most {@code threads + 1}
 * chunks are held at once. Used once.
 *
 * @param <F>  the record's field enum
 * @param <T>  the record type
 * @param <P>  a chunk's part
 * @param <R>  the result
 */
final class ColumnRead<F extends Enum<F> & CsvField, T, P, R> {

    private static final int HEADER_WINDOW = 64 * 1024;
    private static final long SMALLEST_CHUNK = 256 * 1024;
    private static final long LARGEST_CHUNK = 8 * 1024 * 1024;

    private final Schema<F, T> schema;
    private final CsvSettings settings;
    private final ColumnTarget<F, T, P, R> target;
    private final Path file;
    private final String source;
    private final int threads;
    private final long chunkSize;
    /** The highest progress the byte parser's merge reported, which a fallback after it does not repeat. */
    private long reported;

    ColumnRead(Schema<F, T> schema, ColumnTarget<F, T, P, R> target, Path file, int threads, long chunkSize) {
        this.schema = schema;
        this.settings = schema.settings();
        this.target = target;
        this.file = file;
        this.source = String.valueOf(file.getFileName());
        this.threads = threads;
        this.chunkSize = chunkSize;
    }

    /** Returns the chunk size for a file: about four chunks a thread, within bounds. */
    static long chunkSize(long fileSize, int threads) {
        return Math.max(SMALLEST_CHUNK, Math.min(LARGEST_CHUNK, fileSize / (4L * threads)));
    }

    CsvTableResult<R> read() {
        if (!settings.encoding().equals(StandardCharsets.UTF_8)) {
            return fallback();
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            FileBytes bytes = new FileBytes(channel, channel.size());
            ByteRecords parser = new ByteRecords(settings.format().getDelimiterString().charAt(0));
            long headerStart = header(bytes, parser);
            if (headerStart < 0) {
                return fallback();
            }
            List<String> names = new ArrayList<>();
            for (int i = 0; i < parser.cells().size(); i++) {
                names.add(parser.cells().get(i));
            }
            if (names.contains("") || new HashSet<>(names).size() < names.size()) {
                return fallback();
            }
            Columns<F> columns = schema.columns(source, names);
            long dataStart = headerStart + parser.position();
            CsvTableResult<R> result = merge(bytes, columns, dataStart, parser.lineBreaks());
            return result != null ? result : fallback();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Parses the header into the parser's cells; returns the window's file offset, or -1 for Commons CSV. */
    private static long header(FileBytes bytes, ByteRecords parser) {
        byte[] window = new byte[(int) Math.min(HEADER_WINDOW, bytes.size())];
        int length = bytes.read(0, window);
        long start = length >= 3 && window[0] == (byte) 0xEF && window[1] == (byte) 0xBB && window[2] == (byte) 0xBF
                ? 3 : 0;
        while (true) {
            byte[] shifted = new byte[Math.max(window.length, 1)];
            int n = bytes.read(start, shifted);
            parser.window(shifted, n, start + n >= bytes.size());
            int state = parser.skipEmptyLine();
            while (state == ByteRecords.RECORD) {
                state = parser.skipEmptyLine();
            }
            if (state == ByteRecords.END) {
                state = parser.next();
            }
            if (state == ByteRecords.RECORD) {
                return start;
            }
            if (state != ByteRecords.MORE) {
                return -1;
            }
            window = new byte[(int) Math.min(Integer.MAX_VALUE - 8, (long) shifted.length * 2)];
        }
    }

    /** Reads and merges the chunks; returns null when the file needs Commons CSV. */
    private CsvTableResult<R> merge(FileBytes bytes, Columns<F> columns, long dataStart, long headerBreaks) {
        F idField = schema.idField();
        ChunkReader<F, P> reader = new ChunkReader<>(bytes, columns, settings, target, idField);
        long chunkSize = this.chunkSize > 0 ? this.chunkSize : chunkSize(bytes.size(), threads);
        long count = Math.max(1, (bytes.size() - dataStart + chunkSize - 1) / chunkSize);
        ExecutorService pool = threads > 1 ? Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "revops-csv-chunk");
            thread.setDaemon(true);
            return thread;
        }) : null;
        ArrayDeque<Future<Chunk<P>>> pending = new ArrayDeque<>();
        try {
            CsvSettings reporting = settings.withProgress(n -> {
                reported = n;
                settings.progress().accept(n);
            });
            PartitionedIds ids = pool != null && count > 1 && settings.uniqueIds()
                    ? new PartitionedIds(target.keepsRecords(), bytes.size() - dataStart) : null;
            ChunkMerge<F, T, P, R> merge = new ChunkMerge<>(source, reporting, columns.name(idField),
                    target.newWhole(), headerBreaks, ids);
            long next = 0;
            long expected = dataStart;
            while (true) {
                while (next < count && pending.size() <= threads) {
                    long k = next++;
                    long start = k == 0 ? dataStart : bytes.lineStartAtOrAfter(Math.max(dataStart, dataStart
                            + k * chunkSize));
                    long end = k + 1 == count ? bytes.size()
                            : bytes.lineStartAtOrAfter(dataStart + (k + 1) * chunkSize);
                    pending.add(submit(pool, () -> {
                        Chunk<P> chunk = reader.read(Math.max(start, dataStart), end);
                        return ids == null ? chunk : ids.add(chunk, (int) k);
                    }));
                }
                if (pending.isEmpty()) {
                    break;
                }
                Chunk<P> chunk = get(pending.poll());
                if (chunk.start != expected) {
                    chunk = reader.read(expected, Math.max(expected, chunk.end));
                }
                if (chunk.fallback) {
                    return null;
                }
                if (expected == dataStart && chunk.stop > chunk.start) {   // the first chunk: rows per byte
                    merge.expectRows(chunk.kept * (bytes.size() - dataStart) / (chunk.stop - chunk.start));
                }
                if (!merge.add(chunk)) {
                    break;
                }
                expected = chunk.stop;
            }
            return merge.finish();
        } finally {
            pending.forEach(f -> f.cancel(true));
            if (pool != null) {
                pool.shutdownNow();
            }
        }
    }

    private static <C> Future<C> submit(ExecutorService pool, java.util.concurrent.Callable<C> task) {
        if (pool != null) {
            return pool.submit(task);
        }
        try {
            return CompletableFuture.completedFuture(task.call());
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static <C> C get(Future<C> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading a chunk", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    /**
     * Reads the file with the record reader (Commons CSV), row by row, into the whole. When chunks merged before the
     * byte parser met what it leaves to Commons CSV, the progress they reported is not reported twice.
     */
    private CsvTableResult<R> fallback() {
        ColumnTarget.Whole<P, T, R> whole = target.newWhole();
        long before = reported;
        Schema<F, T> quiet = schema.with(settings.withProgress(n -> {
            if (n > before) {
                settings.progress().accept(n);
            }
        }));
        try (CsvRows<T> rows = new CsvReader<>(quiet).open(file)) {
            rows.forEachRemaining(whole::append);
            CsvImportSummary summary = rows.summary();
            return new CsvTableResult<>(whole.build(source), summary);
        }
    }
}
