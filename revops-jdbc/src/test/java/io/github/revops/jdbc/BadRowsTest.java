package io.github.revops.jdbc;

import io.github.revops.domain.Deal;
import io.github.revops.domain.InvalidRecordException;
import io.github.revops.money.Money;
import io.github.revops.table.DealTable;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

/**
 * Bad rows, in both databases: strict stops at the first with the documented message (row, column, value, and the
 * domain's exception as cause and reason) and returns nothing; lenient sets each aside with the same reason and
 * keeps the good ones; records and tables reject the same rows.
 */
@Timeout(120)
class BadRowsTest {

    /** The lenient import's rejected rows, as the class comment of {@link RejectedRow} words them. */
    private static final List<String> REJECTED_AS_RECORDS = List.of(
            "row 2, column 'created', value NULL: deal 'D2': createdDate (null) is required",
            "row 3, column 'amount', value '-5.000': deal 'D3': amount (USD -5.00) must not be negative",
            "row 4, column 'stage', value 'Pending': deal 'D4': status ('Pending') is not a mapped label (known:"
                    + " Engaging, Lost, Won)",
            "row 6, column 'closed', value '2017-02-01': deal 'D6': closeDate (2017-02-01) must not be before"
                    + " createdDate (2017-03-01)",
            "row 7, column 'amount', value '12.345': deal 'D7': amount (12.345) has more decimal places than USD"
                    + " allows (2)");

    @ParameterizedTest
    @EnumSource(Database.class)
    void strict_stopsAtTheFirstBadRow_namingRowColumnValue_withTheDomainsException(Database database)
            throws SQLException {
        try (Connection c = database.connect()) {
            BadDeals.create(c);
            SqlSource query = SqlSource.query(c, BadDeals.QUERY).named("bad_deals");
            DealColumns strict = BadDeals.columns().build();

            for (Runnable read : List.<Runnable>of(() -> strict.readAll(query), () -> strict.readTable(query))) {
                assertThatThrownBy(read::run).isInstanceOf(JdbcImportException.class)
                        .hasMessage("bad_deals row 2, column 'created', value NULL: deal 'D2': createdDate (null)"
                                + " is required")
                        .hasCauseInstanceOf(InvalidRecordException.class)
                        .asInstanceOf(type(JdbcImportException.class)).satisfies(e -> {
                            assertThat(e.isRowProblem()).isTrue();
                            assertThat(e.row()).hasValue(2);
                            assertThat(e.column()).contains("created");
                            assertThat(e.value()).isEmpty();
                            assertThat(e.reason()).isEqualTo(e.getCause().getMessage())
                                    .isEqualTo("deal 'D2': createdDate (null) is required");
                            assertThat(((InvalidRecordException) e.getCause()).field()).isEqualTo("createdDate");
                        });
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void lenient_setsEachBadRowAsideWithItsReason_andKeepsTheGoodOnes(Database database) throws SQLException {
        try (Connection c = database.connect()) {
            BadDeals.create(c);
            JdbcImportResult<List<Deal>> result = BadDeals.columns().lenient().build()
                    .readAll(SqlSource.query(c, BadDeals.QUERY));

            assertThat(result.loaded()).extracting(Deal::id).containsExactly("D1", "D5");
            assertThat(result.loaded().get(0)).isEqualTo(Deal.builder("D1").customer("ACME").owner("Ana")
                    .source("Web").amount(Money.parse("USD 100.00")).created(LocalDate.of(2017, 1, 10))
                    .won(LocalDate.of(2017, 2, 1)).build());
            assertThat(result.rejected()).extracting(RejectedRow::toString).isEqualTo(REJECTED_AS_RECORDS);
            assertThat(result.summary()).isEqualTo(new JdbcImportSummary("query", 7, 2, result.rejected(), 0));
            assertThat(result.rejected().get(0).value()).isEmpty();
            assertThat(result.rejected().get(1).value()).contains("-5.000");
        }
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void tables_rejectTheSameRows_withTheirIdsAndTheTablesOwnWordsForAmounts(Database database) throws SQLException {
        try (Connection c = database.connect()) {
            BadDeals.create(c);
            JdbcImportResult<DealTable> result = BadDeals.columns().lenient().build()
                    .readTable(SqlSource.query(c, BadDeals.QUERY));

            assertThat(result.loaded().size()).isEqualTo(2);
            assertThat(result.loaded().amountMinor(0)).isEqualTo(10_000);
            List<String> expected = new ArrayList<>(REJECTED_AS_RECORDS);
            // a table holds minor units, so its builder names the negative amount in cents
            expected.set(1, "row 3, column 'amount', value '-5.000': deal 'D3': amount (-500) must not be negative");
            assertThat(result.rejected()).extracting(RejectedRow::toString).isEqualTo(expected);
            assertThat(result.rejected().get(1).reason()).isEqualTo("deal 'D3': amount (-500) must not be negative");
        }
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void lenient_listsAtMostMaxRowsListed_andCountsTheRest(Database database) throws SQLException {
        try (Connection c = database.connect()) {
            BadDeals.create(c);
            JdbcImportResult<List<Deal>> result = BadDeals.columns().lenient().maxRowsListed(2).build()
                    .readAll(SqlSource.query(c, BadDeals.QUERY));

            assertThat(result.rejected()).extracting(RejectedRow::row).containsExactly(2L, 3L);
            assertThat(result.summary().rejectedNotListed()).isEqualTo(3);
            assertThat(result.summary().rejectedCount()).isEqualTo(5);
            assertThat(result.summary().accepted()).isEqualTo(2);
        }
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void forEach_handsOverTheRecordsBeforeTheBadRow_thenStops(Database database) throws SQLException {
        try (Connection c = database.connect()) {
            BadDeals.create(c);
            List<String> seen = new ArrayList<>();

            assertThatThrownBy(() -> BadDeals.columns().build().forEach(SqlSource.query(c, BadDeals.QUERY),
                    deal -> seen.add(deal.id())))
                    .isInstanceOf(JdbcImportException.class).hasMessageStartingWith("query row 2, column 'created'");
            assertThat(seen).containsExactly("D1");
        }
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aCleanResult_readsTheSameStrictAndLenient(Database database) throws SQLException {
        try (Connection c = database.connect()) {
            BadDeals.create(c);
            SqlSource good = SqlSource.query(c, "SELECT * FROM bad_deals WHERE id IN (?, ?) ORDER BY id", "D1", "D5");

            JdbcImportResult<List<Deal>> strict = BadDeals.columns().build().readAll(good);
            JdbcImportResult<List<Deal>> lenient = BadDeals.columns().lenient().build().readAll(good);

            assertThat(strict.loaded()).extracting(Deal::id).containsExactly("D1", "D5");
            assertThat(lenient).isEqualTo(strict);
            assertThat(strict.loaded().get(1).closeDate()).as("an open deal's close date is its expected one")
                    .isEqualTo(Optional.empty());
        }
    }
}
