package io.github.revops.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.revops.table.DealTable;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The column reader counts the rejected rows it does not list, as the record reader does. */
class TableReaderRowsNotListedTest {

    @TempDir
    Path dir;

    @Test
    void rowsBeyondTheListedOnes_areCountedInTheTableReadersSummary() throws IOException {
        Path file = dir.resolve("deals.csv");
        Files.writeString(file, String.join("\n",
                "opportunity_id,sales_agent,product,account,deal_stage,engage_date,close_date,close_value",
                "D1,Ann,GTX,Acme,Won,2017-01-02,2017-02-03,100",
                "D2,Ann,GTX,Acme,Won,2017-13-02,2017-02-03,100",
                "D3,Ann,GTX,Acme,Won,2017-01-02,2017-02-30,100",
                "D4,Ann,GTX,Acme,Won,2017-01-02,2017-02-03,x",
                "D5,Ann,GTX,Acme,Lost,2017-01-02,2017-02-04,0") + "\n", StandardCharsets.UTF_8);
        DealCsv.Builder builder = DealCsv.mavenCrm().lenient().maxRowsListed(1);
        CsvTableResult<DealTable> table = builder.buildTableReader().read(file);
        CsvImportSummary records = builder.build().readAll(file).summary();

        assertThat(table.summary()).isEqualTo(records);
        assertThat(table.summary().rejected()).containsExactly(
                new RejectedRow(3, "engage_date", "2017-13-02", "not a date (expected yyyy-MM-dd)"));
        assertThat(table.summary().rejectedNotListed()).isEqualTo(2);
        assertThat(table.summary().accepted()).isEqualTo(2);
        assertThat(table.table().size()).isEqualTo(2);
        assertThat(table.rejected()).isEqualTo(List.copyOf(table.summary().rejected()));
    }
}
