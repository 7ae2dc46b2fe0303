package io.github.revops.jdbc;

import io.github.revops.domain.Deal;
import io.github.revops.table.DealTable;
import org.junit.jupiter.api.BeforeAll;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * The CRM data set in PostgreSQL (embedded server, {@code close_value NUMERIC(12,2)} in dollars), read through a
 * {@code DataSource}, the path that streams.
 */
class CrmPostgresTest extends CrmDataSetContract {

    private static SqlSource query;

    @BeforeAll
    static void load() throws SQLException {
        try (Connection c = Database.POSTGRES.connect()) {
            CrmData.load(c, Database.POSTGRES);
        }
        query = SqlSource.query(PostgresServer.dataSource(), CrmData.DEALS).named("sales_pipeline")
                .withFetchSize(1_000);
    }

    @Override
    JdbcImportResult<List<Deal>> records() {
        return CrmData.columns().build().readAll(query);
    }

    @Override
    JdbcImportResult<DealTable> table() {
        return CrmData.columns().build().readTable(query);
    }
}
