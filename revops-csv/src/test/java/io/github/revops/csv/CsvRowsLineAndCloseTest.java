package io.github.revops.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.revops.domain.Customer;
import io.github.revops.domain.InvalidRecordException;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The record reader's line numbers (rows after values holding line breaks of every kind, a last row without a line
 * break, malformed quoting after skipped empty lines), the end at a blank row, which first character is dropped, and
 * that every way an import fails closes its input.
 */
class CsvRowsLineAndCloseTest {

    /** A Reader whose every read fails, and that records whether it was closed. */
    private static final class BrokenReader extends Reader {
        private boolean closed;

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            throw new IOException("disk gone");
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    /** A Reader that hands out its text, then fails with an unchecked exception instead of reporting the end. */
    private static final class FailingAtTheEnd extends StringReader {

        FailingAtTheEnd(String text) {
            super(text);
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n < 0) {
                throw new IllegalStateException("stream state lost");
            }
            return n;
        }
    }

    private static CsvReader<Customer> customers() {
        return CustomerCsv.builder().column(CustomerField.ID, "id").segment("region", "region").build();
    }

    private static long lineOfBadRow(String csv) {
        try {
            customers().readAll(new StringReader(csv), "customers.csv");
        } catch (CsvImportException e) {
            return e.line();
        }
        throw new AssertionError("no bad row in " + csv);
    }

    @Test
    void aRowsLineIsItsFirstLine_whateverLineBreaksTheValuesBeforeItHold() {
        // ids are blank on the bad row, which Customer refuses; the rows before it hold quoted line breaks
        assertThat(lineOfBadRow("id,region\nC1,\"a\nb\"\n,x\n")).isEqualTo(4);
        assertThat(lineOfBadRow("id,region\r\nC1,\"a\r\nb\"\r\n,x\r\n")).isEqualTo(4);
        assertThat(lineOfBadRow("id,region\rC1,\"a\rb\"\r,x\r")).isEqualTo(4);
        assertThat(lineOfBadRow("id,region\nC1,\"a\r\n\r\nb\nc\"\n,x\n")).isEqualTo(6);
        assertThat(lineOfBadRow("id,region\nC1,\"a\r\"\n,x\n")).isEqualTo(4);
    }

    @Test
    void aBadRowHoldingLineBreaks_isReportedAtTheLineItStartsOn() {
        assertThat(lineOfBadRow("id,region\nC1,x\n,\"a\nb\nc\"\n")).isEqualTo(3);
        assertThat(lineOfBadRow("id,region\nC1,x\n,\"a\r\nb\rc\"\n")).isEqualTo(3);
    }

    @Test
    void aBadRowHoldingLineBreaks_afterSkippedEmptyLines_isReportedAtItsFirstLine() {
        // the empty lines 3 and 4 are skipped; the row starts on line 5 whatever line breaks its value holds
        assertThat(lineOfBadRow("id,region\nC1,x\n\n\n,\"a\r\nb\rc\"\n")).isEqualTo(5);
        assertThat(lineOfBadRow("id,region\nC1,x\n\n\n,\"a\nb\"\n")).isEqualTo(5);
        assertThat(lineOfBadRow("id,region\nC1,x\n\n\n,\"a\r\nb\"\n")).isEqualTo(5);
        assertThat(lineOfBadRow("id,region\nC1,x\n\n,\"a\r\"\n")).isEqualTo(4);
    }

    @Test
    void aLastRowWithoutALineBreak_isReportedAtItsOwnLine() {
        assertThat(lineOfBadRow("id,region\nC1,x\n,y")).isEqualTo(3);
        assertThat(lineOfBadRow("id,region\n,y")).isEqualTo(2);
    }

