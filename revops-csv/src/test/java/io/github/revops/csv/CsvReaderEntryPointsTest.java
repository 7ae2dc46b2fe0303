package io.github.revops.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.revops.domain.Deal;
import io.github.revops.table.DealTable;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The record and table readers' entry points around the byte parser ({@link CsvReader}, {@link CsvTableReader}):
 * one thread reads on the byte parser, none is refused, a path that is not a regular file (a directory, a named
 * pipe) goes to Commons CSV, the streaming form gives each record and the summary; and the Commons CSV record's
 * blank values ({@link Cells#of}).
 */
class CsvReaderEntryPointsTest {

    private static final String CSV = "opportunity_id,sales_agent,product,account,deal_stage,engage_date,close_date,"
            + "close_value\nA,Ann,GTX,Acme,Won,2017-01-02,2017-02-01,10\nB,Bob,GTX,Acme,Lost,2017-01-02,2017-02-03,0\n"
            + "C,Cy,GTX,Acme,Won,2017-01-02,2017-02-30,5\n";

    @TempDir
    Path dir;

    private Path write(String text) throws IOException {
        return Files.writeString(dir.resolve("deals.csv"), text, StandardCharsets.UTF_8);
    }

    @Test
    void oneThreadReadsTheFileAndNoneIsRefused() throws IOException {
        Path file = write(CSV);
        CsvReader<Deal> reader = DealCsv.mavenCrm().lenient().build();
        CsvImportResult<Deal> one = reader.readAll(file, 1);
        assertThat(one.records()).extracting(Deal::id).containsExactly("A", "B");
        assertThat(one.summary().rejected()).extracting(RejectedRow::line).containsExactly(4L);
        assertThat(one).isEqualTo(reader.readAllWithCommonsCsv(file));
        assertThatThrownBy(() -> reader.readAll(file, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("threads (0) must be >= 1");

        CsvTableReader<DealTable> tables = DealCsv.mavenCrm().lenient().buildTableReader();
        CsvTableResult<DealTable> table = tables.read(file, 1);
        assertThat(table.table().size()).isEqualTo(2);
        assertThat(table.summary()).isEqualTo(one.summary());
        assertThatThrownBy(() -> tables.read(file, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("threads (0) must be >= 1");
    }

    @Test
    void theTableReaderTellsItsMode() {
        assertThat(DealCsv.mavenCrm().buildTableReader().mode()).isEqualTo(ImportMode.STRICT);
        assertThat(DealCsv.mavenCrm().lenient().buildTableReader().mode()).isEqualTo(ImportMode.LENIENT);
    }

    @Test
    void aDirectoryIsLeftToCommonsCsvAndFailsAsThere() {
        CsvReader<Deal> reader = DealCsv.mavenCrm().build();
        Throwable commons = catchThrowable(() -> reader.readAllWithCommonsCsv(dir));
        assertThat(commons).isNotNull();
        assertThatThrownBy(() -> reader.readAll(dir, 2)).isInstanceOf(commons.getClass())
                .hasMessage(commons.getMessage());
    }

    @Test
    void aNamedPipeIsReadThroughCommonsCsv() throws Exception {
        Path fifo = dir.resolve("deals.fifo");
        boolean made;
        try {
            made = new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0;
        } catch (IOException e) {
            made = false;
        }
        assumeTrue(made, "mkfifo makes a named pipe (POSIX systems)");
        Thread writer = new Thread(() -> {
            try {
                Files.writeString(fifo, CSV, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        writer.setDaemon(true);
        writer.start();
        CsvImportResult<Deal> read = DealCsv.mavenCrm().lenient().build().readAll(fifo, 2);
        assertThat(read.records()).extracting(Deal::id).containsExactly("A", "B");
        assertThat(read.summary().source()).isEqualTo("deals.fifo");
        assertThat(read.summary().rejected()).extracting(RejectedRow::line).containsExactly(4L);
    }

    @Test
    void forEachOfTextGivesEachRecordAndTheSummary() {
        CsvReader<Deal> reader = DealCsv.mavenCrm().lenient().build();
        List<String> ids = new ArrayList<>();
        CsvImportSummary summary = reader.forEach(new StringReader(CSV), "deals.csv", deal -> ids.add(deal.id()));
        assertThat(ids).containsExactly("A", "B");
        assertThat(summary.source()).isEqualTo("deals.csv");
        assertThat(summary.rowsRead()).isEqualTo(3);
        assertThat(summary.accepted()).isEqualTo(2);
        assertThat(summary).isEqualTo(reader.readAll(new StringReader(CSV), "deals.csv").summary());
    }

    @Test
    void aCommonsCsvRecordsValueIsBlankWhenEmptyOrOnlyBlanks() throws IOException {
        try (CSVParser parser = CSVParser.parse("a, ,,\"\t \",\" b \"", CSVFormat.DEFAULT)) {
            CSVRecord record = parser.getRecords().get(0);
            Cells cells = Cells.of(record);
            assertThat(cells.size()).isEqualTo(5);
            assertThat(cells.get(4)).isEqualTo(" b ");
            List<Boolean> blank = new ArrayList<>();
            for (int i = 0; i < cells.size(); i++) {
                blank.add(cells.isBlank(i));
            }
            assertThat(blank).containsExactly(false, true, true, true, false);
        }
    }
}
