package io.github.revops.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.revops.domain.DealStatus;
import io.github.revops.money.CurrencyMismatchException;
import io.github.revops.table.DealTable;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The column reader against the record reader on the bundled files: the same table ({@code DealTable.of} of the
 * records), summary and errors, on one and two threads and with small chunks.
 */
class DealTableReaderTest {

    private static final Path CRM = Fixtures.resource("crm/sales_pipeline.csv");

    @TempDir
    Path dir;

    @Test
    void mavenCrmFileGivesTheRecordReadersTableAndSummary() {
        TableOutcome records = TableOutcome.ofRecords(DealCsv.mavenCrm().build(), CRM);
        CsvTableReader<DealTable> reader = DealCsv.mavenCrm().buildTableReader();

        assertThat(records.rows()).hasSize(8300);
        assertThat(records.summary().skipped()).hasSize(500);
        for (int threads = 1; threads <= 3; threads++) {
            for (long chunk : new long[] {0, 997, 64 * 1024}) {
                assertThat(TableOutcome.ofColumns(reader, CRM, threads, chunk)).isEqualTo(records);
            }
        }
    }

    @Test
    void mavenCrmTableHasTheDataSetsCounts() {
        DealTable table = DealCsv.mavenCrm().buildTableReader().read(CRM).table();

        int won = 0;
        long wonCents = 0;
        for (int i = 0; i < table.size(); i++) {
            if (table.status(i) == DealStatus.WON) {
                won++;
                wonCents += table.amountMinor(i);
            }
        }
        // awk and python3 counts of the file (see MavenCrmRealDataTest)
        assertThat(won).isEqualTo(4238);
        assertThat(wonCents).isEqualTo(10_005_534_00L);
    }

    @Test
    void salesforceAndHubSpotFilesGiveTheRecordReadersTables() {
        DealCsv.Builder salesforce = DealCsv.salesforce().defaultCurrency("USD");
        DealCsv.Builder hubSpot = DealCsv.hubSpot().defaultCurrency("USD");
        Path opportunities = Fixtures.resource("salesforce/opportunities.csv");
        Path deals = Fixtures.resource("hubspot/deals.csv");

        assertThat(TableOutcome.ofColumns(salesforce.buildTableReader(), opportunities, 2, 64))
                .isEqualTo(TableOutcome.ofRecords(salesforce.build(), opportunities));
        assertThat(TableOutcome.ofColumns(hubSpot.buildTableReader(), deals, 2, 64))
                .isEqualTo(TableOutcome.ofRecords(hubSpot.build(), deals));
    }

    @Test
    void strictErrorNamesFileLineColumnAndValueAsTheRecordReader() throws IOException {
        Path file = write("bad.csv", "opportunity_id,sales_agent,product,account,deal_stage,engage_date,close_date,"
                + "close_value\nA,Ann,GTX,Acme,Won,2017-01-02,2017-02-01,10\nB,Bob,GTX,Acme,Won,2017-01-02,"
                + "2017-02-30,10\nC,Cy,GTX,Acme,Lost,2017-01-02,2017-01-01,0\n");

        assertThatThrownBy(() -> DealCsv.mavenCrm().buildTableReader().read(file, 2))
                .isInstanceOf(CsvImportException.class)
                .hasMessage(messageOf(() -> DealCsv.mavenCrm().build().readAll(file)))
                .hasMessageStartingWith("bad.csv line 3, column 'close_date', value '2017-02-30'");
        CsvTableResult<DealTable> lenient = DealCsv.mavenCrm().lenient().buildTableReader().read(file, 2);
        assertThat(lenient.summary()).isEqualTo(DealCsv.mavenCrm().lenient().build().readAll(file).summary());
        assertThat(lenient.rejected()).extracting(RejectedRow::line).containsExactly(3L, 4L);
        assertThat(lenient.table().size()).isEqualTo(1);
    }

    @Test
    void duplicateIdNamesTheFirstLineAsTheRecordReader() throws IOException {
        Path file = write("dup.csv", "opportunity_id,sales_agent,product,account,deal_stage,engage_date,close_date,"
                + "close_value\nA,Ann,GTX,Acme,Won,2017-01-02,2017-02-01,10\nB,Bob,GTX,Acme,Won,2017-01-02,"
                + "2017-02-03,10\nA,Cy,GTX,Acme,Lost,2017-01-02,2017-01-05,0\n");

        assertThatThrownBy(() -> DealCsv.mavenCrm().buildTableReader().read(file, 1, 1))
                .isInstanceOf(CsvImportException.class)
                .hasMessage("dup.csv line 4, column 'opportunity_id', value 'A': duplicate id: the record on line 2"
                        + " has it too")
                .hasMessage(messageOf(() -> DealCsv.mavenCrm().build().readAll(file)));
    }

