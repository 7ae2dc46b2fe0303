package io.github.revops.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.revops.table.DealTable;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link ColumnRead}: one small deal file read in every chunk size from one byte to the whole file, on one, two and
 * three threads, gives the table and summary worked out by hand below (and the record reader's), whether a chunk
 * boundary falls inside a row, at a row's start or inside a quoted value that holds a line break; the header after
 * a byte order mark and empty lines, a header longer than the first window, a file the byte parser leaves to Commons
 * CSV in its last rows, and the chunk size chosen for a file.
 */
class ColumnReadChunkBoundaryTest {

    private static final String HEADER = "opportunity_id,sales_agent,product,account,deal_stage,engage_date,close_date,"
            + "close_value\n";
    /** Line 2 A; lines 3-4 B (a product with a line break); line 5 C; line 6 D (open); line 7 E. */
    private static final String ROWS = "A,Ann,GTX,Acme,Won,2017-01-02,2017-02-01,10\n"
            + "B,Bob,\"MG\nPro\",Beta,Lost,2017-01-03,2017-01-10,0\n"
            + "C,Cy,GTX,Acme,Won,2017-01-04,2017-02-28,20.50\n"
            + "D,Dee,GTX,Gamma,Engaging,2017-01-05,,0\n"
            + "E,Eve,MG,Beta,Won,2017-01-07,2017-03-01,30\n";
    /** 2017-01-02 is epoch day 17,168; an open deal's close day is DealTable.NO_CLOSE. */
    private static final List<String> TABLE = List.of(
            "Acme|Ann|(none)|NEW_BUSINESS|WON|17168|17198|USD 10.00|product=GTX",
            "Beta|Bob|(none)|NEW_BUSINESS|LOST|17169|17176|USD 0.00|product=MG\nPro",
            "Acme|Cy|(none)|NEW_BUSINESS|WON|17170|17225|USD 20.50|product=GTX",
            "Gamma|Dee|(none)|NEW_BUSINESS|OPEN|17171|" + DealTable.NO_CLOSE + "|USD 0.00|product=GTX",
            "Beta|Eve|(none)|NEW_BUSINESS|WON|17173|17226|USD 30.00|product=MG");

    @TempDir
    Path dir;

    @Test
    void everyChunkSizeAndThreadCountGivesTheHandTable() throws IOException {
        Path file = write("deals.csv", HEADER + ROWS);
        CsvTableReader<DealTable> reader = DealCsv.mavenCrm().buildTableReader();
        TableOutcome records = TableOutcome.ofRecords(DealCsv.mavenCrm().build(), file);
        assertThat(records.rows()).isEqualTo(TABLE);

        long size = Files.size(file);
        for (int threads = 1; threads <= 3; threads++) {
            // every size on one thread, every seventh on more
            for (long chunk = 1; chunk <= size + 1; chunk += threads == 1 ? 1 : 7) {
                TableOutcome columns = TableOutcome.ofColumns(reader, file, threads, chunk);
                assertThat(columns.rows()).as("threads %d, chunk %d", threads, chunk).isEqualTo(TABLE);
                assertThat(columns.summary().rowsRead()).isEqualTo(5);
                assertThat(columns.summary().accepted()).isEqualTo(5);
                assertThat(columns).isEqualTo(records);
            }
        }
        assertThat(TableOutcome.ofColumns(reader, file, 2, 0).rows()).isEqualTo(TABLE);
    }

    @Test
    void aBadRowAfterAQuotedLineBreakIsNamedByItsFileLineInEveryChunking() throws IOException {
        Path file = write("bad.csv", HEADER + ROWS.replace("2017-02-28", "2017-02-30")
                + "F,Fay,GTX,Acme,Won,2017-01-08,2017-13-01,5\n");
        String reason = "bad.csv line 5, column 'close_date', value '2017-02-30': not a date (expected yyyy-MM-dd)";

        long size = Files.size(file);
        for (int threads = 1; threads <= 3; threads++) {
            for (long chunk = 1; chunk <= size + 1; chunk += 3) {
                long at = chunk;
                int t = threads;
                assertThatThrownBy(() -> DealCsv.mavenCrm().buildTableReader().read(file, t, at))
                        .as("threads %d, chunk %d", threads, chunk)
                        .isInstanceOf(CsvImportException.class).hasMessage(reason);
                CsvTableResult<DealTable> lenient = DealCsv.mavenCrm().lenient().buildTableReader()
                        .read(file, threads, chunk);
                assertThat(lenient.rejected()).extracting(RejectedRow::line).containsExactly(5L, 8L);
                assertThat(lenient.table().owner().values()).containsExactly("Ann", "Bob", "Dee", "Eve");
                assertThat(lenient.summary().rowsRead()).isEqualTo(6);
            }
        }
    }

    @Test
    void byteOrderMarkAndEmptyLinesBeforeTheHeaderCountInTheLines() throws IOException {
        Path file = dir.resolve("bom.csv");
        byte[] text = ("\n\r\n" + HEADER + "\n" + ROWS.replace("2017-02-28", "2017-02-30"))
                .getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[text.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(text, 0, bytes, 3, text.length);
        Files.write(file, bytes);

        // two empty lines, the header on line 3, an empty line 4, A on 5, B on 6-7, C on 8
        for (long chunk : new long[] {1, 7, 40, 0}) {
            CsvTableResult<DealTable> read = DealCsv.mavenCrm().lenient().buildTableReader().read(file, 2, chunk);
            assertThat(read.rejected()).containsExactly(
                    new RejectedRow(8, "close_date", "2017-02-30", "not a date (expected yyyy-MM-dd)"));
            assertThat(read.table().customer().values()).containsExactly("Acme", "Beta", "Gamma");
        }
        assertThat(DealCsv.mavenCrm().lenient().build().readAll(file).summary().rejected())
                .extracting(RejectedRow::line).containsExactly(8L);
    }

    @Test
    void aHeaderLongerThanTheFirstWindowIsReadWhole() throws IOException {
        String longName = "note_" + "x".repeat(100_000);
        // every row gets an empty last value; the line break inside B's quotes stays as it is
        Path file = write("wide.csv", HEADER.replace("\n", "," + longName + "\n")
                + ROWS.replace("\n", ",\n").replace("MG,\nPro", "MG\nPro"));

        CsvTableReader<DealTable> reader = DealCsv.mavenCrm().maxFieldLength(200_000).buildTableReader();
        for (long chunk : new long[] {1, 50, 0}) {
            TableOutcome read = TableOutcome.ofColumns(reader, file, 2, chunk);
            assertThat(read.failure()).isNull();
            assertThat(read.rows()).isEqualTo(TABLE);
        }
    }

    @Test
    void aHeaderWithoutLineEndOrAByteOrderMarkAloneReadAsTheRecordReaderReadsThem() throws IOException {
        Path headerOnly = write("header.csv", HEADER.strip());
        Path bomOnly = dir.resolve("bom-only.csv");
        Files.write(bomOnly, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});

        CsvTableResult<DealTable> read = DealCsv.mavenCrm().buildTableReader().read(headerOnly, 1);
        assertThat(read.table().size()).isZero();
        assertThat(read.summary().rowsRead()).isZero();
        TableOutcome bom = TableOutcome.ofColumns(DealCsv.mavenCrm().buildTableReader(), bomOnly, 1, 0);
        assertThat(bom).isEqualTo(TableOutcome.ofRecords(DealCsv.mavenCrm().build(), bomOnly));
        assertThat(bom.failure()).isEqualTo("CsvImportException: bom-only.csv line 1: the input has no header row");
    }

    @Test
    void blanksAroundTheHeadersNamesSendTheFileToCommonsCsvWhichTrimsThem() throws IOException {
        Path file = write("blanks.csv", " opportunity_id , sales_agent,product,account,deal_stage,engage_date,"
                + "close_date,close_value\n" + ROWS);

        for (long chunk : new long[] {1, 0}) {
            assertThat(TableOutcome.ofColumns(DealCsv.mavenCrm().buildTableReader(), file, 2, chunk).rows())
                    .isEqualTo(TABLE);
        }
    }

    @Test
    void aHeaderWithAnEmptyOrRepeatedNameIsReadByCommonsCsv() throws IOException {
        // every row gets two more values, under an empty name and a repeated one; the line break inside B's quotes
        // stays as it is
        String rows = ROWS.replace("\n", ",x,y\n").replace("MG,x,y\nPro", "MG\nPro");
        Path empty = write("empty-name.csv", HEADER.replace("\n", ",,note\n") + rows);
        Path repeated = write("repeated-name.csv", HEADER.replace("\n", ",note,note\n") + rows);

        for (Path file : List.of(empty, repeated)) {
            TableOutcome records = TableOutcome.ofRecords(DealCsv.mavenCrm().build(), file);
            assertThat(records.rows()).isEqualTo(TABLE);
            assertThat(TableOutcome.ofColumns(DealCsv.mavenCrm().buildTableReader(), file, 2, 7)).isEqualTo(records);
        }
    }

    @Test
    void aLoneCarriageReturnInTheLastRowsSendsTheWholeFileToCommonsCsvReportingEachRowOnce() throws IOException {
        Path file = write("cr.csv", HEADER + ROWS + "F,Fay,GTX,Acme,Won,2017-01-08,2017-02-01,5\r"
                + "G,Gus,GTX,Acme,Lost,2017-01-09,2017-01-20,0\n");
        List<String> expected = new ArrayList<>(TABLE);
        expected.add("Acme|Fay|(none)|NEW_BUSINESS|WON|17174|17198|USD 5.00|product=GTX");
        expected.add("Acme|Gus|(none)|NEW_BUSINESS|LOST|17175|17186|USD 0.00|product=GTX");

        for (long chunk : new long[] {1, 45, 0}) {
            List<Long> progress = new ArrayList<>();
            CsvTableReader<DealTable> reader = DealCsv.mavenCrm().progress(1, progress::add).buildTableReader();
            CsvTableResult<DealTable> read = reader.read(file, 1, chunk);
            assertThat(TableOutcome.rows(read.table())).isEqualTo(expected);
            assertThat(read.summary().rowsRead()).isEqualTo(7);
            assertThat(progress).as("chunk %d", chunk).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L);
        }
    }

    @Test
    void anotherEncodingThanUtf8IsReadByCommonsCsv() throws IOException {
        Path file = dir.resolve("utf16.csv");
        Files.writeString(file, HEADER + ROWS.replace("Ann", "Änne"), StandardCharsets.UTF_16);
        List<String> expected = new ArrayList<>(TABLE);
        expected.set(0, TABLE.get(0).replace("Ann", "Änne"));

        CsvTableReader<DealTable> reader = DealCsv.mavenCrm().encoding(StandardCharsets.UTF_16).buildTableReader();
        assertThat(TableOutcome.rows(reader.read(file, 2).table())).isEqualTo(expected);
    }

    @Test
    void aFileThatCannotBeOpenedIsAnUncheckedIoErrorNamingIt() {
        Path missing = dir.resolve("missing.csv");

        assertThatThrownBy(() -> DealCsv.mavenCrm().buildTableReader().read(missing, 1))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessage("cannot read " + missing);
    }

    @Test
    void chunkSizeIsAQuarterOfAThreadsShareBetween256KibAnd8Mib() {
        assertThat(ColumnRead.chunkSize(0, 1)).isEqualTo(256 * 1024);
        assertThat(ColumnRead.chunkSize(3L << 20, 1)).isEqualTo(768 * 1024);
        assertThat(ColumnRead.chunkSize(24L << 20, 2)).isEqualTo(3L << 20);
        assertThat(ColumnRead.chunkSize(32L << 20, 1)).isEqualTo(8L << 20);
        assertThat(ColumnRead.chunkSize(1L << 40, 4)).isEqualTo(8L << 20);
        assertThat(ColumnRead.chunkSize(4L << 20, 8)).isEqualTo(256 * 1024);
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }
}
