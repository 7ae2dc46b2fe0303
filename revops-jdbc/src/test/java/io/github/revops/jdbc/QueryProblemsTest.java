package io.github.revops.jdbc;

import io.github.revops.domain.Deal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

/**
 * Problems of the whole query stop both modes before the first row, naming the column and its SQL type: money in a
 * binary floating point column, a missing column, text where a date belongs, instants without a zone, a failing
 * query. And the row problems that come from the database's own values: an unknown currency, PostgreSQL's infinity.
 */
@Timeout(120)
class QueryProblemsTest {

    private static final String BASE = "SELECT 'D1' AS id, 'ACME' AS account, 'Ana' AS rep, 'Web' AS channel,"
            + " DATE '2017-01-10' AS created, CAST(NULL AS DATE) AS closed, 'Engaging' AS stage";

    private static JdbcImportException thrown(DealColumns columns, SqlSource source) {
        try {
            columns.readAll(source);
        } catch (JdbcImportException e) {
            return e;
        }
        throw new AssertionError("no JdbcImportException");
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void moneyInADoubleOrRealColumn_isRefused_namingTheColumnAndItsType(Database database) throws SQLException {
        try (Connection c = database.connect()) {
            for (String type : List.of("DOUBLE PRECISION", "REAL")) {
                SqlSource query = SqlSource.query(c, BASE + ", CAST(12.5 AS " + type + ") AS amount").named("deals");
                JdbcImportException e = thrown(BadDeals.columns().lenient().build(), query);

                assertThat(e.isRowProblem()).isFalse();
                assertThat(e.column()).contains("amount");
                assertThat(e.getMessage()).startsWith("deals, column 'amount': is ")
                        .contains("which cannot hold deal amount (amounts): money is never read from a binary"
                                + " floating point column; cast it to NUMERIC in the query")
                        .containsAnyOf("(DOUBLE)", "(REAL)", "(FLOAT)");
            }
        }
    }

    @Test
    void postgresMoneyType_isADoubleToTheDriver_andRefused() throws SQLException {
        try (Connection c = Database.POSTGRES.connect()) {
            JdbcImportException e = thrown(BadDeals.columns().build(),
                    SqlSource.query(c, BASE + ", CAST(12.5 AS money) AS amount"));
            assertThat(e.getMessage()).isEqualTo("query, column 'amount': is money (DOUBLE), which cannot hold deal"
                    + " amount (amounts): money is never read from a binary floating point column; cast it to"
                    + " NUMERIC in the query");
        }
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aMissingColumn_isNamed_withTheResultsColumns(Database database) throws SQLException {
        try (Connection c = database.connect()) {
            JdbcImportException e = thrown(BadDeals.columns().build(),
                    SqlSource.query(c, BASE + ", CAST(1 AS NUMERIC(5, 2)) AS amount_usd"));
            assertThat(e.getMessage()).isEqualTo("query, column 'amount': is missing from the result (deal amount is"
                    + " mapped to it); the result's columns are [id, account, rep, channel, created, closed,"
                    + " stage, amount_usd]");
        }
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void textWhereADateBelongs_isRefused_askingForACast(Database database) throws SQLException {
        try (Connection c = database.connect()) {
            JdbcImportException e = thrown(BadDeals.columns().build(), SqlSource.query(c,
                    "SELECT id, account, rep, channel, amount, CAST(created AS VARCHAR) AS created, closed, stage"
                            + " FROM (" + BASE + ", CAST(1 AS NUMERIC(5, 2)) AS amount) t"));
            assertThat(e.column()).contains("created");
            assertThat(e.getMessage()).contains("which cannot hold deal createdDate (dates): cast it to DATE in the"
                    + " query");
        }
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void instantsWithoutAZone_areRefused_askingForOne(Database database) throws SQLException {
        try (Connection c = database.connect()) {
            SqlSource query = SqlSource.query(c, "SELECT 'D1' AS id, 'ACME' AS account, 'Ana' AS rep, 'Web' AS"
                    + " channel, CAST(1 AS NUMERIC(5, 2)) AS amount, TIMESTAMPTZ '2017-01-10 10:00:00+00' AS created,"
                    + " CAST(NULL AS DATE) AS closed, 'Engaging' AS stage");
            JdbcImportException e = thrown(BadDeals.columns().build(), query);
            assertThat(e.column()).contains("created");
            assertThat(e.reason()).endsWith("which holds instants: set the zone in which they become business dates"
                    + " with zone(ZoneId)");
            assertThat(BadDeals.columns().zone(ZoneId.of("UTC")).build().readAll(query).loaded()).hasSize(1);
        }
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aFailingQuery_stopsBothModes_withTheDriversException(Database database) throws SQLException {
        try (Connection c = database.connect()) {
            JdbcImportException e = thrown(BadDeals.columns().lenient().build(),
                    SqlSource.query(c, "SELECT * FROM no_such_table").named("deals"));
            assertThat(e.isRowProblem()).isFalse();
            assertThat(e.column()).isEmpty();
            assertThat(e.getMessage()).startsWith("deals: the query failed: ");
            assertThat(e.getCause()).isInstanceOf(SQLException.class);
        }
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void anUnknownCurrencyCode_isABadRow_andAMissingOneTakesTheMappingsCurrency(Database database)
            throws SQLException {
        try (Connection c = database.connect()) {
            SqlSource query = SqlSource.query(c, "SELECT * FROM (" + BASE + ", CAST(12.5 AS NUMERIC(5, 2)) AS amount,"
                    + " 'XYZ' AS ccy UNION ALL " + BASE.replace("'D1'", "'D2'") + ", CAST(7 AS NUMERIC(5, 2)),"
                    + " NULL) t ORDER BY id");
            JdbcImportResult<List<Deal>> result = BadDeals.columns().currencyColumn("ccy").currency("EUR").lenient()
                    .build().readAll(query);

            assertThat(result.rejected()).extracting(RejectedRow::toString).containsExactly("row 1, column 'ccy',"
                    + " value 'XYZ': deal 'D1': currency ('XYZ') is not a currency with a fixed number of decimal"
                    + " places");
            assertThat(result.loaded()).singleElement().extracting(d -> d.amount().toString()).isEqualTo("EUR 7.00");
        }
    }

    @Test
    void postgresInfinity_isNotADateATableCanHold() throws SQLException {
        try (Connection c = Database.POSTGRES.connect()) {
            SqlSource query = SqlSource.query(c, "SELECT 'D1' AS id, 'ACME' AS account, 'Ana' AS rep, 'Web' AS"
                    + " channel, CAST(1 AS NUMERIC(5, 2)) AS amount, DATE 'infinity' AS created,"
                    + " DATE '2017-01-01' AS closed, 'Engaging' AS stage");
            for (Runnable read : List.<Runnable>of(() -> BadDeals.columns().build().readAll(query),
                    () -> BadDeals.columns().build().readTable(query))) {
                assertThatThrownBy(read::run).asInstanceOf(type(JdbcImportException.class)).satisfies(e -> {
                    assertThat(e.column()).contains("created");
                    assertThat(e.value()).contains("infinity");
                    assertThat(e.reason()).isEqualTo("deal 'D1': createdDate (infinity) is not a date a table can"
                            + " hold");
                });
            }
        }
    }
}