    @Test
    void idsRepeatedInLaterChunksAreRejectedAsByTheRecordReaderAndLeaveNoValueBehind() throws IOException {
        // lines 4 and 7 repeat ids of lines 2 and 3; Zed and Omega appear only on those rejected rows
        Path file = write("dups.csv", "opportunity_id,sales_agent,product,account,deal_stage,engage_date,close_date,"
                + "close_value\nA,Ann,GTX,Acme,Won,2017-01-02,2017-02-01,10\nB,Bob,GTX,Acme,Won,2017-01-02,"
                + "2017-02-03,10\nA,Zed,Omega,Zeta,Lost,2017-01-02,2017-01-05,0\nC,Cy,MG,Beta,Won,2017-01-03,"
                + "2017-03-01,20\nD,Dee,GTX,Acme,Lost,2017-01-04,2017-01-09,0\nB,Zed,Omega,Zeta,Won,2017-01-02,"
                + "2017-02-03,10\nE,Eve,MG,Beta,Won,2017-02-01,2017-02-11,30\n");
        CsvReader<io.github.revops.domain.Deal> records = DealCsv.mavenCrm().lenient().build();
        DealTable expected = DealTable.of(records.readAll(file).records());

        for (int threads = 1; threads <= 3; threads++) {
            for (long chunk : new long[] {1, 60, 0}) {
                CsvTableReader<DealTable> reader = DealCsv.mavenCrm().lenient().buildTableReader();
                CsvTableResult<DealTable> read = reader.read(file, threads, chunk);
                assertThat(TableOutcome.ofColumns(reader, file, threads, chunk))
                        .isEqualTo(TableOutcome.ofRecords(records, file));
                assertThat(read.rejected()).extracting(RejectedRow::line).containsExactly(4L, 7L);
                assertThat(read.rejected()).extracting(RejectedRow::reason).containsExactly(
                        "duplicate id: the record on line 2 has it too",
                        "duplicate id: the record on line 3 has it too");
                assertThat(read.table().owner().values()).isEqualTo(expected.owner().values())
                        .containsExactly("Ann", "Bob", "Cy", "Dee", "Eve");
                assertThat(read.table().customer().values()).doesNotContain("Zeta");
                assertThat(read.table().segment("product").orElseThrow().values()).containsExactly("GTX", "MG");
            }
        }
        assertThatThrownBy(() -> DealCsv.mavenCrm().buildTableReader().read(file, 2, 1))
                .isInstanceOf(CsvImportException.class)
                .hasMessage("dups.csv line 4, column 'opportunity_id', value 'A': duplicate id: the record on line 2"
                        + " has it too");
    }

    @Test
    void twoCurrenciesFailAsDealTableOfTheRecords() throws IOException {
        Path file = write("fx.csv", "id,customer,owner,amount,currency,created,closed,stage\n"
                + "A,Acme,Ann,10,USD,2017-01-02,2017-02-01,Won\nB,Acme,Ann,10,EUR,2017-01-02,2017-02-01,Won\n");
        DealCsv.Builder builder = DealCsv.builder().column(DealField.ID, "id").column(DealField.CUSTOMER, "customer")
                .column(DealField.OWNER, "owner").constant(DealField.SOURCE, "web")
                .column(DealField.AMOUNT, "amount").column(DealField.CURRENCY, "currency")
                .column(DealField.CREATED_DATE, "created").column(DealField.CLOSE_DATE, "closed")
                .column(DealField.STATUS, "stage").status("Won", DealStatus.WON);

        assertThatThrownBy(() -> builder.buildTableReader().read(file, 2, 1))
                .isInstanceOf(CurrencyMismatchException.class);
        assertThatThrownBy(() -> DealTable.of(builder.build().readAll(file).records()))
                .isInstanceOf(CurrencyMismatchException.class);
    }

    @Test
    void fileTheBytesParserLeavesToCommonsCsvGivesTheSameTable() throws IOException {
        // a lone CR ends a line and a value has blanks around it: Commons CSV reads this file
        Path file = write("odd.csv", "opportunity_id,sales_agent,product,account,deal_stage,engage_date,close_date,"
                + "close_value\rA,  Ann ,GTX,Acme,Won,2017-01-02,2017-02-01,10\n");

        TableOutcome records = TableOutcome.ofRecords(DealCsv.mavenCrm().build(), file);
        assertThat(records.rows()).containsExactly("Acme|Ann|(none)|NEW_BUSINESS|WON|17168|17198|USD 10.00"
                + "|product=GTX");
        assertThat(TableOutcome.ofColumns(DealCsv.mavenCrm().buildTableReader(), file, 2, 0)).isEqualTo(records);
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static String messageOf(Runnable read) {
        try {
            read.run();
        } catch (CsvImportException e) {
            return e.getMessage();
        }
        throw new AssertionError("the record reader accepted the file");
    }
}
