package io.github.revops.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.revops.domain.Deal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.function.LongConsumer;

/**
 * The record reader's {@code readAll} of a file on the byte parser equals its Commons CSV path on random files in
 * the Maven CRM layout ({@link DealTableReaderPropertyTest#file(long)}: good and bad cells, quoted values with
 * commas, quotes and line breaks, CRLF, a byte order mark, empty lines, repeated ids, no final line break, and now
 * and then what only Commons CSV reads: a lone CR, blanks around a value): the same records in the same order, the
 * same summary (rejected and skipped rows with their lines, columns, values and reasons), the same error in strict
 * mode (type, message, cause), and the same progress reports. Strict and lenient, with few rows listed, a blank row
 * ending the data, ids not checked, and chunk boundaries at every position of the file.
 */
class RecordReadPropertyTest {

    @TempDir
    Path dir;

    private Path write(String text) {
        try {
            return Files.writeString(dir.resolve("random.csv"), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A reader of the Maven CRM preset with settings drawn from a seed, reporting progress every 1 to 3 rows. */
    private static Function<LongConsumer, CsvReader<Deal>> reader(long seed, ImportMode mode) {
        SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
        int listed = 1 + random.nextInt(3);
        boolean blankEnds = random.nextInt(4) == 0;
        boolean ids = random.nextInt(4) > 0;
        int every = 1 + random.nextInt(3);
        return progress -> DealCsv.mavenCrm().mode(mode).maxRowsListed(listed).endAtBlankRow(blankEnds)
                .uniqueIds(ids).progress(every, progress).build();
    }

    /** Returns the rows of a generated file without its header, each after its line end. */
    private static String rowsOf(String file) {
        String header = "close_value";
        return file.substring(file.indexOf(header) + header.length());
    }

    @Test
    void chunksGiveTheCommonsCsvRecordsSummaryErrorsAndProgress() {
        qt().withExamples(QtExamples.atMost(60)).withShrinkCycles(0).forAll(longs().all()).checkAssert(seed -> {
            Path file = write(DealTableReaderPropertyTest.file(seed) + rowsOf(DealTableReaderPropertyTest.file(~seed)));
            long size = file.toFile().length();
            for (ImportMode mode : ImportMode.values()) {
                Function<LongConsumer, CsvReader<Deal>> reader = reader(seed, mode);
                RecordOutcome commons = RecordOutcome.ofCommonsCsv(reader, file);
                for (long chunk = 1; chunk <= size; chunk += 1 + chunk / 16) {
                    assertThat(RecordOutcome.ofChunks(reader, file, 1, chunk)).as("seed %d chunk %d", seed, chunk)
                            .isEqualTo(commons);
                }
                assertThat(RecordOutcome.ofChunks(reader, file, 2, 1 + Math.floorMod(seed, 50)))
                        .as("seed %d, two threads", seed).isEqualTo(commons);
                assertThat(RecordOutcome.of(reader, r -> r.readAll(file))).as("seed %d, default", seed)
                        .isEqualTo(commons);
            }
        });
    }
}
