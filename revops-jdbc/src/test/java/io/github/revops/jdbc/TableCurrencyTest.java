package io.github.revops.jdbc;

import io.github.revops.table.DealTable;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A table is in one currency: with a currency column, a row in another currency is a bad row of the table read,
 * named by its id (read on demand: a table keeps no ids), while the records read keeps it.
 */
class TableCurrencyTest {

    @Test
    void aRowInAnotherCurrencyIsABadRowOfTheTableNamedByItsId() throws SQLException {
        try (Connection c = Database.DUCKDB.connect(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE deals (id VARCHAR, account VARCHAR, rep VARCHAR, channel VARCHAR, amount BIGINT,"
                    + " cur VARCHAR, created DATE, stage VARCHAR)");
            s.execute("INSERT INTO deals VALUES ('D1', 'ACME', 'Ana', 'Web', 100, 'USD', DATE '2017-01-10', 'OPEN'),"
                    + " ('D2', 'ACME', 'Ana', 'Web', 200, 'EUR', DATE '2017-01-11', 'OPEN'),"
                    + " ('D3', 'Globex', 'Bo', 'Ads', 300, NULL, DATE '2017-01-12', 'OPEN')");
            DealColumns columns = DealColumns.builder().id("id").customer("account").owner("rep").source("channel")
                    .amount("amount").amountUnit(AmountUnit.MINOR).currency("USD").currencyColumn("cur")
                    .created("created").status("stage").lenient().build();
            SqlSource query = SqlSource.query(c, "SELECT * FROM deals ORDER BY id");

            JdbcImportResult<DealTable> table = columns.readTable(query);

            assertThat(table.loaded().size()).isEqualTo(2);
            assertThat(table.loaded().amountMinor(1)).isEqualTo(300);      // no currency cell: the mapping's
            assertThat(table.rejected()).extracting(RejectedRow::toString).containsExactly("row 2, column 'cur',"
                    + " value 'EUR': deal 'D2': currency (EUR) is not the table's currency (USD): convert it in the"
                    + " query, or load it separately");
            assertThat(columns.readAll(query).loaded()).hasSize(3);
        }
    }
}
