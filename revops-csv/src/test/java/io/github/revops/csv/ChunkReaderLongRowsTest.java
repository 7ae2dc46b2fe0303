package io.github.revops.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.revops.table.DealTable;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * {@link ChunkReader}: rows longer than a chunk's window (read on in a window twice as large, from where the last
 * row ended), the line of a bad row after them, and strict mode going on past skipped rows to its first rejected one,
 * in several chunkings, against hand figures.
 */
class ChunkReaderLongRowsTest {

    private static final String HEADER = "opportunity_id,sales_agent,product,account,deal_stage,engage_date,close_date,"
            + "close_value\n";

    @TempDir
    Path dir;

    @Test
    void valuesLongerThanTheWindowAreReadWholeAndTheLinesAfterThemCounted() throws IOException {
        String plain = "P".repeat(150_000);
        String quoted = "line one\n" + "Q".repeat(140_000) + "\r\nline three, with \"\"quotes\"\"";
        String first = "A,Ann,GTX," + plain + ",Won,2017-01-02,2017-02-01,10\n";
        // the last row has no line end
        Path file = write("long.csv", HEADER + first
                + "B,Bob,GTX,\"" + quoted + "\",Won,2017-01-02,2017-02-01,10\n"
                + "C,Cy,GTX,Acme,Won,2017-01-02,2017-02-30,10\n"
                + "D,Dee,GTX,Beta,Won,2017-01-02,2017-02-01,10");
        String quotedText = quoted.replace("\"\"", "\"");

        // with chunks one byte longer than A, the first chunk ends at the line start inside B's quotes, so its window
        // (the chunk and 64 KiB) ends inside B's 140,000 Qs: it reads on in larger windows
        for (long chunk : new long[] {first.length() + 1, 20_000, 70_000, 150_000, 0}) {
            for (int threads = 1; threads <= 2; threads++) {
                CsvTableResult<DealTable> read = DealCsv.mavenCrm().lenient().maxFieldLength(200_000)
                        .buildTableReader().read(file, threads, chunk);
                DealTable table = read.table();
                assertThat(table.size()).isEqualTo(3);
                assertThat(table.customer().value(0)).isEqualTo(Optional.of(plain));
                assertThat(table.customer().value(1)).isEqualTo(Optional.of(quotedText));
                assertThat(table.customer().value(2)).isEqualTo(Optional.of("Beta"));
                // B takes lines 3 to 5, so C is on line 6
                assertThat(read.rejected()).containsExactly(
                        new RejectedRow(6, "close_date", "2017-02-30", "not a date (expected yyyy-MM-dd)"));
            }
        }
    }

    @Test
    void strictModeGoesOnPastSkippedRowsToTheFirstRejectedOne() throws IOException {
        Path file = write("skips.csv", HEADER + "A,Ann,GTX,Acme,Prospecting,,,\n"
                + "B,Bob,GTX,Acme,Won,2017-01-02,2017-02-01,10\n"
                + "C,Cy,GTX,Acme,Engaging,,,\n"
                + "D,Dee,GTX,Acme,Won,2017-01-02,2017-02-01,10\n");
        Path bad = write("bad.csv", HEADER + "A,Ann,GTX,Acme,Prospecting,,,\n"
                + "B,Bob,GTX,Acme,Won,2017-01-02,2017-02-01,10\n"
                + "C,Cy,GTX,Acme,Won,2017-01-02,2017-02-01,-10\n"
                + "D,Dee,GTX,Acme,Engaging,,,\n");

        for (long chunk = 1; chunk <= Files.size(file) + 1; chunk += 5) {
            CsvTableResult<DealTable> read = DealCsv.mavenCrm().buildTableReader().read(file, 2, chunk);
            assertThat(read.table().owner().values()).containsExactly("Bob", "Dee");
            assertThat(read.summary().skipped()).extracting(RejectedRow::line).containsExactly(2L, 4L);
            assertThat(read.summary().rowsRead()).isEqualTo(4);
            long c = chunk;
            assertThatThrownBy(() -> DealCsv.mavenCrm().buildTableReader().read(bad, 2, c))
                    .isInstanceOf(CsvImportException.class)
                    .hasMessageStartingWith("bad.csv line 4, column 'close_value', value '-10': ");
        }
        assertThatThrownBy(() -> DealCsv.mavenCrm().build().readAll(bad))
                .hasMessageStartingWith("bad.csv line 4, column 'close_value', value '-10': ");
    }

    @Test
    void theLastRowWithoutALineEndIsReadInEveryChunking() throws IOException {
        Path file = write("no-end.csv", HEADER + "A,Ann,GTX,Acme,Won,2017-01-02,2017-02-01,10\n"
                + "B,Bob,MG,Beta,Lost,2017-01-03,2017-01-10,0");

        for (long chunk = 1; chunk <= Files.size(file) + 1; chunk += 3) {
            DealTable table = DealCsv.mavenCrm().buildTableReader().read(file, 2, chunk).table();
            assertThat(TableOutcome.rows(table)).containsExactly(
                    "Acme|Ann|(none)|NEW_BUSINESS|WON|17168|17198|USD 10.00|product=GTX",
                    "Beta|Bob|(none)|NEW_BUSINESS|LOST|17169|17176|USD 0.00|product=MG");
        }
    }

    @Test
    void anIdGivenAsAConstantIsRepeatedFromTheSecondRow() throws IOException {
        Path file = write("constant.csv", "customer,owner,amount,created,closed\n"
                + "Acme,Ann,10,2017-01-02,2017-02-01\nBeta,Bob,20,2017-01-03,2017-02-01\n");
        DealCsv.Builder builder = DealCsv.builder().constant(DealField.ID, "X").column(DealField.CUSTOMER, "customer")
                .column(DealField.OWNER, "owner").constant(DealField.SOURCE, "web")
                .column(DealField.AMOUNT, "amount").defaultCurrency("USD")
                .column(DealField.CREATED_DATE, "created").column(DealField.CLOSE_DATE, "closed")
                .constant(DealField.STATUS, "Won").status("Won", io.github.revops.domain.DealStatus.WON).lenient();

        for (long chunk : new long[] {1, 0}) {
            CsvTableResult<DealTable> read = builder.buildTableReader().read(file, 2, chunk);
            assertThat(read.table().customer().values()).containsExactly("Acme");
            assertThat(read.rejected()).containsExactly(new RejectedRow(3, "id", "X",
                    "duplicate id: the record on line 2 has it too"));
        }
        assertThat(builder.build().readAll(file).summary().rejected()).extracting(RejectedRow::line)
                .containsExactly(3L);
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }
}
