package io.github.revops.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.revops.domain.Deal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Stream;

/** The streaming forms: iterator, stream, summary, progress, closing, and the inputs (Reader, bytes, file). */
class CsvRowsTest {

    private static final String CSV = "opportunity_id,sales_agent,product,account,deal_stage,engage_date,close_date,"
            + "close_value\n"
            + "1C1I7A6R,Moses Frase,GTX Plus Basic,Cancity,Won,2016-10-20,2017-03-01,1054\n"
            + "KWVA7VR1,Gladys Colclough,GTXPro,Genco Pura Olive Oil Company,Lost,2016-11-04,2017-03-18,0\n"
            + "6CWZFOHJ,Anna Snelling,GTX Basic,Green-Plus,Prospecting,,,\n"
            + "HAXMC4IX,James Ascencio,MG Advanced,,Engaging,2016-11-03,,\n"
            + "BADDATE1,James Ascencio,MG Advanced,,Engaging,2016-13-03,,\n";

    @Test
    void stream_handsOverRecordsAndClosingItClosesTheInput() {
        TrackedReader in = new TrackedReader(CSV);
        CsvRows<Deal> rows = DealCsv.mavenCrm().lenient().build().open(in, "pipeline.csv");
        List<String> ids;
        try (Stream<Deal> deals = rows.stream()) {
            ids = deals.map(Deal::id).toList();
        }
        assertThat(ids).containsExactly("1C1I7A6R", "KWVA7VR1", "HAXMC4IX");
        assertThat(in.closed()).isTrue();
        assertThat(rows.summary()).isEqualTo(new CsvImportSummary("pipeline.csv", 5, 3,
                List.of(new RejectedRow(6, "engage_date", "2016-13-03", "not a date (expected yyyy-MM-dd)")),
                List.of(new RejectedRow(4, "engage_date", "", "is blank: row skipped (MissingCreatedDate.SKIP)"))));
        assertThat(rows.source()).isEqualTo("pipeline.csv");
    }

    @Test
    void iterator_readsAheadAndEndsWithNoSuchElement() {
        TrackedReader in = new TrackedReader(CSV);
        try (CsvRows<Deal> rows = DealCsv.mavenCrm().lenient().build().open(in, "pipeline.csv")) {
            assertThat(rows.summary().rowsRead()).isZero();
            assertThat(rows.hasNext()).isTrue();
            assertThat(rows.hasNext()).isTrue();
            assertThat(rows.next().id()).isEqualTo("1C1I7A6R");
            assertThat(rows.summary().rowsRead()).isEqualTo(1);
            assertThat(rows.next().id()).isEqualTo("KWVA7VR1");
            assertThat(rows.next().id()).isEqualTo("HAXMC4IX");
            assertThat(rows.summary().rowsRead()).isEqualTo(4);
            assertThat(rows.hasNext()).isFalse();
            assertThat(in.closed()).as("closed at the end").isTrue();
            assertThatThrownBy(rows::next).isInstanceOf(NoSuchElementException.class)
                    .hasMessage("no more rows in pipeline.csv");
        }
    }

    @Test
    void closeEarly_stopsReading() {
        TrackedReader in = new TrackedReader(CSV);
        CsvRows<Deal> rows = DealCsv.mavenCrm().build().open(in, "pipeline.csv");
        assertThat(rows.next().id()).isEqualTo("1C1I7A6R");
        rows.close();
        rows.close();
        assertThat(in.closed()).isTrue();
        assertThat(rows.hasNext()).isFalse();
    }

    @Test
    void strictIterator_throwsAtTheBadRowAndClosesTheInput() {
        TrackedReader in = new TrackedReader(CSV);
        CsvRows<Deal> rows = DealCsv.mavenCrm().build().open(in, "pipeline.csv");
        assertThat(rows.next().id()).isEqualTo("1C1I7A6R");
        assertThat(rows.next().id()).isEqualTo("KWVA7VR1");
        assertThat(rows.next().id()).isEqualTo("HAXMC4IX");
        assertThatThrownBy(rows::hasNext).isInstanceOf(CsvImportException.class)
                .hasMessage("pipeline.csv line 6, column 'engage_date', value '2016-13-03': not a date (expected "
                        + "yyyy-MM-dd)");
        assertThat(in.closed()).isTrue();
        assertThat(rows.hasNext()).isFalse();
    }

    @Test
    void progress_reportsEveryNRowsAndAtTheEnd() {
        List<Long> reports = new ArrayList<>();
        DealCsv.mavenCrm().lenient().progress(2, reports::add).build().readAll(new StringReader(CSV), "p.csv");
        assertThat(reports).containsExactly(2L, 4L, 5L);

        reports.clear();
        DealCsv.mavenCrm().lenient().progress(5, reports::add).build().readAll(new StringReader(CSV), "p.csv");
        assertThat(reports).containsExactly(5L);
    }

    @Test
    void bytesAndFiles_areDecodedWithTheEncoding(@TempDir Path dir) throws Exception {
        byte[] latin1 = "id,name\nC-1,Société Générale\n".getBytes(StandardCharsets.ISO_8859_1);
        CsvReader<io.github.revops.domain.Customer> utf8 = CustomerCsv.builder().column(CustomerField.ID, "id")
                .segment("name", "name").build();
        assertThatThrownBy(() -> utf8.readAll(new ByteArrayInputStream(latin1), "customers.csv"))
                .isInstanceOf(CsvImportException.class)
                .hasMessage("customers.csv line 2: not valid UTF-8 text");

        CsvReader<io.github.revops.domain.Customer> iso = CustomerCsv.builder().column(CustomerField.ID, "id")
                .segment("name", "name").encoding(StandardCharsets.ISO_8859_1).build();
        assertThat(iso.readAll(new ByteArrayInputStream(latin1), "customers.csv").records().get(0).segment("name"))
                .contains("Société Générale");

        Path file = dir.resolve("customers.csv");
        Files.write(file, latin1);
        List<String> names = new ArrayList<>();
        CsvImportSummary summary = iso.forEach(file, c -> names.add(c.segment("name").orElseThrow()));
        assertThat(names).containsExactly("Société Générale");
        assertThat(summary.source()).isEqualTo("customers.csv");
        try (CsvRows<io.github.revops.domain.Customer> rows = iso.open(file)) {
            assertThat(rows.next().id()).isEqualTo("C-1");
        }

        assertThatThrownBy(() -> iso.readAll(dir.resolve("missing.csv")))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageStartingWith("cannot open ");
    }

    @Test
    void ioFailure_isAnUncheckedIoExceptionNotAnImportProblem() {
        Reader failing = new Reader() {
            private final String text = "id\nC-1\n";
            private int pos;

            @Override
            public int read(char[] buffer, int offset, int length) throws java.io.IOException {
                if (pos == text.length()) {
                    throw new java.io.IOException("disk gone");
                }
                int n = Math.min(length, text.length() - pos);
                text.getChars(pos, pos + n, buffer, offset);
                pos += n;
                return n;
            }

            @Override
            public void close() {
            }
        };
        CsvReader<io.github.revops.domain.Customer> reader = CustomerCsv.builder().column(CustomerField.ID, "id")
                .build();
        assertThatThrownBy(() -> reader.readAll(failing, "customers.csv"))
                .isInstanceOf(UncheckedIOException.class)
                .hasRootCauseMessage("disk gone");
    }
}
