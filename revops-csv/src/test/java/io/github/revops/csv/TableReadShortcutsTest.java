package io.github.revops.csv;

import io.github.revops.table.DealTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The table read's shortcuts of docs/decisions/0059 against what they stand for: the scan's blank test is
 * {@link Character#isWhitespace} on every ASCII byte, and amounts read as minor units (no {@code Money} per row)
 * are the record reader's amounts, with its errors, for cells read from their bytes and cells parsed as text
 * (quoted, a when-blank text, a bad amount).
 */
class TableReadShortcutsTest {

    @TempDir
    Path dir;

    @Test
    void theScansBlankTestIsWhitespaceForEveryAsciiByte() {
        int blanks = 0;
        for (int b = 0; b < 128; b++) {
            assertThat(ByteRecords.isBlank((byte) b)).as("byte %d", b).isEqualTo(Character.isWhitespace((char) b));
            blanks += ByteRecords.isBlank((byte) b) ? 1 : 0;
        }
        assertThat(blanks).isEqualTo(10);   // tab, LF, VT, FF, CR, the four separators 0x1C to 0x1F, space
    }

    @Test
    void amountsAreTheRecordReadersAmountsInMinorUnits() throws IOException {
        Path file = Files.writeString(dir.resolve("amounts.csv"),
                "opportunity_id,sales_agent,product,account,deal_stage,engage_date,close_date,close_value\n"
                        + "D1,Ana,GTX,ACME,Won,2024-01-02,2024-02-01,1234\n"
                        + "D2,Ana,GTX,ACME,Won,2024-01-02,2024-02-01,\"1234.50\"\n"
                        + "D3,Ana,GTX,ACME,Won,2024-01-02,2024-02-01,0.07\n"
                        + "D4,Ana,GTX,ACME,Won,2024-01-02,2024-02-01,12x\n"
                        + "D5,Ana,GTX,ACME,Won,2024-01-02,2024-02-01,\n"
                        + "D6,Ana,GTX,ACME,Lost,2024-01-02,2024-02-01,0\n");
        DealCsv.Builder csv = DealCsv.mavenCrm().lenient();
        CsvTableResult<DealTable> read = csv.buildTableReader().read(file, 1);
        CsvImportResult<io.github.revops.domain.Deal> records = csv.build().readAll(file);

        DealTable table = read.table();
        assertThat(table.size()).isEqualTo(5);
        assertThat(new long[] {table.amountMinor(0), table.amountMinor(1), table.amountMinor(2),
            table.amountMinor(3), table.amountMinor(4)}).containsExactly(123_400, 123_450, 7, 0, 0);
        assertThat(records.records()).extracting(deal -> deal.amount().minorUnits())
                .containsExactly(123_400L, 123_450L, 7L, 0L, 0L);
        assertThat(read.rejected()).isEqualTo(records.rejected());
        assertThat(read.rejected()).singleElement().satisfies(row -> {
            assertThat(row.line()).isEqualTo(5);
            assertThat(row.column()).isEqualTo("close_value");
            assertThat(row.value()).isEqualTo("12x");
        });
    }
}
