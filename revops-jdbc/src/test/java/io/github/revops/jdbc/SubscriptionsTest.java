package io.github.revops.jdbc;

import io.github.revops.domain.BillingInterval;
import io.github.revops.domain.InvalidRecordException;
import io.github.revops.domain.Subscription;
import io.github.revops.math.Rational;
import io.github.revops.money.ExactMoney;
import io.github.revops.money.Money;
import io.github.revops.recurring.MrrBridge;
import io.github.revops.recurring.MrrTotal;
import io.github.revops.recurring.RecurringRevenue;
import io.github.revops.table.SubscriptionTable;
import io.github.revops.time.Granularity;
import io.github.revops.time.Period;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The RavenStack subscriptions (src/test/resources/ravenstack, 5,000 rows) read back from both databases: the 13
 * rows that end on the day they start are bad rows (set aside when lenient, the first of them stops a strict
 * import), and MRR at each month end of 2024 equals a plain sum over the file's lines, through records and through
 * a table.
 */
@Timeout(180)
class SubscriptionsTest {

    /** The monthly amount per interval: an annual row bills twelve times its monthly amount. */
    private static final String QUERY = "SELECT subscription_id, account_id, billing_frequency, start_date, end_date,"
            + " is_trial, CASE billing_frequency WHEN 'annual' THEN mrr_amount * 12 ELSE mrr_amount END AS amount"
            + " FROM subscriptions ORDER BY subscription_id";

    private record Line(String id, LocalDate start, LocalDate end, boolean trial, long mrrCents) {
    }

    private static final Map<Database, Connection> LOADED = new EnumMap<>(Database.class);

    @BeforeAll
    static void loadIntoBoth() throws SQLException {
        for (Database database : Database.values()) {
            Connection c = database.connect();
            LOADED.put(database, c);
            load(c, database);
        }
    }

    @AfterAll
    static void close() throws SQLException {
        for (Connection c : LOADED.values()) {
            c.close();
        }
    }

