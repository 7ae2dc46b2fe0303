package io.github.revops.jdbc;

import io.github.revops.domain.DealStatus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The Maven CRM data set (src/test/resources/crm, 8,800 opportunities) as a database table, the query and mapping
 * that read it as the CSV path's {@code DealCsv.mavenCrm()} preset does, and its rows as plain text for the tests'
 * own loops.
 */
final class CrmData {

    /** The rows as the tests' loops read them, straight from the file. */
    record Row(String id, String agent, String product, String account, String stage, String engageDate,
               String closeDate, String closeValue) {
    }

    /**
     * What the CSV preset does, in SQL: Prospecting deals (no engage date) left out, a missing account named
     * "(no account)", a missing close value 0, the source "(none)".
     */
    static final String DEALS = "SELECT opportunity_id, sales_agent, product,"
            + " COALESCE(account, '(no account)') AS account, '(none)' AS lead_source, deal_stage, engage_date,"
            + " close_date, COALESCE(close_value, 0) AS close_value"
            + " FROM sales_pipeline WHERE engage_date IS NOT NULL ORDER BY opportunity_id";

    private CrmData() {
    }

    /**
     * Creates the table {@code sales_pipeline} and loads the file into it.
     *
     * @param connection  the connection
     * @param database  which database it is
     * @throws SQLException if the load fails
     */
    static void load(Connection connection, Database database) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("DROP TABLE IF EXISTS sales_pipeline");
            s.execute("CREATE TABLE sales_pipeline (opportunity_id VARCHAR PRIMARY KEY, sales_agent VARCHAR NOT NULL,"
                    + " product VARCHAR, account VARCHAR, deal_stage VARCHAR NOT NULL, engage_date DATE,"
                    + " close_date DATE, close_value NUMERIC(12, 2))");
        }
        database.loadCsv(connection, "sales_pipeline", "crm/sales_pipeline.csv");
    }

    /**
     * Returns the mapping of the query's columns, with amounts in the given column and unit.
     *
     * @return the builder, to finish
     */
    static DealColumns.Builder columns() {
        return DealColumns.builder()
                .id("opportunity_id").customer("account").owner("sales_agent").source("lead_source")
                .amount("close_value").currency("USD")
                .created("engage_date").closeDate("close_date")
                .status("deal_stage").statusLabel("Won", DealStatus.WON).statusLabel("Lost", DealStatus.LOST)
                .statusLabel("Engaging", DealStatus.OPEN)
                .segment("product", "product");
    }

    /**
     * Reads the file's rows as text.
     *
     * @return the 8,800 rows
     */
    static List<Row> rows() {
        try {
            return Files.readAllLines(Database.resourcePath("crm/sales_pipeline.csv")).stream().skip(1)
                    .map(line -> line.split(",", -1))
                    .map(c -> new Row(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
