package consumer.jdbc;

import io.github.revops.domain.Deal;
import io.github.revops.domain.DealStatus;
import io.github.revops.jdbc.DealColumns;
import io.github.revops.jdbc.JdbcImportException;
import io.github.revops.jdbc.SqlSource;
import io.github.revops.pipeline.WinRate;
import io.github.revops.table.DealTable;
import io.github.revops.time.Period;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;

/**
 * The README's database example, as a user's program, on five deals in an in-memory DuckDB database: two won and one
 * lost in 2017, one open, and one whose close date is before its creation (a bad row).
 */
public final class ReadmeExample {

    private ReadmeExample() {
    }

    public static void main(String[] args) throws SQLException {
        Module module = ReadmeExample.class.getModule();
        System.out.println("== revops-jdbc consumer " + (module.isNamed()
                ? "on the module path, in module " + module.getName() + " reading "
                        + DealColumns.class.getModule().getName()
                : "on the class path"));
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
             Statement create = connection.createStatement()) {
            create.execute("CREATE TABLE deals (opportunity_id VARCHAR, account VARCHAR, sales_agent VARCHAR,"
                    + " lead_source VARCHAR, close_value DECIMAL(12, 2), engage_date DATE, close_date DATE,"
                    + " deal_stage VARCHAR)");
            create.execute("INSERT INTO deals VALUES"
                    + " ('D-1', 'ACME', 'Ana', 'Web', 1200.00, DATE '2017-01-10', DATE '2017-02-20', 'Won'),"
                    + " ('D-2', 'Globex', 'Ana', 'Web', 800.00, DATE '2017-03-01', DATE '2017-04-15', 'Lost'),"
                    + " ('D-3', 'Initech', 'Bo', 'Ads', 450.50, DATE '2017-05-05', DATE '2017-05-30', 'Won'),"
                    + " ('D-4', 'Umbrella', 'Bo', 'Ads', 300.00, DATE '2017-06-01', NULL, 'Engaging'),"
                    + " ('D-5', 'Hooli', 'Bo', 'Ads', 99.00, DATE '2017-08-01', DATE '2017-07-01', 'Won')");

            DealColumns columns = DealColumns.builder()
                    .id("opportunity_id").customer("account").owner("sales_agent").source("lead_source")
                    .amount("close_value").currency("USD")
                    .created("engage_date").closeDate("close_date")
                    .status("deal_stage").statusLabel("Won", DealStatus.WON).statusLabel("Lost", DealStatus.LOST)
                    .statusLabel("Engaging", DealStatus.OPEN)
                    .build();
            String good = "SELECT * FROM deals WHERE opportunity_id <> ? ORDER BY opportunity_id";
            DealTable table = columns.readTable(SqlSource.query(connection, good, "D-5")).loaded();
            System.out.println("table: " + table.size() + " rows, win rate 2017 "
                    + WinRate.of(table, Period.year(2017)).byCount());
            List<Deal> deals = columns.readAll(SqlSource.query(connection, good, "D-5")).loaded();
            System.out.println("records: " + deals.stream().map(Deal::id).toList() + ", win rate 2017 "
                    + WinRate.of(deals, Period.year(2017)).byCount());
            try {
                columns.readAll(SqlSource.query(connection, "SELECT * FROM deals ORDER BY opportunity_id"));
                System.out.println("strict: no error");
            } catch (JdbcImportException e) {
                System.out.println("strict: " + e.getMessage());
            }
        }
    }
}
