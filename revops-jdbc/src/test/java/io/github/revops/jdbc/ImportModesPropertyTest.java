package io.github.revops.jdbc;

import io.github.revops.domain.Deal;
import io.github.revops.pipeline.PipelineVelocity;
import io.github.revops.pipeline.SalesCycle;
import io.github.revops.pipeline.WinRate;
import io.github.revops.table.DealTable;
import io.github.revops.time.Period;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.quicktheories.core.Gen;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

/**
 * Random mutations of the cells of eight valid deals (nulls, blanks, negative and fractional amounts, unknown or
 * differently written labels, close dates before the created date), loaded into DuckDB. The laws: lenient mode
 * rejects the same rows, at the same columns, through records and through a table, and both give the same metrics;
 * strict mode returns only when lenient mode rejected nothing, then the same records, and otherwise stops at
 * lenient mode's first rejected row with its message; every row read is accepted or rejected.
 */
@Timeout(600)
class ImportModesPropertyTest {

    private static final Period YEAR = Period.year(2017);
    private static final List<Object[]> VALID = List.of(
            row("D1", "ACME", "Ana", "Web", "1200.00", "2017-01-10", "2017-02-01", "Won"),
            row("D2", "ACME", "Ana", "Ads", "0", "2017-01-15", "2017-03-01", "Lost"),
            row("D3", "Globex", "Bo", "Web", "99.99", "2017-02-01", null, "Engaging"),
            row("D4", "Initech", "Bo", "Ads", "5000", "2017-03-03", "2017-03-03", "Won"),
            row("D5", "Umbrella", "Cy", "Web", "310.50", "2016-12-30", "2017-06-30", "Won"),
            row("D6", "Hooli", "Cy", "Partner", "75.25", "2017-05-05", "2017-12-31", "Lost"),
            row("D7", "Hooli", "Ana", "Web", "1.00", "2017-07-07", null, "Engaging"),
            row("D8", "Stark", "Bo", "Partner", "42.00", "2017-08-08", "2018-01-02", "Won"));
    /** Values a mutation puts into a column, by column (1 account ... 7 stage); the id column is left alone. */
    private static final List<List<Object>> NASTY = List.of(
            List.of(),
            Arrays.asList(null, "", " ", "Acme"),
            Arrays.asList(null, "", "Zed"),
            Arrays.asList(null, " ", "Email"),
            Arrays.asList(null, "-0.01", "0.005", "12.300", "-100", "999999999.999"),
            Arrays.asList(null, "2017-12-31", "2016-01-01", "2018-06-01"),
            Arrays.asList(null, "2016-06-01", "2017-01-01", "2017-12-31"),
            Arrays.asList(null, "won", " Lost ", "Pending", "", "WON"));

    private static Connection connection;

    private static Object[] row(Object... cells) {
        return cells;
    }

    /** A mutation: which row, which column (1 to 7) and which of that column's nasty values. */
    record Mutation(int row, int column, int pick) {
    }

    private static Gen<Mutation> mutations() {
        return integers().between(0, VALID.size() - 1).zip(integers().between(1, 7), integers().between(0, 99),
                Mutation::new);
    }

    @BeforeAll
    static void open() throws SQLException {
        connection = Database.DUCKDB.connect();
        try (Statement s = connection.createStatement()) {
            BadDeals.create(connection);
            s.execute("DELETE FROM bad_deals");
        }
    }

    @AfterAll
    static void close() throws SQLException {
        connection.close();
    }

    @Test
    void modesAndForms_agreeOnEveryMutation() {
        qt().withExamples(150).withShrinkCycles(50).forAll(lists().of(mutations()).ofSizeBetween(0, 5))
                .checkAssert(list -> {
                    load(mutate(list));
                    checkLaws();
                });
    }

    private static List<Object[]> mutate(List<Mutation> mutations) {
        List<Object[]> rows = new ArrayList<>();
        VALID.forEach(r -> rows.add(r.clone()));
        for (Mutation m : mutations) {
            List<Object> values = NASTY.get(m.column());
            rows.get(m.row())[m.column()] = values.get(m.pick() % values.size());
        }
        return rows;
    }

    private static void load(List<Object[]> rows) {
        try (Statement s = connection.createStatement();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO bad_deals VALUES (?, ?, ?, ?,"
                     + " CAST(? AS NUMERIC(12, 3)), CAST(? AS DATE), CAST(? AS DATE), ?)")) {
            s.execute("DELETE FROM bad_deals");
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    insert.setObject(i + 1, row[i]);
                }
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void checkLaws() {
        SqlSource query = SqlSource.query(connection, BadDeals.QUERY);
        JdbcImportResult<List<Deal>> records = BadDeals.columns().lenient().build().readAll(query);
        JdbcImportResult<DealTable> table = BadDeals.columns().lenient().build().readTable(query);

        assertThat(table.rejected()).extracting(RejectedRow::row, RejectedRow::column)
                .isEqualTo(records.rejected().stream().map(r -> tuple(r.row(), r.column())).toList());
        assertThat(records.summary().accepted() + records.summary().rejectedCount()).isEqualTo(VALID.size());
        assertThat(records.loaded()).hasSize((int) records.summary().accepted());
        assertThat(table.loaded().size()).isEqualTo(records.loaded().size());
        assertThat(WinRate.of(table.loaded(), YEAR)).isEqualTo(WinRate.of(records.loaded(), YEAR));
        assertThat(SalesCycle.of(table.loaded(), YEAR)).isEqualTo(SalesCycle.of(records.loaded(), YEAR));
        assertThat(PipelineVelocity.of(table.loaded(), YEAR)).isEqualTo(PipelineVelocity.of(records.loaded(), YEAR));

        JdbcImportResult<List<Deal>> strict;
        try {
            strict = BadDeals.columns().build().readAll(query);
        } catch (JdbcImportException e) {
            assertThat(records.rejected()).isNotEmpty();
            assertThat(e.getMessage()).isEqualTo("query " + records.rejected().get(0));
            return;
        }
        assertThat(records.rejected()).isEmpty();
        assertThat(strict).isEqualTo(records);
    }
}
