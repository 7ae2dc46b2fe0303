package io.github.revops.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.revops.domain.Deal;
import io.github.revops.table.DealTable;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link ChunkMerge}: what needs the rows before a chunk, checked in every chunking of small files (one byte to the
 * whole file, one to three threads) against figures worked out by hand: file lines, the set-aside rows in file order
 * with the listed limit, repeated ids across chunks (strict error, lenient rejection, ids as bytes, quoted or not
 * ASCII, and as the record list's Strings), progress reports and a blank row ending the data.
 */
class ChunkMergeAcrossChunksTest {

    private static final String HEADER = "opportunity_id,sales_agent,product,account,deal_stage,engage_date,close_date,"
            + "close_value\n";
    /** Rows on lines 2 to 9; line 3 has a bad date, 4 and 7 no created date, 5 repeats A, 6 a bad amount. */
    private static final String ROWS = "A,Ann,GTX,Acme,Won,2017-01-02,2017-02-01,10\n"
            + "B,Bob,GTX,Beta,Won,2017-13-02,2017-02-01,10\n"
            + "C,Cy,GTX,Acme,Prospecting,,,\n"
            + "A,Dee,GTX,Acme,Won,2017-01-02,2017-02-01,10\n"
            + "D,Eve,GTX,Acme,Won,2017-01-02,2017-02-01,x\n"
            + "E,Fay,GTX,Acme,Engaging,,,\n"
            + "F,Gus,GTX,Acme,Won,2017-01-05,2017-02-01,7\n"
            + "D,Hal,GTX,Acme,Won,2017-01-05,2017-02-01,7\n";

    @TempDir
    Path dir;

    @Test
    void setAsideRowsKeepFileOrderLinesAndKindInEveryChunking() throws IOException {
        Path file = write("mixed.csv", HEADER + ROWS);
        CsvImportSummary records = DealCsv.mavenCrm().lenient().build().readAll(file).summary();

        for (int threads = 1; threads <= 3; threads++) {
            for (long chunk = 1; chunk <= Files.size(file) + 1; chunk += threads == 1 ? 1 : 5) {
                CsvTableResult<DealTable> read = DealCsv.mavenCrm().lenient().buildTableReader()
                        .read(file, threads, chunk);
                String at = "threads " + threads + ", chunk " + chunk;
                assertThat(read.summary()).as(at).isEqualTo(records);
                assertThat(read.rejected()).as(at).extracting(RejectedRow::line, RejectedRow::column,
                        RejectedRow::value).containsExactly(
                        tuple(3L, "engage_date", "2017-13-02"),
                        tuple(5L, "opportunity_id", "A"),
                        tuple(6L, "close_value", "x"));
                assertThat(read.rejected().get(1).reason()).isEqualTo("duplicate id: the record on line 2 has it too");
                assertThat(read.summary().skipped()).as(at).containsExactly(
                        new RejectedRow(4, "engage_date", "", "is blank: row skipped (MissingCreatedDate.SKIP)"),
                        new RejectedRow(7, "engage_date", "", "is blank: row skipped (MissingCreatedDate.SKIP)"));
                // D on line 9 is kept: its first row (line 6) was rejected, so the id was never taken
                assertThat(read.table().owner().values()).as(at).containsExactly("Ann", "Gus", "Hal");
                assertThat(read.summary().rowsRead()).isEqualTo(8);
                assertThat(read.summary().accepted()).isEqualTo(3);
            }
        }
    }

    @Test
    void onlyTheListedLimitOfEachKindIsKeptAndTheRestCounted() throws IOException {
        Path file = write("mixed.csv", HEADER + ROWS);

        for (long chunk = 1; chunk <= Files.size(file) + 1; chunk += 2) {
            CsvTableResult<DealTable> read = DealCsv.mavenCrm().lenient().maxRowsListed(1).buildTableReader()
                    .read(file, 2, chunk);
            assertThat(read.rejected()).extracting(RejectedRow::line).containsExactly(3L);
            assertThat(read.summary().rejectedNotListed()).isEqualTo(2);
            assertThat(read.summary().skipped()).extracting(RejectedRow::line).containsExactly(4L);
            assertThat(read.summary().skippedNotListed()).isEqualTo(1);
            assertThat(read.summary()).isEqualTo(DealCsv.mavenCrm().lenient().maxRowsListed(1).build().readAll(file)
                    .summary());
        }
    }

    @Test
    void strictModeStopsAtTheFirstRepeatedIdAndReportsProgressUpToTheRowBefore() throws IOException {
        Path file = write("dup.csv", HEADER + "A,Ann,GTX,Acme,Won,2017-01-02,2017-02-01,10\n"
                + "B,Bob,GTX,Beta,Won,2017-01-03,2017-02-01,10\n"
                + "C,Cy,GTX,Acme,Won,2017-01-04,2017-02-01,10\n"
                + "A,Dee,GTX,Acme,Won,2017-01-05,2017-02-01,10\n"
                + "B,Eve,GTX,Acme,Won,2017-01-06,2017-02-01,10\n");
        String message = "dup.csv line 5, column 'opportunity_id', value 'A': duplicate id: the record on line 2 has"
                + " it too";

        for (int threads = 1; threads <= 3; threads++) {
            for (long chunk = 1; chunk <= Files.size(file) + 1; chunk += 2) {
                List<Long> progress = new ArrayList<>();
                CsvTableReader<DealTable> reader = DealCsv.mavenCrm().progress(1, progress::add).buildTableReader();
                int t = threads;
                long c = chunk;
                assertThatThrownBy(() -> reader.read(file, t, c)).isInstanceOf(CsvImportException.class)
                        .hasMessage(message);
                assertThat(progress).as("threads %d, chunk %d", threads, chunk).containsExactly(1L, 2L, 3L);
            }
        }
        List<Long> progress = new ArrayList<>();
        assertThatThrownBy(() -> DealCsv.mavenCrm().progress(1, progress::add).build().readAll(file))
                .hasMessage(message);
        assertThat(progress).containsExactly(1L, 2L, 3L);
    }

    @Test
    void strictModeStopsAtTheFirstBadRowAndReportsProgressUpToTheRowBefore() throws IOException {
        Path file = write("bad.csv", HEADER + "A,Ann,GTX,Acme,Won,2017-01-02,2017-02-01,10\n"
                + "B,Bob,GTX,Beta,Won,2017-01-03,2017-02-01,10\n"
                + "C,Cy,GTX,Acme,Won,2017-01-04,2017-02-01,10\n"
                + "D,Dee,GTX,Acme,Won,2017-01-05,2017-02-31,10\n"
                + "E,Eve,GTX,Acme,Won,2017-01-06,2017-02-31,10\n");

        for (long chunk = 1; chunk <= Files.size(file) + 1; chunk += 2) {
            List<Long> progress = new ArrayList<>();
            CsvTableReader<DealTable> reader = DealCsv.mavenCrm().progress(2, progress::add).buildTableReader();
            long c = chunk;
            assertThatThrownBy(() -> reader.read(file, 2, c)).isInstanceOf(CsvImportException.class)
                    .hasMessage("bad.csv line 5, column 'close_date', value '2017-02-31': not a date (expected "
                            + "yyyy-MM-dd)");
            assertThat(progress).as("chunk %d", chunk).containsExactly(2L);
        }
    }

    @Test
    void progressIsReportedAtEachStepAndOnceAtTheEnd() throws IOException {
        Path file = write("mixed.csv", HEADER + ROWS);

        for (long chunk = 1; chunk <= Files.size(file) + 1; chunk++) {
            List<Long> every3 = new ArrayList<>();
            List<Long> every4 = new ArrayList<>();
            DealCsv.mavenCrm().lenient().progress(3, every3::add).buildTableReader().read(file, 2, chunk);
            DealCsv.mavenCrm().lenient().progress(4, every4::add).buildTableReader().read(file, 1, chunk);
            assertThat(every3).as("chunk %d", chunk).containsExactly(3L, 6L, 8L);
            assertThat(every4).as("chunk %d", chunk).containsExactly(4L, 8L);
        }
    }

    @Test
    void repeatedIdsAreKeptWhenTheReaderDoesNotCheckThem() throws IOException {
        Path file = write("mixed.csv", HEADER + ROWS);

        for (long chunk : new long[] {1, 50, 0}) {
            CsvTableResult<DealTable> read = DealCsv.mavenCrm().lenient().uniqueIds(false).buildTableReader()
                    .read(file, 2, chunk);
            assertThat(read.rejected()).extracting(RejectedRow::line).containsExactly(3L, 6L);
            assertThat(read.table().owner().values()).containsExactly("Ann", "Dee", "Gus", "Hal");
        }
    }

    @Test
    void quotedAndNonAsciiIdsAreComparedByTheirText() throws IOException {
        // line 3 repeats A in quotes, line 5 repeats Ä1 (decoded, not ASCII), line 6 repeats "Ä1" quoted
        Path file = write("ids.csv", HEADER + "A,Ann,GTX,Acme,Won,2017-01-02,2017-02-01,10\n"
                + "\"A\",Bob,GTX,Beta,Won,2017-01-03,2017-02-01,10\n"
                + "Ä1,Cy,GTX,Acme,Won,2017-01-04,2017-02-01,10\n"
                + "Ä1,Dee,GTX,Acme,Won,2017-01-05,2017-02-01,10\n"
                + "\"Ä1\",Eve,GTX,Acme,Won,2017-01-06,2017-02-01,10\n"
                + "Ä2,Fay,GTX,Acme,Won,2017-01-06,2017-02-01,10\n");

        for (long chunk = 1; chunk <= Files.size(file) + 1; chunk += 3) {
            CsvTableResult<DealTable> read = DealCsv.mavenCrm().lenient().buildTableReader().read(file, 3, chunk);
            assertThat(read.rejected()).extracting(RejectedRow::line, RejectedRow::value, RejectedRow::reason)
                    .containsExactly(
                            tuple(3L, "A",
                                    "duplicate id: the record on line 2 has it too"),
                            tuple(5L, "Ä1",
                                    "duplicate id: the record on line 4 has it too"),
                            tuple(6L, "Ä1",
                                    "duplicate id: the record on line 4 has it too"));
            assertThat(read.table().owner().values()).containsExactly("Ann", "Cy", "Fay");
        }
    }

    @Test
    void theRecordListKeepsIdsAsStringsAndRejectsTheSameRows() throws IOException {
        Path file = write("mixed.csv", HEADER + ROWS);
        CsvReader<Deal> reader = DealCsv.mavenCrm().lenient().build();
        CsvImportResult<Deal> records = reader.readAllWithCommonsCsv(file);

        for (long chunk = 1; chunk <= Files.size(file) + 1; chunk += 2) {
            CsvImportResult<Deal> read = reader.readAll(file, 2, chunk);
            assertThat(read.summary()).isEqualTo(records.summary());
            assertThat(read.records()).isEqualTo(records.records());
            assertThat(read.records()).extracting(Deal::id).containsExactly("A", "F", "D");
        }
        assertThatThrownBy(() -> DealCsv.mavenCrm().build().readAll(file, 1, 40))
                .hasMessage("mixed.csv line 3, column 'engage_date', value '2017-13-02': not a date (expected "
                        + "yyyy-MM-dd)");
    }

    @Test
    void aBlankRowEndsTheDataInWhicheverChunkItFalls() throws IOException {
        Path file = write("blank.csv", HEADER + "A,Ann,GTX,Acme,Won,2017-01-02,2017-02-01,10\n"
                + "B,Bob,GTX,Beta,Won,2017-13-02,2017-02-01,10\n"
                + "C,Cy,GTX,Acme,Won,2017-01-04,2017-02-01,10\n"
                + ",,,,,,,\n"
                + "D,Dee,GTX,Acme,Won,2017-01-05,2017-02-31,10\n"
                + "E,Eve,GTX,Acme,Won,2017-01-06,2017-02-01,10\n");

        for (int threads = 1; threads <= 3; threads += 2) {
            for (long chunk = 1; chunk <= Files.size(file) + 1; chunk += threads == 1 ? 1 : 5) {
                List<Long> progress = new ArrayList<>();
                CsvTableResult<DealTable> read = DealCsv.mavenCrm().lenient().endAtBlankRow(true)
                        .progress(2, progress::add).buildTableReader().read(file, threads, chunk);
                String at = "threads " + threads + ", chunk " + chunk;
                assertThat(read.table().owner().values()).as(at).containsExactly("Ann", "Cy");
                assertThat(read.rejected()).as(at).extracting(RejectedRow::line).containsExactly(3L);
                assertThat(read.summary().rowsRead()).as(at).isEqualTo(3);
                assertThat(progress).as(at).containsExactly(2L, 3L);
            }
        }
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }
}