    @Test
    void malformedQuoting_isReportedAtTheLineCommonsCsvNames_notAfterTheLastRow() {
        // two empty lines (skipped) between the last good row and the broken one
        TrackedReader in = new TrackedReader("id,region\nC1,x\n\n\nC2,\"y\"z\n");
        CsvRows<Customer> rows = customers().open(in, "customers.csv");
        assertThat(rows.next().id()).isEqualTo("C1");
        assertThatThrownBy(rows::hasNext)
                .isInstanceOf(CsvImportException.class)
                .satisfies(e -> {
                    CsvImportException failure = (CsvImportException) e;
                    assertThat(failure.line()).isEqualTo(5);
                    assertThat(failure.isRowProblem()).isFalse();
                    assertThat(failure.reason()).startsWith("malformed CSV: ");
                });
        assertThat(in.closed()).isTrue();
    }

    @Test
    void aFailureWithoutALineNumber_isPlacedAfterTheLastRowRead() {
        assertThatThrownBy(() -> customers().readAll(new FailingAtTheEnd("id,region\nC1,x\nC2,y\n"), "customers.csv"))
                .isInstanceOf(CsvImportException.class)
                .hasMessage("customers.csv line 4: malformed CSV: stream state lost");
    }

    @Test
    void aBlankRow_endsTheImportForGood_andClosesTheInput() {
        TrackedReader in = new TrackedReader("id,region\nC1,x\n,\nC2,y\n");
        CsvRows<Customer> rows = CustomerCsv.builder().column(CustomerField.ID, "id").segment("region", "region")
                .endAtBlankRow(true).build().open(in, "customers.csv");
        assertThat(rows.next().id()).isEqualTo("C1");
        assertThat(rows.hasNext()).isFalse();
        assertThat(rows.hasNext()).isFalse();
        assertThat(in.closed()).isTrue();
        assertThat(rows.summary().rowsRead()).isEqualTo(1);
    }

    @Test
    void onlyAByteOrderMarkIsDroppedFromTheStart_evenNulIsKept() {
        List<Customer> read = CustomerCsv.builder().column(CustomerField.ID, "\u0000id").build()
                .readAll(new StringReader("\u0000id\nC1\n"), "customers.csv").records();
        assertThat(read).extracting(Customer::id).containsExactly("C1");
        List<Customer> bom = CustomerCsv.builder().column(CustomerField.ID, "id").build()
                .readAll(new StringReader("\uFEFFid\nC1\n"), "customers.csv").records();
        assertThat(bom).extracting(Customer::id).containsExactly("C1");
    }

    @Test
    void anInputThatCannotBeRead_failsWithItsIoException_andIsClosed() {
        BrokenReader in = new BrokenReader();
        assertThatThrownBy(() -> customers().open(in, "customers.csv"))
                .isInstanceOf(UncheckedIOException.class)
                .hasCauseInstanceOf(IOException.class)
                .hasRootCauseMessage("disk gone");
        assertThat(in.closed).isTrue();
    }

    @Test
    void aHeaderWithoutAMappedColumn_failsAndClosesTheInput() {
        TrackedReader in = new TrackedReader("id,area\nC1,x\n");
        assertThatThrownBy(() -> customers().open(in, "customers.csv"))
                .isInstanceOf(CsvImportException.class)
                .hasMessage("customers.csv line 1, column 'region': missing from the header (found: id, area)");
        assertThat(in.closed()).isTrue();
    }

    @Test
    void strictAfterLenient_isStrictAgain() {
        CsvReader<Customer> reader = CustomerCsv.builder().column(CustomerField.ID, "id").lenient().strict().build();
        assertThat(reader.mode()).isEqualTo(ImportMode.STRICT);
        String reason;
        try {
            Customer.of("");
            throw new AssertionError("Customer.of accepted a blank id");
        } catch (InvalidRecordException e) {
            reason = e.getMessage();
        }
        assertThatThrownBy(() -> reader.readAll(new StringReader("id,x\n,1\nC2,2\n"), "customers.csv"))
                .isInstanceOf(CsvImportException.class)
                .hasMessage("customers.csv line 2, column 'id', value '': " + reason);
    }
}
