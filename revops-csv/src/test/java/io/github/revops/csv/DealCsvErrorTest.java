package io.github.revops.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import io.github.revops.domain.Deal;
import io.github.revops.domain.InvalidRecordException;

import org.junit.jupiter.api.Test;

import java.util.List;

/** Every error path of a deal import, with the exact message, in strict and in lenient mode. */
class DealCsvErrorTest {

    private static final String HEADER =
            "\"Opportunity ID\",\"Account Name\",\"Opportunity Owner\",\"Amount\",\"Created Date\",\"Close Date\","
                    + "\"Stage\",\"Amount Currency\"";
    private static final String GOOD = "\"006A\",\"Acme\",\"Ana\",\"100.00\",\"1/5/2017\",\"3/1/2017\",\"Closed Won\","
            + "\"USD\"";

    private static CsvImportResult<Deal> strict(String... rows) {
        return DealCsv.salesforce().defaultCurrency("USD").build().readAll(Fixtures.text(rows), "deals.csv");
    }

    private static CsvImportResult<Deal> lenient(String... rows) {
        return DealCsv.salesforce().defaultCurrency("USD").lenient().build()
                .readAll(Fixtures.text(rows), "deals.csv");
    }

    @Test
    void missingColumn_namesTheColumnAndTheHeaderFound() {
        assertThatThrownBy(() -> strict("\"Opportunity ID\",\"Account Name\",\"Opportunity Owner\",\"Amount\","
                + "\"Created Date\",\"Close Date\"", "\"006A\",\"Acme\",\"Ana\",\"1\",\"1/5/2017\",\"\""))
                .isInstanceOf(CsvImportException.class)
                .hasMessage("deals.csv line 1, column 'Stage': missing from the header (found: Opportunity ID, "
                        + "Account Name, Opportunity Owner, Amount, Created Date, Close Date)")
                .asInstanceOf(type(CsvImportException.class))
                .satisfies(e -> {
                    assertThat(e.isRowProblem()).isFalse();
                    assertThat(e.column()).contains("Stage");
                    assertThat(e.value()).isEmpty();
                });
    }

    @Test
    void missingColumn_stopsLenientImportsToo() {
        assertThatThrownBy(() -> lenient("\"Opportunity ID\",\"Stage\"", "\"006A\",\"Closed Won\""))
                .isInstanceOf(CsvImportException.class)
                .hasMessageStartingWith("deals.csv line 1, column 'Account Name': missing from the header");
    }

    @Test
    void duplicateMappedColumn_isAnError() {
        assertThatThrownBy(() -> strict(HEADER + ",\"Stage\"", GOOD + ",\"Closed Won\""))
                .hasMessage("deals.csv line 1, column 'Stage': appears more than once in the header");
    }

