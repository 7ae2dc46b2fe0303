package io.github.revops.csv;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * What a record read of a file gave, in a form tests compare with {@code equals}: the result (records and summary)
 * or the exception's type, message and cause type, and the numbers the progress listener heard.
 *
 * @param result  the records and summary, or null after an exception
 * @param failure  the exception's type, message and cause's type, or null
 * @param progress  the progress reports, in order
 */
record RecordOutcome(CsvImportResult<?> result, String failure, List<Long> progress) {

    /**
     * Reads a file with a reader built with a progress listener.
     *
     * @param reader  builds the reader from a progress listener
     * @param read  one read of the file with that reader
     */
    static <T> RecordOutcome of(Function<java.util.function.LongConsumer, CsvReader<T>> reader,
                                Function<CsvReader<T>, CsvImportResult<T>> read) {
        List<Long> progress = new ArrayList<>();
        CsvReader<T> built = reader.apply(progress::add);
        try {
            return new RecordOutcome(read.apply(built), null, progress);
        } catch (RuntimeException e) {
            String cause = e.getCause() == null ? "-" : e.getCause().getClass().getSimpleName();
            return new RecordOutcome(null, e.getClass().getSimpleName() + ": " + e.getMessage() + " / " + cause,
                    progress);
        }
    }

    /** Reads a file with Commons CSV. */
    static <T> RecordOutcome ofCommonsCsv(Function<java.util.function.LongConsumer, CsvReader<T>> reader, Path file) {
        return of(reader, r -> r.readAllWithCommonsCsv(file));
    }

    /** Reads a file with the byte parser's chunks (falling back to Commons CSV where it must). */
    static <T> RecordOutcome ofChunks(Function<java.util.function.LongConsumer, CsvReader<T>> reader, Path file,
                                      int threads, long chunkSize) {
        return of(reader, r -> r.readAll(file, threads, chunkSize));
    }
}
