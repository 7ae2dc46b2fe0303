package io.github.revops.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.revops.domain.Deal;
import io.github.revops.table.DealTable;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Repeated ids read on several threads, where the chunks' workers check them (docs/decisions/0058), in every
 * chunking of a small file whose quoted line breaks make chunks start inside a value and be read again: the table
 * read and the record read reject the same rows naming the first line, a row repeating the id of a row rejected for
 * another reason is kept, and the strict error is the first bad row in file order.
 */
class ChunkIdsAcrossWorkersTest {

    private static final String HEADER = "opportunity_id,sales_agent,product,account,deal_stage,engage_date,close_date,"
            + "close_value\n";
    /**
     * Lines 2-3 A (a product with a line break), 4 B, 5 A again, 6-7 C (a line break), 8 B again, 9 X with a bad
     * amount, 10 X, 11 A a third time.
     */
    private static final String ROWS = "A,Ann,\"MG\nPro\",Acme,Won,2017-01-02,2017-02-01,10\n"
            + "B,Bob,GTX,Beta,Won,2017-01-03,2017-02-01,10\n"
            + "A,Cy,GTX,Acme,Won,2017-01-04,2017-02-01,10\n"
            + "C,Dee,\"MG\nPro\",Acme,Lost,2017-01-05,2017-02-01,0\n"
            + "B,Eve,GTX,Beta,Won,2017-01-06,2017-02-01,10\n"
            + "X,Fay,GTX,Acme,Won,2017-01-07,2017-02-01,x\n"
            + "X,Gus,GTX,Acme,Won,2017-01-08,2017-02-01,7\n"
            + "A,Hal,GTX,Acme,Won,2017-01-09,2017-02-01,5\n";
    private static final List<RejectedRow> REJECTED = List.of(
            new RejectedRow(5, "opportunity_id", "A", "duplicate id: the record on line 2 has it too"),
            new RejectedRow(8, "opportunity_id", "B", "duplicate id: the record on line 4 has it too"),
            new RejectedRow(9, "close_value", "x", "not an amount (expected a decimal number such as 1234.50)"),
            new RejectedRow(11, "opportunity_id", "A", "duplicate id: the record on line 2 has it too"));

    @TempDir
    Path dir;

    @Test
    void everyChunkingOnTwoAndThreeThreadsRejectsTheRepeatsNamingTheFirstLine() throws IOException {
        Path file = write("dups.csv", HEADER + ROWS);
        CsvReader<Deal> records = DealCsv.mavenCrm().lenient().build();
        CsvTableReader<DealTable> tables = DealCsv.mavenCrm().lenient().buildTableReader();
        List<RejectedRow> oneThread = tables.read(file, 1).rejected();
        assertThat(oneThread).isEqualTo(REJECTED);

        long size = Files.size(file);
        for (int threads = 2; threads <= 3; threads++) {
            for (long chunk = 1; chunk <= size + 1; chunk++) {
                String at = "threads " + threads + ", chunk " + chunk;
                CsvTableResult<DealTable> table = tables.read(file, threads, chunk);
                assertThat(table.rejected()).as(at).isEqualTo(REJECTED);
                assertThat(table.table().owner().values()).as(at).containsExactly("Ann", "Bob", "Dee", "Gus");
                CsvImportResult<Deal> read = records.readAll(file, threads, chunk);
                assertThat(read.rejected()).as(at).isEqualTo(REJECTED);
                assertThat(read.records()).as(at).extracting(Deal::owner).containsExactly("Ann", "Bob", "Dee", "Gus");
            }
        }
    }

    @Test
    void theStrictErrorIsTheFirstRepeatInEveryChunking() throws IOException {
        Path file = write("dups.csv", HEADER + ROWS);

        assertStrictErrorInEveryChunking(file, "dups.csv line 5, column 'opportunity_id', value 'A': duplicate id: "
                + "the record on line 2 has it too");
    }

    @Test
    void aBadRowBeforeTheFirstRepeatIsTheStrictErrorInEveryChunking() throws IOException {
        // B on line 4 now has a bad amount: it is the first bad row, and B on line 8 is then no repeat
        Path file = write("bad.csv", HEADER + ROWS.replace("B,Bob,GTX,Beta,Won,2017-01-03,2017-02-01,10",
                "B,Bob,GTX,Beta,Won,2017-01-03,2017-02-01,1O"));

        assertStrictErrorInEveryChunking(file, "bad.csv line 4, column 'close_value', value '1O': not an amount "
                + "(expected a decimal number such as 1234.50)");
        for (long chunk = 1; chunk <= Files.size(file) + 1; chunk += 2) {
            CsvTableResult<DealTable> lenient = DealCsv.mavenCrm().lenient().buildTableReader().read(file, 2, chunk);
            assertThat(lenient.rejected()).extracting(RejectedRow::line).containsExactly(4L, 5L, 9L, 11L);
            assertThat(lenient.table().owner().values()).containsExactly("Ann", "Dee", "Eve", "Gus");
        }
    }

    /** Checks that the table read and the record read stop with a message on two and three threads. */
    private static void assertStrictErrorInEveryChunking(Path file, String message) throws IOException {
        long size = Files.size(file);
        for (int threads = 2; threads <= 3; threads++) {
            for (long chunk = 1; chunk <= size + 1; chunk += 2) {
                int t = threads;
                long at = chunk;
                assertThatThrownBy(() -> DealCsv.mavenCrm().buildTableReader().read(file, t, at))
                        .as("threads %d, chunk %d", threads, chunk)
                        .isInstanceOf(CsvImportException.class).hasMessage(message);
                assertThatThrownBy(() -> DealCsv.mavenCrm().build().readAll(file, t, at))
                        .as("threads %d, chunk %d", threads, chunk)
                        .isInstanceOf(CsvImportException.class).hasMessage(message);
            }
        }
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }
}