    @Test
    void badDate_namesLineColumnValueAndTheFormats() {
        assertThatThrownBy(() -> strict(HEADER, GOOD,
                "\"006B\",\"Acme\",\"Ana\",\"100.00\",\"1/5/2017\",\"2/30/2017\",\"Closed Won\",\"USD\""))
                .isInstanceOf(CsvImportException.class)
                .hasMessage("deals.csv line 3, column 'Close Date', value '2/30/2017': not a date (expected "
                        + "M/d/yyyy or M/d/yyyy h:mm a or yyyy-MM-dd)")
                .asInstanceOf(type(CsvImportException.class))
                .satisfies(e -> {
                    assertThat(e.source()).isEqualTo("deals.csv");
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.column()).contains("Close Date");
                    assertThat(e.value()).contains("2/30/2017");
                    assertThat(e.isRowProblem()).isTrue();
                    assertThat(e.getCause()).isNull();
                });
    }

    @Test
    void unknownStageLabel_listsTheKnownLabels() {
        assertThatThrownBy(() -> strict(HEADER,
                "\"006B\",\"Acme\",\"Ana\",\"100.00\",\"1/5/2017\",\"3/1/2017\",\"Discovery\",\"USD\""))
                .hasMessage("deals.csv line 2, column 'Stage', value 'Discovery': unknown stage label (known: "
                        + "Closed Lost, Closed Won, Id. Decision Makers, Needs Analysis, Negotiation/Review, "
                        + "Perception Analysis, Proposal/Price Quote, Prospecting, Qualification, Value Proposition)");
    }

    @Test
    void negativeAmount_isRejectedByTheDealWithItsMessageAsCause() {
        assertThatThrownBy(() -> strict(HEADER,
                "\"006B\",\"Acme\",\"Ana\",\"-5.00\",\"1/5/2017\",\"3/1/2017\",\"Closed Won\",\"USD\""))
                .hasMessage("deals.csv line 2, column 'Amount', value '-5.00': deal '006B': amount (USD -5.00) "
                        + "must not be negative")
                .hasCauseInstanceOf(InvalidRecordException.class)
                .cause().hasMessage("deal '006B': amount (USD -5.00) must not be negative");
    }

    @Test
    void wrongCurrencyCode_isNamed() {
        assertThatThrownBy(() -> strict(HEADER,
                "\"006B\",\"Acme\",\"Ana\",\"5.00\",\"1/5/2017\",\"3/1/2017\",\"Closed Won\",\"XYZ\""))
                .hasMessage("deals.csv line 2, column 'Amount Currency', value 'XYZ': not an ISO-4217 currency code");
        assertThatThrownBy(() -> strict(HEADER,
                "\"006B\",\"Acme\",\"Ana\",\"5.00\",\"1/5/2017\",\"3/1/2017\",\"Closed Won\",\"XAU\""))
                .hasMessage("deals.csv line 2, column 'Amount Currency', value 'XAU': has no fixed number of decimal "
                        + "places");
    }

    @Test
    void badAmounts_areNamedNeverRounded() {
        assertThatThrownBy(() -> strict(HEADER,
                "\"006B\",\"Acme\",\"Ana\",\"5.001\",\"1/5/2017\",\"3/1/2017\",\"Closed Won\",\"USD\""))
                .hasMessage("deals.csv line 2, column 'Amount', value '5.001': has more decimal places than USD "
                        + "allows (2)");
        assertThatThrownBy(() -> strict(HEADER,
                "\"006B\",\"Acme\",\"Ana\",\"$5\",\"1/5/2017\",\"3/1/2017\",\"Closed Won\",\"USD\""))
                .hasMessage("deals.csv line 2, column 'Amount', value '$5': not an amount (expected a decimal "
                        + "number such as 1234.50)");
        assertThatThrownBy(() -> strict(HEADER,
                "\"006B\",\"Acme\",\"Ana\",\"99999999999999999999\",\"1/5/2017\",\"3/1/2017\",\"Closed Won\",\"USD\""))
                .hasMessage("deals.csv line 2, column 'Amount', value '99999999999999999999': is too large for an "
                        + "amount");
    }

    @Test
    void closeBeforeCreated_isTheDomainsRuleInTheCloseDateColumn() {
        assertThatThrownBy(() -> strict(HEADER,
                "\"006B\",\"Acme\",\"Ana\",\"5.00\",\"3/10/2017\",\"3/9/2017\",\"Closed Lost\",\"USD\""))
                .hasMessage("deals.csv line 2, column 'Close Date', value '3/9/2017': deal '006B': closeDate "
                        + "(2017-03-09) must not be before createdDate (2017-03-10)");
    }

    @Test
    void wonDealWithoutCloseDate_isRejected() {
        assertThatThrownBy(() -> strict(HEADER,
                "\"006B\",\"Acme\",\"Ana\",\"5.00\",\"3/10/2017\",\"\",\"Closed Won\",\"USD\""))
                .hasMessage("deals.csv line 2, column 'Close Date', value '': deal '006B': closeDate (null) is "
                        + "required for a WON deal");
    }

    @Test
    void blankIdAndCreatedDate_areNamed() {
        assertThatThrownBy(() -> strict(HEADER,
                "\"\",\"Acme\",\"Ana\",\"5.00\",\"3/10/2017\",\"\",\"Prospecting\",\"USD\""))
                .hasMessage("deals.csv line 2, column 'Opportunity ID', value '': deal '?': id ('') must not be "
                        + "blank");
        assertThatThrownBy(() -> strict(HEADER,
                "\"006B\",\"Acme\",\"Ana\",\"5.00\",\"\",\"\",\"Prospecting\",\"USD\""))
                .hasMessage("deals.csv line 2, column 'Created Date', value '': is blank (a deal needs a created "
                        + "date)");
    }

    @Test
    void rowWidth_shortAndLongRowsAreRejected() {
        assertThatThrownBy(() -> strict(HEADER, "\"006B\",\"Acme\""))
                .hasMessage("deals.csv line 2, column 'Opportunity Owner', value '': missing: the row has 2 values, "
                        + "the header has 8");
        assertThatThrownBy(() -> strict(HEADER, GOOD + ",\"stray\""))
                .hasMessage("deals.csv line 2, column '#9', value 'stray': extra value: the row has 9 values, the "
                        + "header has 8");
    }

    @Test
    void brokenQuoting_stopsBothModesNamingTheLine() {
        String[] rows = {HEADER, GOOD, "\"006B\",\"Acme,\"Ana\",\"5\",\"1/5/2017\",\"\",\"Prospecting\",\"USD\""};
        assertThatThrownBy(() -> lenient(rows))
                .isInstanceOf(CsvImportException.class)
                .hasMessageStartingWith("deals.csv line 3: malformed CSV: ")
                .asInstanceOf(type(CsvImportException.class))
                .satisfies(e -> {
                    assertThat(e.isRowProblem()).isFalse();
                    assertThat(e.column()).isEmpty();
                });
    }

    @Test
    void lineNumbers_countLinesInsideQuotedValuesAndBlankLines() {
        assertThatThrownBy(() -> strict(HEADER, "", GOOD.replace("Acme", "Acme\nInc"),
                "\"006B\",\"Acme\",\"Ana\",\"x\",\"1/5/2017\",\"\",\"Prospecting\",\"USD\""))
                .hasMessageStartingWith("deals.csv line 5, column 'Amount', value 'x'");
    }

    @Test
    void lenient_returnsTheGoodRowsAndListsTheRejectedOnes() {
        CsvImportResult<Deal> result = lenient(HEADER,
                GOOD,
                "\"006B\",\"Acme\",\"Ana\",\"100.00\",\"1/5/2017\",\"2/30/2017\",\"Closed Won\",\"USD\"",
                "\"006C\",\"Acme\",\"Ana\",\"-1\",\"1/5/2017\",\"3/1/2017\",\"Closed Lost\",\"USD\"",
                "\"006D\",\"Acme\",\"Ana\",\"7\",\"1/5/2017\",\"\",\"Qualification\",\"USD\"",
                "\"006E\",\"Acme\",\"Ana\",\"7\",\"1/5/2017\",\"\",\"Discovery\",\"EUR\"");

        assertThat(result.records()).extracting(Deal::id).containsExactly("006A", "006D");
        assertThat(result.rejected()).containsExactly(
                new RejectedRow(3, "Close Date", "2/30/2017", "not a date (expected M/d/yyyy or M/d/yyyy h:mm a or "
                        + "yyyy-MM-dd)"),
                new RejectedRow(4, "Amount", "-1", "deal '006C': amount (USD -1.00) must not be negative"),
                new RejectedRow(6, "Stage", "Discovery", "unknown stage label (known: Closed Lost, Closed Won, "
                        + "Id. Decision Makers, Needs Analysis, Negotiation/Review, Perception Analysis, "
                        + "Proposal/Price Quote, Prospecting, Qualification, Value Proposition)"));
        assertThat(result.summary().rowsRead()).isEqualTo(5);
        assertThat(result.rejected().get(0).toString()).isEqualTo("line 3, column 'Close Date', value '2/30/2017': "
                + "not a date (expected M/d/yyyy or M/d/yyyy h:mm a or yyyy-MM-dd)");
    }

    @Test
    void strict_returnsNothingWhenALaterRowIsBad() {
        List<String> seen = new java.util.ArrayList<>();
        CsvReader<Deal> reader = DealCsv.salesforce().defaultCurrency("USD").build();
        assertThatThrownBy(() -> reader.forEach(Fixtures.text(HEADER, GOOD,
                "\"006B\",\"Acme\",\"Ana\",\"x\",\"1/5/2017\",\"\",\"Prospecting\",\"USD\""), "deals.csv",
                deal -> seen.add(deal.id())))
                .hasMessageStartingWith("deals.csv line 3, column 'Amount'");
        // forEach hands records over as read; readAll (above) returns nothing at all
        assertThat(seen).containsExactly("006A");
    }

    @Test
    void emptyInput_hasNoHeader() {
        assertThatThrownBy(() -> strict())
                .hasMessage("deals.csv line 1: the input has no header row");
    }

    @Test
    void build_namesWhatIsMissing() {
        assertThatThrownBy(() -> DealCsv.salesforce().build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("deal CSV: set a defaultCurrency or map CURRENCY");
        assertThatThrownBy(() -> DealCsv.builder().defaultCurrency("USD").build())
                .hasMessage("deal CSV: no status labels; map them with status(label, status)");
        assertThatThrownBy(() -> DealCsv.builder().status("Won", io.github.revops.domain.DealStatus.WON)
                .column(DealField.ID, "id").build())
                .hasMessage("deal CSV: no column or constant for CUSTOMER, OWNER, SOURCE, AMOUNT, CREATED_DATE, "
                        + "STATUS");
        assertThatThrownBy(() -> DealCsv.mavenCrm().whenCreatedDateMissing(MissingCreatedDate.USE_FALLBACK).build())
                .hasMessage("deal CSV: USE_FALLBACK needs createdDateFallback(date)");
        assertThatThrownBy(() -> DealCsv.builder().dateFormats("yyyy-MM-dd bb"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("date format ('yyyy-MM-dd bb') is not a valid pattern");
    }
}
