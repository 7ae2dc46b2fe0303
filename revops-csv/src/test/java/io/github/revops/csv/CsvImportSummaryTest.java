package io.github.revops.csv;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one-line description and the bounded text form of an import summary, on summaries written out by hand.
 */
class CsvImportSummaryTest {

    private static RejectedRow row(long line, String column, String reason) {
        return new RejectedRow(line, column, "x", reason);
    }

    @Test
    void aCleanImport_saysOnlyTheCounts() {
        CsvImportSummary clean = new CsvImportSummary("deals.csv", 12_345, 12_345, List.of(), List.of());
        assertThat(clean.describe()).isEqualTo("12,345 rows: 12,345 accepted, 0 skipped, 0 rejected");
        assertThat(clean).hasToString("deals.csv: 12,345 rows: 12,345 accepted, 0 skipped, 0 rejected");
    }

    @Test
    void severalReasons_eachWithItsCount_andRowsNotListed() {
        List<RejectedRow> skipped = List.of(row(2, "engage_date", "is blank"), row(3, "close_date", "is blank"),
                row(4, "engage_date", "is blank"));
        List<RejectedRow> rejected = List.of(row(5, "Amount", "not a number"), row(6, "Close Date", "not a date"),
                row(7, "Amount", "must not be negative"));
        // 10 rows = 2 accepted + 3 + 1 skipped + 3 + 1 rejected
        CsvImportSummary summary = new CsvImportSummary("deals.csv", 10, 2, rejected, skipped, 1, 1);
        assertThat(summary.describe()).isEqualTo("10 rows: 2 accepted, 4 skipped (2 engage_date is blank;"
                + " 1 close_date is blank; 1 not listed), 4 rejected (2 in Amount; 1 in Close Date; 1 not listed)");
    }

    @Test
    void rowsNotListedOnly_areCounted() {
        CsvImportSummary summary = new CsvImportSummary("deals.csv", 1_500, 0, List.of(), List.of(), 1_000, 500);
        assertThat(summary.describe()).isEqualTo("1,500 rows: 0 accepted, 500 skipped (500 not listed),"
                + " 1,000 rejected (1,000 not listed)");
        assertThat(summary).hasToString("deals.csv: " + summary.describe());
    }

    @Test
    void manyReasons_nameThreeAndCountTheRest() {
        List<RejectedRow> skipped = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            skipped.add(row(i + 2, "c" + i, "is blank"));
        }
        CsvImportSummary summary = new CsvImportSummary("wide.csv", 10, 0, List.of(), skipped);
        assertThat(summary.describe()).isEqualTo("10 rows: 0 accepted, 10 skipped (1 c0 is blank; 1 c1 is blank;"
                + " 1 c2 is blank; 7 for other reasons), 0 rejected");
    }

    @Test
    void toString_showsTheFirstThreeRejectedRows_neverAllOfThem() {
        List<RejectedRow> rejected = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            rejected.add(new RejectedRow(i + 2, "Amount", "oops" + i, "not a number"));
        }
        CsvImportSummary summary = new CsvImportSummary("bad.csv", 2_501, 1, rejected, List.of(), 1_500, 0);
        assertThat(summary).hasToString("bad.csv: 2,501 rows: 1 accepted, 0 skipped, 2,500 rejected (1,000 in Amount;"
                + " 1,500 not listed); first: line 2, column 'Amount', value 'oops0': not a number; line 3, column"
                + " 'Amount', value 'oops1': not a number; line 4, column 'Amount', value 'oops2': not a number;"
                + " and 2,497 more");
        CsvImportSummary two = new CsvImportSummary("bad.csv", 2, 0, rejected.subList(0, 2), List.of());
        assertThat(two).hasToString("bad.csv: 2 rows: 0 accepted, 0 skipped, 2 rejected (in Amount); first: line 2,"
                + " column 'Amount', value 'oops0': not a number; line 3, column 'Amount', value 'oops1': not a"
                + " number");
    }
}
