package io.github.revops.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import io.github.revops.domain.Deal;
import io.github.revops.domain.Subscription;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The limits that keep an import bounded (issue 16, items 2, 3 and 7): the accepted years of a date, the longest
 * field, the rows listed in full, and unique ids; each a bad row with file, line, column and value in strict mode
 * and a rejected row in lenient mode.
 */
class CsvLimitsTest {

    private static final String HEADER = "id,customer,owner,amount,created,closed,stage";

    private static DealCsv.Builder deals() {
        return DealCsv.builder()
                .column(DealField.ID, "id").column(DealField.CUSTOMER, "customer").column(DealField.OWNER, "owner")
                .constant(DealField.SOURCE, "web").column(DealField.AMOUNT, "amount")
                .column(DealField.CREATED_DATE, "created").column(DealField.CLOSE_DATE, "closed")
                .column(DealField.STATUS, "stage")
                .status("Open", io.github.revops.domain.DealStatus.OPEN)
                .status("Won", io.github.revops.domain.DealStatus.WON)
                .status("Lost", io.github.revops.domain.DealStatus.LOST)
                .defaultCurrency("USD");
    }

    private static String row(String id, String amount, String closed) {
        return id + ",Acme,Ana," + amount + ",2017-01-05," + closed + ",Won";
    }

    @Test
    void aFarFutureDate_isABadRow_namingFileLineColumnAndValue() {
        for (String date : List.of("9999-12-31", "+200000-12-31", "+999999999-12-31", "1899-12-31", "2200-01-01")) {
            assertThatThrownBy(() -> deals().build().readAll(Fixtures.text(HEADER, row("D-1", "1.00", "2017-03-01"),
                    row("D-2", "1.00", date)), "deals.csv"))
                    .as(date).isInstanceOf(CsvImportException.class)
                    .hasMessage("deals.csv line 3, column 'closed', value '" + date + "': is outside the years 1900"
                            + " to 2199 a date may have (set yearRange on the reader to accept it)");
        }
        CsvImportResult<Deal> lenient = deals().lenient().build().readAll(Fixtures.text(HEADER,
                row("D-1", "1.00", "2017-03-01"), row("D-2", "1.00", "9999-12-31")), "deals.csv");
        assertThat(lenient.records()).extracting(Deal::id).containsExactly("D-1");
        assertThat(lenient.rejected()).containsExactly(new RejectedRow(3, "closed", "9999-12-31",
                "is outside the years 1900 to 2199 a date may have (set yearRange on the reader to accept it)"));
    }

