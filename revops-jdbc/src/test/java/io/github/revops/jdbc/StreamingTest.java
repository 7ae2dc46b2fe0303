package io.github.revops.jdbc;

import io.github.revops.domain.Deal;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What each source does with the connection, recorded on the real PostgreSQL driver: the data source path runs the
 * query forward-only with the fetch size inside a transaction of its own (auto-commit off, which PostgreSQL needs to
 * fetch a cursor's rows a batch at a time), rolls it back, restores auto-commit and closes the connection, also when a
 * strict import stops; the connection path leaves the caller's connection as it is; a result set is left open.
 */
@Timeout(120)
class StreamingTest {

    private static final String QUERY = "SELECT * FROM bad_deals WHERE id IN (?, ?) ORDER BY id";

    @BeforeAll
    static void createTable() throws SQLException {
        try (Connection c = Database.POSTGRES.connect()) {
            BadDeals.create(c);
        }
    }

    @Test
    void aDataSourceQuery_runsInItsOwnTransaction_withTheFetchSize_andGivesEverythingBack() {
        RecordingDataSource dataSource = new RecordingDataSource(PostgresServer.dataSource());
        List<Deal> deals = BadDeals.columns().build()
                .readAll(SqlSource.query(dataSource, QUERY, "D1", "D5").withFetchSize(500)).loaded();

        assertThat(deals).extracting(Deal::id).containsExactly("D1", "D5");
        assertThat(dataSource.calls()).containsExactly(
                "Connection.getAutoCommit()",
                "Connection.setAutoCommit(false)",
                "Connection.prepareStatement(sql, " + ResultSet.TYPE_FORWARD_ONLY + ", " + ResultSet.CONCUR_READ_ONLY
                        + ")",
                "PreparedStatement.setFetchSize(500)",
                "PreparedStatement.setObject(1, D1)",
                "PreparedStatement.setObject(2, D5)",
                "PreparedStatement.executeQuery()",
                "ResultSet.close()",
                "PreparedStatement.close()",
                "Connection.rollback()",
                "Connection.setAutoCommit(true)",
                "Connection.close()");
    }

    @Test
    void aStrictImportThatStops_stillGivesTheConnectionBack() {
        RecordingDataSource dataSource = new RecordingDataSource(PostgresServer.dataSource());
        assertThatThrownBy(() -> BadDeals.columns().build().readTable(SqlSource.query(dataSource, BadDeals.QUERY)))
                .isInstanceOf(JdbcImportException.class);

        assertThat(dataSource.calls()).endsWith("ResultSet.close()", "PreparedStatement.close()",
                "Connection.rollback()", "Connection.setAutoCommit(true)", "Connection.close()");
    }

    @Test
    void aConnectionQuery_leavesTheCallersConnectionAsItIs() throws SQLException {
        RecordingDataSource recorder = new RecordingDataSource(PostgresServer.dataSource());
        try (Connection c = PostgresServer.dataSource().getConnection()) {
            Connection recorded = recorder.recorded(c);
            BadDeals.columns().build().readAll(SqlSource.query(recorded, QUERY, "D1", "D5"));

            assertThat(recorder.calls()).containsExactly(
                    "Connection.prepareStatement(sql, " + ResultSet.TYPE_FORWARD_ONLY + ", "
                            + ResultSet.CONCUR_READ_ONLY + ")",
                    "PreparedStatement.setFetchSize(" + SqlSource.DEFAULT_FETCH_SIZE + ")",
                    "PreparedStatement.setObject(1, D1)",
                    "PreparedStatement.setObject(2, D5)",
                    "PreparedStatement.executeQuery()",
                    "ResultSet.close()",
                    "PreparedStatement.close()");
            assertThat(c.isClosed()).isFalse();
            assertThat(c.getAutoCommit()).isTrue();
        }
    }

    @Test
    void aResultSet_isReadFromItsCursorOn_andLeftOpen() throws SQLException {
        try (Connection c = Database.POSTGRES.connect(); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery(BadDeals.QUERY)) {
            assertThat(rows.next()).isTrue();   // D1, the caller's
            List<String> ids = new ArrayList<>();
            JdbcImportSummary summary = BadDeals.columns().lenient().build()
                    .forEach(SqlSource.of(rows), deal -> ids.add(deal.id()));

            assertThat(ids).containsExactly("D5");
            assertThat(summary.rowsRead()).isEqualTo(6);
            assertThat(rows.isClosed()).isFalse();
        }
    }

    @Test
    void parametersAreBoundInOrder_asTheDriverTakesThem() {
        List<Deal> deals = BadDeals.columns().lenient().build().readAll(SqlSource.query(PostgresServer.dataSource(),
                "SELECT * FROM bad_deals WHERE created >= ? AND amount < ? ORDER BY id", LocalDate.of(2017, 1, 2),
                new java.math.BigDecimal("100"))).loaded();
        assertThat(deals).extracting(Deal::id).containsExactly("D5");
    }
}