    private static void load(Connection c, Database database) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS subscriptions");
            s.execute("CREATE TABLE subscriptions (subscription_id VARCHAR PRIMARY KEY, account_id VARCHAR,"
                    + " start_date DATE, end_date DATE, plan_tier VARCHAR, seats INTEGER, mrr_amount NUMERIC(12, 2),"
                    + " arr_amount NUMERIC(12, 2), is_trial BOOLEAN, upgrade_flag BOOLEAN, downgrade_flag BOOLEAN,"
                    + " churn_flag BOOLEAN, billing_frequency VARCHAR, auto_renew_flag BOOLEAN)");
        }
        database.loadCsv(c, "subscriptions", "ravenstack/ravenstack_subscriptions.csv");
    }

    private static SubscriptionColumns.Builder columns() {
        return SubscriptionColumns.builder().id("subscription_id").customer("account_id").amount("amount")
                .currency("USD").interval("billing_frequency").start("start_date").end("end_date")
                .trial("is_trial");
    }

    private static List<Line> lines() throws IOException {
        return Files.readAllLines(Database.resourcePath("ravenstack/ravenstack_subscriptions.csv")).stream()
                .skip(1).map(line -> line.split(",", -1))
                .map(c -> new Line(c[0], LocalDate.parse(c[2]), c[3].isEmpty() ? null : LocalDate.parse(c[3]),
                        c[8].equals("TRUE"), Long.parseLong(c[6]) * 100))
                .sorted(Comparator.comparing(Line::id)).toList();
    }

    private static ExactMoney loopMrr(List<Line> lines, LocalDate date) {
        long cents = 0;
        for (Line line : lines) {
            if (!line.trial() && !line.start().isAfter(date) && (line.end() == null || line.end().isAfter(date))) {
                cents += line.mrrCents();
            }
        }
        return ExactMoney.ofMinor(Money.currency("USD"), Rational.of(cents));
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void lenient_setsAsideTheThirteenRowsThatEndOnTheirStart_andMrrEqualsAPlainSum(Database database)
            throws IOException {
        Connection c = LOADED.get(database);
        SubscriptionColumns lenient = columns().lenient().build();
        JdbcImportResult<List<Subscription>> records = lenient.readAll(SqlSource.query(c, QUERY));
        JdbcImportResult<SubscriptionTable> table = lenient.readTable(SqlSource.query(c, QUERY));

        List<Line> lines = lines();
        List<Long> badRows = IntStream.range(0, lines.size())
                .filter(i -> lines.get(i).end() != null && !lines.get(i).end().isAfter(lines.get(i).start()))
                .mapToObj(i -> i + 1L).toList();
        assertThat(badRows).hasSize(13);
        assertThat(records.summary().rowsRead()).isEqualTo(5_000);
        assertThat(records.loaded()).hasSize(4_987);
        assertThat(records.rejected()).extracting(RejectedRow::row).isEqualTo(badRows);
        assertThat(table.rejected()).isEqualTo(records.rejected());
        assertThat(table.loaded().size()).isEqualTo(4_987);
        RejectedRow first = records.rejected().get(0);
        assertThat(first.column()).isEqualTo("end_date");
        assertThat(first.reason()).endsWith("endDate (" + first.value().orElseThrow() + ") must be after"
                + " startDate (" + first.value().orElseThrow() + ")");

        RecurringRevenue revenue = RecurringRevenue.of(records.loaded());
        for (Period month : Period.year(2024).months()) {
            LocalDate end = month.lastDay();
            ExactMoney expected = loopMrr(lines, end);
            assertThat(revenue.mrrAt(end).mrr()).as("records, %s", end).isEqualTo(expected);
            assertThat(MrrTotal.of(table.loaded(), end).mrr()).as("table, %s", end).isEqualTo(expected);
        }
        assertThat(MrrBridge.series(table.loaded(), Period.year(2024), Granularity.MONTH))
                .isEqualTo(MrrBridge.series(records.loaded(), Period.year(2024), Granularity.MONTH));
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void strict_stopsAtTheFirstRowThatEndsOnItsStart(Database database) throws IOException {
        Connection c = LOADED.get(database);
        List<Line> lines = lines();
        int index = IntStream.range(0, lines.size())
                .filter(i -> lines.get(i).end() != null && lines.get(i).end().equals(lines.get(i).start()))
                .findFirst().orElseThrow();
        Line bad = lines.get(index);
        String message = "subscriptions row " + (index + 1) + ", column 'end_date', value '" + bad.end()
                + "': subscription '" + bad.id() + "': endDate (" + bad.end() + ") must be after startDate ("
                + bad.start() + ")";
        SqlSource query = SqlSource.query(c, QUERY).named("subscriptions");

        assertThatThrownBy(() -> columns().build().readAll(query)).hasMessage(message)
                .hasCauseInstanceOf(InvalidRecordException.class);
        assertThatThrownBy(() -> columns().build().readTable(query)).hasMessage(message)
                .hasCauseInstanceOf(InvalidRecordException.class);
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void monthlyAmounts_areBilledTimesTheIntervalsMonths_asTheQuerysCaseDoes(Database database)
            throws IOException {
        Connection c = LOADED.get(database);
        JdbcImportResult<List<Subscription>> inSql = columns().lenient().build()
                .readAll(SqlSource.query(c, QUERY));
        JdbcImportResult<List<Subscription>> monthly = columns().amount("mrr_amount")
                .amountBasis(AmountBasis.MONTHLY).lenient().build()
                .readAll(SqlSource.query(c, "SELECT * FROM subscriptions ORDER BY subscription_id"));

        assertThat(monthly.loaded()).isEqualTo(inSql.loaded());
        assertThat(monthly.loaded()).as("annual plans, billed twelve months at a time")
                .filteredOn(s -> s.interval().equals(BillingInterval.YEAR)).isNotEmpty();
        JdbcImportResult<List<Subscription>> weekly = columns().amount("mrr_amount")
                .amountBasis(AmountBasis.MONTHLY).lenient().build().readAll(SqlSource.query(c,
                        "SELECT subscription_id, account_id, 'weekly' AS billing_frequency, start_date, end_date,"
                                + " is_trial, mrr_amount FROM subscriptions ORDER BY subscription_id LIMIT 1"));
        assertThat(weekly.rejected()).singleElement().extracting(RejectedRow::column, RejectedRow::reason)
                .containsExactly("billing_frequency", "subscription '" + lines().get(0).id() + "': interval"
                        + " ('weekly') has no whole number of months, so a monthly amount cannot be billed per"
                        + " WEEK");
    }
}
