package io.github.revops.jdbc;

import io.github.revops.domain.Deal;
import io.github.revops.domain.DealStatus;
import io.github.revops.pipeline.WinRate;
import io.github.revops.result.Ratio;
import io.github.revops.table.DealTable;
import io.github.revops.time.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's "From a database" example, as written there, on the Maven CRM data set in the embedded PostgreSQL
 * server: a view {@code deals} gives the file's columns with the CSV preset's defaults (a missing account, a missing
 * close value, no lead source).
 */
@Timeout(120)
class ReadmeExampleTest {

    @Test
    void fromADatabase() throws SQLException {
        try (Connection c = Database.POSTGRES.connect(); Statement s = c.createStatement()) {
            CrmData.load(c, Database.POSTGRES);
            s.execute("CREATE OR REPLACE VIEW deals AS SELECT opportunity_id, sales_agent, product,"
                    + " COALESCE(account, '(no account)') AS account, '(none)' AS lead_source, deal_stage,"
                    + " engage_date, close_date, COALESCE(close_value, 0) AS close_value FROM sales_pipeline");
        }
        DataSource dataSource = PostgresServer.dataSource();

        // --- from the README ---
        DealColumns columns = DealColumns.builder()
                .id("opportunity_id").customer("account").owner("sales_agent").source("lead_source")
                .amount("close_value").currency("USD")          // NUMERIC dollars; BIGINT cents with amountUnit(MINOR)
                .created("engage_date").closeDate("close_date")
                .status("deal_stage").statusLabel("Won", DealStatus.WON).statusLabel("Lost", DealStatus.LOST)
                .statusLabel("Engaging", DealStatus.OPEN)
                .build();                                       // strict: the first bad row stops the import
        SqlSource query = SqlSource.query(dataSource,           // own connection, auto-commit off: streams
                "SELECT * FROM deals WHERE engage_date >= ?", LocalDate.of(2016, 1, 1));
        DealTable table = columns.readTable(query).loaded();    // 8,300 rows, no Deal per row
        Ratio winRate = WinRate.of(table, Period.year(2017)).byCount();   // 4238/6711, as from the CSV file
        List<Deal> deals = columns.readAll(query).loaded();     // or records
        // --- end ---

        assertThat(table.size()).isEqualTo(8_300);
        assertThat(winRate).isEqualTo(Ratio.of(4238, 6711));
        assertThat(deals).hasSize(8_300);
        assertThat(WinRate.of(deals, Period.year(2017)).byCount()).isEqualTo(winRate);
    }
}
