package io.github.revops.jdbc;

import io.github.revops.domain.ForecastCategory;
import io.github.revops.domain.ForecastSubmission;
import io.github.revops.domain.Spend;
import io.github.revops.domain.SpendCategory;
import io.github.revops.money.Money;
import io.github.revops.time.Period;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spend and forecast submissions from both databases: each good row is the record written out by hand, each bad row
 * is set aside with the record's own reason.
 */
@Timeout(120)
class SpendAndForecastTest {

    @ParameterizedTest
    @EnumSource(Database.class)
    void spend_rowsAreCostsOfOneDay_categoriesAndPaidFlagsRead(Database database) throws SQLException {
        try (Connection c = database.connect(); Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS costs");
            s.execute("CREATE TABLE costs (id VARCHAR, day DATE, cents BIGINT, category VARCHAR, channel VARCHAR,"
                    + " paid INTEGER)");
            s.execute("INSERT INTO costs VALUES ('SP-1', DATE '2026-03-02', 180000, 'marketing', 'Ads', 1),"
                    + " ('SP-2', DATE '2026-03-31', 60000, 'SALES', 'Team', 0),"
                    + " ('SP-3', DATE '2026-03-31', 100, 'Events', 'Expo', 0),"
                    + " ('SP-4', DATE '2026-03-31', 100, 'SALES', 'Team', 2),"
                    + " ('SP-5', NULL, 100, 'SALES', 'Team', NULL)");
            JdbcImportResult<List<Spend>> result = SpendColumns.builder().id("id").date("day").amount("cents")
                    .amountUnit(AmountUnit.MINOR).currency("USD").category("category").channel("channel")
                    .paid("paid").lenient().build().readAll(SqlSource.query(c, "SELECT * FROM costs ORDER BY id"));

            assertThat(result.loaded()).containsExactly(
                    Spend.of("SP-1", LocalDate.of(2026, 3, 2), Money.parse("USD 1800.00"), SpendCategory.MARKETING,
                            "Ads", true),
                    Spend.of("SP-2", LocalDate.of(2026, 3, 31), Money.parse("USD 600.00"), SpendCategory.SALES,
                            "Team", false));
            assertThat(result.rejected()).extracting(RejectedRow::toString).containsExactly(
                    "row 3, column 'category', value 'Events': spend 'SP-3': category ('Events') is not a mapped"
                            + " label (known: MARKETING, SALES)",
                    "row 4, column 'paid', value '2': spend 'SP-4': paid (2) is neither 0 (false) nor 1 (true)",
                    "row 5, column 'day', value NULL: spend 'SP-5': date (null) is required");
        }
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void forecasts_periodsAreHalfOpen_andAnEndNotAfterTheStartIsABadRow(Database database) throws SQLException {
        try (Connection c = database.connect(); Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS forecasts");
            s.execute("CREATE TABLE forecasts (id VARCHAR, rep VARCHAR, q_start DATE, q_end DATE, submitted DATE,"
                    + " category VARCHAR, amount NUMERIC(14, 2))");
            s.execute("INSERT INTO forecasts VALUES"
                    + " ('F-1', 'Ana', DATE '2026-01-01', DATE '2026-04-01', DATE '2026-01-05', 'COMMIT', 10000.00),"
                    + " ('F-2', 'Ana', DATE '2026-01-01', DATE '2026-04-01', DATE '2026-02-09', 'best_case', 9000),"
                    + " ('F-3', 'Bo', DATE '2026-04-01', DATE '2026-04-01', DATE '2026-04-02', 'COMMIT', 1.00),"
                    + " ('F-4', 'Bo', DATE '2026-04-01', DATE '2026-07-01', DATE '2026-04-02', 'COMMIT', -1.00)");
            JdbcImportResult<List<ForecastSubmission>> result = ForecastColumns.builder().id("id").submitter("rep")
                    .periodStart("q_start").periodEnd("q_end").submitted("submitted").category("category")
                    .amount("amount").currency("USD").lenient().build()
                    .readAll(SqlSource.query(c, "SELECT * FROM forecasts ORDER BY id"));

            assertThat(result.loaded()).containsExactly(
                    new ForecastSubmission("F-1", "Ana", Period.quarter(2026, 1), LocalDate.of(2026, 1, 5),
                            ForecastCategory.COMMIT, Money.parse("USD 10000.00")),
                    new ForecastSubmission("F-2", "Ana", Period.quarter(2026, 1), LocalDate.of(2026, 2, 9),
                            ForecastCategory.BEST_CASE, Money.parse("USD 9000.00")));
            assertThat(result.rejected()).extracting(RejectedRow::toString).containsExactly(
                    "row 3, column 'q_end', value '2026-04-01': forecast 'F-3': periodEnd (2026-04-01) must be"
                            + " after the period's start (2026-04-01)",
                    "row 4, column 'amount', value '-1.00': forecast 'F-4': amount (USD -1.00) must not be"
                            + " negative");
        }
    }
}
