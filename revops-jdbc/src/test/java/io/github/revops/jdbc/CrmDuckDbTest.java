package io.github.revops.jdbc;

import io.github.revops.domain.Deal;
import io.github.revops.table.DealTable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * The CRM data set in DuckDB (embedded, in memory), read through a {@code Connection} with the amount in cents: a
 * {@code BIGINT} column of minor units.
 */
class CrmDuckDbTest extends CrmDataSetContract {

    private static final String IN_CENTS = "SELECT * REPLACE (CAST(close_value * 100 AS BIGINT) AS close_value)"
            + " FROM (" + CrmData.DEALS + ")";

    private static Connection connection;

    @BeforeAll
    static void load() throws SQLException {
        connection = Database.DUCKDB.connect();
        CrmData.load(connection, Database.DUCKDB);
    }

    @AfterAll
    static void close() throws SQLException {
        connection.close();
    }

    @Override
    JdbcImportResult<List<Deal>> records() {
        return CrmData.columns().amountUnit(AmountUnit.MINOR).build().readAll(SqlSource.query(connection, IN_CENTS));
    }

    @Override
    JdbcImportResult<DealTable> table() {
        return CrmData.columns().amountUnit(AmountUnit.MINOR).build()
                .readTable(SqlSource.query(connection, IN_CENTS));
    }
}
