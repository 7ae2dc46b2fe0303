package io.github.revops.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.revops.table.DealTable;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The column reader equals {@code DealTable.of} of the record reader on random files in the Maven CRM layout: good
 * and bad cells, quoted values with commas, quotes and line breaks, CRLF, a byte order mark, empty lines, no final
 * line break, and now and then what the byte parser leaves to Commons CSV (a lone CR, blanks around a value). Strict
 * and lenient, the same table, summary and error; with chunk boundaries at every position of the file.
 */
class DealTableReaderPropertyTest {

    private static final List<List<String>> CELLS = List.of(
            List.of("A", "B", "C", "D", "E", "F", "G", ""),
            List.of("Ann", "Bob Lee", "Zoë", "a,b", "two\nlines", "cr\r\nlf", "say \"hi\"", "", "Ann"),
            List.of("GTX", "", "MG Special", "ü,x"),
            List.of("Acme", "", "Ünïcode", "x\ny"),
            List.of("Won", "Lost", "Engaging", "Prospecting", "won", "Bogus", "", "Won", "Lost"),
            List.of("2017-01-02", "2017-03-01", "", "2017-02-30", "1800-01-01", "2017-01-02"),
            List.of("2017-02-01", "2017-01-01", "", "bad", "2017-03-05", "2017-02-01"),
            List.of("10", "0", "", "-5", "1.5", "abc", "1,000", "7"));

    @TempDir
    Path dir;

    /** Writes a random file from a seed. */
    static String file(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        String end = random.nextBoolean() ? "\n" : "\r\n";
        boolean odd = random.nextInt(8) == 0;
        StringBuilder text = new StringBuilder(random.nextInt(4) == 0 ? "\uFEFF" : "");
        text.append("opportunity_id,sales_agent,product,account,deal_stage,engage_date,close_date,close_value");
        int rows = random.nextInt(9);
        for (int r = 0; r < rows; r++) {
            text.append(odd && random.nextInt(4) == 0 ? "\r" : end);
            if (random.nextInt(6) == 0) {
                text.append(end);
            }
            for (int c = 0; c < CELLS.size(); c++) {
                List<String> pool = CELLS.get(c);
                String cell = pool.get(random.nextInt(pool.size()));
                boolean special = cell.contains(",") || cell.contains("\"") || cell.contains("\n")
                        || cell.contains("\r");
                if (odd && random.nextInt(10) == 0) {
                    cell = " " + cell;
                }
                text.append(c == 0 ? "" : ",");
                if (special || random.nextInt(5) == 0) {
                    text.append('"').append(cell.replace("\"", "\"\"")).append('"');
                } else {
                    text.append(cell);
                }
            }
        }
        if (random.nextInt(5) > 0) {
            text.append(end);
        }
        return text.toString();
    }

    private Path write(String text) {
        try {
            return Files.writeString(dir.resolve("random.csv"), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void columnReaderEqualsRecordReaderAtEveryChunkBoundary() {
        qt().withExamples(QtExamples.atMost(40)).withShrinkCycles(0).forAll(longs().all()).checkAssert(seed -> {
            Path file = write(file(seed));
            long size = file.toFile().length();
            for (ImportMode mode : ImportMode.values()) {
                DealCsv.Builder builder = DealCsv.mavenCrm().mode(mode);
                TableOutcome records = TableOutcome.ofRecords(builder.build(), file);
                CsvTableReader<DealTable> reader = builder.buildTableReader();
                for (long chunk = 1; chunk <= size; chunk++) {
                    assertThat(TableOutcome.ofColumns(reader, file, 1, chunk)).as("seed %d chunk %d", seed, chunk)
                            .isEqualTo(records);
                }
                assertThat(TableOutcome.ofColumns(reader, file, 2, 1 + seed % 50 * Long.signum(seed)))
                        .as("seed %d, two threads", seed).isEqualTo(records);
            }
        });
    }

    @Test
    void generatorMakesFilesOfEveryKind() {
        int quotedBreaks = 0;
        int crlf = 0;
        int boms = 0;
        int lenientRejects = 0;
        for (long seed = 0; seed < 200; seed++) {
            String text = file(seed);
            quotedBreaks += text.contains("\"two\nlines\"") || text.contains("\"x\ny\"") ? 1 : 0;
            crlf += text.contains("\r\n") ? 1 : 0;
            boms += text.startsWith("\uFEFF") ? 1 : 0;
            CsvTableResult<DealTable> result = DealCsv.mavenCrm().lenient().buildTableReader().read(write(text), 1);
            lenientRejects += result.rejected().isEmpty() ? 0 : 1;
        }
        assertThat(quotedBreaks).isGreaterThan(20);
        assertThat(crlf).isGreaterThan(50);
        assertThat(boms).isGreaterThan(20);
        assertThat(lenientRejects).isGreaterThan(50);
    }
}