    @Test
    void theYearRange_isConfigurable_andTheEdgesAreInside() {
        CsvImportResult<Deal> wide = deals().yearRange(1, 9999).build().readAll(Fixtures.text(HEADER,
                row("D-1", "1.00", "9999-12-31")), "deals.csv");
        assertThat(wide.records().get(0).closeDate()).contains(LocalDate.of(9999, 12, 31));
        CsvImportResult<Deal> edges = deals().build().readAll(Fixtures.text(
                "id,customer,owner,amount,created,closed,stage",
                "D-1,Acme,Ana,1.00,1900-01-01,2199-12-31,Won"), "deals.csv");
        assertThat(edges.records()).hasSize(1);
        assertThatThrownBy(() -> deals().yearRange(2000, 1999)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("yearRange (2000 to 1999) must be two years in -999999999 to 999999999, the first not"
                        + " after the last");
        assertThatThrownBy(() -> deals().whenCreatedDateMissing(MissingCreatedDate.USE_FALLBACK)
                .createdDateFallback(LocalDate.of(1066, 10, 14)).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("deal CSV: createdDateFallback (1066-10-14) is outside the years 1900 to 2199 a date may"
                        + " have (set yearRange on the reader to accept it)");
    }

    @Test
    void aFieldLongerThanTheLimit_isABadRow_showingTheStartOfItsValue() {
        String huge = "x".repeat(70_000);
        CsvImportException e = catchImport(() -> deals().build().readAll(Fixtures.text(HEADER,
                "D-1,Acme," + huge + ",1.00,2017-01-05,2017-03-01,Won"), "deals.csv"));
        assertThat(e.getMessage()).isEqualTo("deals.csv line 2, column 'owner', value '" + "x".repeat(100)
                + "... (70,000 characters)': is longer than the 65,536 characters a field may have (70,000; set"
                + " maxFieldLength on the reader to allow more)");
        assertThat(e.value()).contains("x".repeat(100) + "... (70,000 characters)");
        CsvImportResult<Deal> allowed = deals().maxFieldLength(80_000).build().readAll(Fixtures.text(HEADER,
                "D-1,Acme," + huge + ",1.00,2017-01-05,2017-03-01,Won"), "deals.csv");
        assertThat(allowed.records().get(0).owner()).hasSize(70_000);
        // a cell of a column no field reads is a field too, and so is a header name
        CsvImportException unmapped = catchImport(() -> deals().maxFieldLength(10).build().readAll(
                Fixtures.text(HEADER + ",notes", row("D-1", "1.00", "2017-03-01") + ",a note of many words"),
                "deals.csv"));
        assertThat(unmapped.getMessage()).startsWith("deals.csv line 2, column 'notes', value 'a note of many"
                + " words': is longer than the 10 characters");
        CsvImportException header = catchImport(() -> deals().maxFieldLength(10).build().readAll(
                Fixtures.text(HEADER + ",a very long header", row("D-1", "1.00", "2017-03-01") + ",x"),
                "deals.csv"));
        assertThat(header.getMessage()).isEqualTo("deals.csv line 1, column 'a very long header': is longer than"
                + " the 10 characters a field may have (18; set maxFieldLength on the reader to allow more)");
        assertThatThrownBy(() -> deals().maxFieldLength(0)).hasMessage("maxFieldLength (0) must be >= 1");
    }

    @Test
    void theStrictMessage_andRejectedRows_stayShort_whateverTheValue() {
        String id = "I".repeat(60_000);
        CsvImportException e = catchImport(() -> deals().build().readAll(Fixtures.text(HEADER,
                id + ",Acme,Ana,1.00,2017-01-05,2017-01-01,Won"), "deals.csv"));
        // the domain's reason quotes the id; the exception carries it cut, never 60,000 characters
        assertThat(e.getMessage()).hasSizeLessThan(800).startsWith("deals.csv line 2, column 'closed', value"
                + " '2017-01-01': deal 'IIII");
        CsvImportResult<Deal> lenient = deals().lenient().build().readAll(Fixtures.text(HEADER,
                id + ",Acme,Ana,1.00,2017-01-05,2017-01-01,Won"), "deals.csv");
        String full = e.getCause().getMessage();   // the domain's own message, with the whole id
        assertThat(full).hasSizeGreaterThan(60_000);
        assertThat(lenient.rejected().get(0).reason()).isEqualTo(full.substring(0, 500) + "... ("
                + String.format(java.util.Locale.ROOT, "%,d", full.length()) + " characters)");
    }

    @Test
    void rejectedRows_areListedUpToTheLimit_andCountedBeyondIt() {
        List<String> lines = new ArrayList<>(List.of(HEADER));
        for (int i = 0; i < 2_500; i++) {
            lines.add(row("D-" + i, "oops", "2017-03-01"));
        }
        lines.add(row("D-ok", "1.00", "2017-03-01"));
        CsvImportSummary summary = deals().lenient().build()
                .readAll(Fixtures.text(lines.toArray(String[]::new)), "deals.csv").summary();
        assertThat(summary.rejected()).hasSize(1_000);
        assertThat(summary.rejected().get(999).line()).isEqualTo(1_001);
        assertThat(summary.rejectedNotListed()).isEqualTo(1_500);
        assertThat(summary.rejectedCount()).isEqualTo(2_500);
        assertThat(summary.accepted()).isEqualTo(1);
        assertThat(summary.rowsRead()).isEqualTo(2_501);

        CsvImportSummary few = deals().lenient().maxRowsListed(2).build()
                .readAll(Fixtures.text(lines.toArray(String[]::new)), "deals.csv").summary();
        assertThat(few.rejected()).extracting(RejectedRow::line).containsExactly(2L, 3L);
        assertThat(few.rejectedNotListed()).isEqualTo(2_498);
        assertThatThrownBy(() -> deals().maxRowsListed(-1)).hasMessage("maxRowsListed (-1) must be >= 0");
    }

    @Test
    void skippedRows_areListedUpToTheLimit_andCountedBeyondIt() {
        List<String> lines = new ArrayList<>(List.of(HEADER));
        for (int i = 0; i < 5; i++) {
            lines.add("D-" + i + ",Acme,Ana,1.00,,,Open");
        }
        CsvImportSummary summary = deals().whenCreatedDateMissing(MissingCreatedDate.SKIP).maxRowsListed(3).build()
                .readAll(Fixtures.text(lines.toArray(String[]::new)), "deals.csv").summary();
        assertThat(summary.skipped()).hasSize(3);
        assertThat(summary.skippedNotListed()).isEqualTo(2);
        assertThat(summary.skippedCount()).isEqualTo(5);
    }

    @Test
    void aRepeatedDealId_isABadRow_namingBothLines() {
        String[] file = {HEADER, row("D-1", "1.00", "2017-03-01"), row("D-2", "2.00", "2017-03-01"),
            row("D-1", "3.00", "2017-03-02")};
        assertThatThrownBy(() -> deals().build().readAll(Fixtures.text(file), "deals.csv"))
                .isInstanceOf(CsvImportException.class)
                .hasMessage("deals.csv line 4, column 'id', value 'D-1': duplicate id: the record on line 2 has it"
                        + " too")
                .asInstanceOf(type(CsvImportException.class))
                .satisfies(e -> assertThat(e.isRowProblem()).isTrue());
        CsvImportResult<Deal> lenient = deals().lenient().build().readAll(Fixtures.text(file), "deals.csv");
        assertThat(lenient.records()).extracting(Deal::id).containsExactly("D-1", "D-2");
        assertThat(lenient.rejected()).containsExactly(new RejectedRow(4, "id", "D-1",
                "duplicate id: the record on line 2 has it too"));
        assertThat(deals().uniqueIds(false).build().readAll(Fixtures.text(file), "deals.csv").records())
                .hasSize(3);
    }

    @Test
    void aRejectedRowsId_doesNotBlockALaterRow_andOtherRecordsHaveUniqueIdsToo() {
        CsvImportResult<Deal> deals = deals().lenient().build().readAll(Fixtures.text(HEADER,
                row("D-1", "oops", "2017-03-01"), row("D-1", "1.00", "2017-03-01")), "deals.csv");
        assertThat(deals.records()).extracting(Deal::id).containsExactly("D-1");
        CsvReader<Subscription> subscriptions = SubscriptionCsv.ravenStack().lenient().build();
        CsvImportResult<Subscription> result = subscriptions.readAll(Fixtures.text(
                "subscription_id,account_id,start_date,end_date,mrr_amount,billing_frequency,is_trial",
                "S-1,A-1,2025-01-01,,100,monthly,FALSE",
                "S-1,A-2,2025-01-01,,50,monthly,FALSE"), "subscriptions.csv");
        assertThat(result.rejected()).containsExactly(new RejectedRow(3, "subscription_id", "S-1",
                "duplicate id: the record on line 2 has it too"));
    }

    private static CsvImportException catchImport(Runnable run) {
        try {
            run.run();
        } catch (CsvImportException e) {
            return e;
        }
        throw new AssertionError("no CsvImportException");
    }
}
