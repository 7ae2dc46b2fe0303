package io.github.revops.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.revops.domain.Deal;
import io.github.revops.pipeline.WinRate;
import io.github.revops.table.DealTable;
import io.github.revops.time.Period;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The README's CSV example, run on the Salesforce fixture; the README must show the same lines. */
class ReadmeExampleTest {

    @Test
    void readmeExample_readsTheSalesforceExport(@TempDir Path dir) throws Exception {
        Path good = dir.resolve("opportunities.csv");
        Files.copy(Fixtures.resource("salesforce/opportunities.csv"), good);

        CsvReader<Deal> reader = DealCsv.salesforce()   // the report's own column names, M/d/yyyy dates, footer skipped
                .defaultCurrency("USD")                 // a report states no currency
                .build();                               // strict: the first bad row stops the import, nothing returned
        List<Deal> deals = reader.readAll(good).records();

        assertThat(deals).extracting(Deal::id).containsExactly("0065g00000AbCdE", "0065g00000AbCdF",
                "0065g00000AbCdG", "0065g00000AbCdH");
    }

    @Test
    void readmeExample_lenientListsTheBadRow(@TempDir Path dir) throws Exception {
        List<String> lines = Files.readAllLines(Fixtures.resource("salesforce/opportunities.csv"));
        lines.add(5, "\"Dana Lee\",\"Hooli\",\"Hooli\",\"006F\",\"\",\"\",\"1,000\",\"\",\"2/1/2017\",\"2/30/2017\","
                + "\"Closed Won\",\"Closed\",\"Q1-2017\"");
        Path file = dir.resolve("opportunities.csv");
        Files.write(file, lines);

        CsvImportResult<Deal> checked = DealCsv.salesforce().defaultCurrency("USD").lenient().build()
                .readAll(file);  // lenient: good rows, and the bad ones with the reason
        assertThat(checked.rejected()).hasToString("[line 6, column 'Close Date', value '2/30/2017': not a date "
                + "(expected M/d/yyyy or M/d/yyyy h:mm a or yyyy-MM-dd)]");
        assertThat(checked.records()).hasSize(4);
        assertThat(checked.summary().describe()).isEqualTo("5 rows: 4 accepted, 0 skipped, 1 rejected (in Close Date)");

        assertThatThrownBy(() -> DealCsv.salesforce().defaultCurrency("USD").build().readAll(file))
                .hasMessage("opportunities.csv line 6, column 'Close Date', value '2/30/2017': not a date "
                        + "(expected M/d/yyyy or M/d/yyyy h:mm a or yyyy-MM-dd)");
    }

    @Test
    void readmeExample_straightIntoColumns(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("sales_pipeline.csv");
        Files.copy(Fixtures.resource("crm/sales_pipeline.csv"), file);

        CsvTableResult<DealTable> read = DealCsv.mavenCrm().buildTableReader()
                .read(file);    // one thread per core; read(path, 1) for one
        DealTable table = read.table();

        assertThat(table.size()).isEqualTo(8300);
        assertThat(read.summary().skipped()).hasSize(500);
        assertThat(WinRate.of(table, Period.year(2017)).byCount()).hasToString("4238/6711 (63.15 %)");
        assertThat(TableOutcome.rows(table)).isEqualTo(TableOutcome.rows(
                DealTable.of(DealCsv.mavenCrm().build().readAll(file).records())));
    }

    @Test
    void readme_showsTheseLines() throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"));
        assertThat(readme).contains(
                "CsvReader<Deal> reader = DealCsv.salesforce()",
                "        .defaultCurrency(\"USD\")",
                "List<Deal> deals = reader.readAll(Path.of(\"opportunities.csv\")).records();",
                "CsvImportResult<Deal> checked = DealCsv.salesforce().defaultCurrency(\"USD\").lenient().build()",
                "checked.rejected();  // [line 6, column 'Close Date', value '2/30/2017': not a date",
                "checked.summary().describe();  // \"5 rows: 4 accepted, 0 skipped, 1 rejected (in Close Date)\"",
                "opportunities.csv line 6, column 'Close Date', value '2/30/2017': not a date (expected M/d/yyyy",
                "CsvTableResult<DealTable> read = DealCsv.mavenCrm().buildTableReader()",
                "DealTable table = read.table();",
                "read.summary().skipped().size();                 // 500",
                "WinRate.of(table, Period.year(2017)).byCount();  // 4238/6711 (63.15 %)");
    }
}
