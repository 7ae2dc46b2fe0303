package io.github.revops.examples.report;

import io.github.revops.csv.CsvImportResult;
import io.github.revops.csv.CsvImportSummary;
import io.github.revops.csv.RejectedRow;
import io.github.revops.domain.Deal;
import io.github.revops.domain.DealStatus;
import io.github.revops.domain.Subscription;
import io.github.revops.jdbc.AmountBasis;
import io.github.revops.jdbc.DealColumns;
import io.github.revops.jdbc.ImportMode;
import io.github.revops.jdbc.JdbcImportException;
import io.github.revops.jdbc.JdbcImportResult;
import io.github.revops.jdbc.JdbcImportSummary;
import io.github.revops.jdbc.SqlSource;
import io.github.revops.jdbc.SubscriptionColumns;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;

/**
 * The report's database input ({@code --jdbc}): a deals query read in the maven-crm layout and a subscriptions query
 * read in the RavenStack layout, the columns the bundled files have, through revops-jdbc. Each query runs on a
 * connection of its own, in a transaction that is rolled back (so that PostgreSQL streams the rows); the password
 * comes from an environment variable and is never printed.
 *
 * <p>The results take the CSV imports' form so that the report shows them alike: a bad row's number in the result
 * is its "line", SQL {@code NULL} its value {@code NULL}.
 */
public final class QueryInput {

    /**
     * The columns of the maven-crm layout, read as the CSV preset reads the file: a missing account is
     * "(no account)", a missing close value 0, and the source "(none)".
     */
    private static final String MAVEN_CRM = "SELECT opportunity_id, sales_agent, deal_stage, engage_date, close_date,"
            + " COALESCE(account, '(no account)') AS revops_account, COALESCE(close_value, 0) AS revops_amount,"
            + " '(none)' AS revops_source FROM (" + QueryInput.QUERY + ") AS deals";

    /** Where the caller's query goes in {@link #MAVEN_CRM}. */
    private static final String QUERY = "{query}";

    private final String url;
    private final Properties credentials;
    private final String currency;
    private final ImportMode mode;

    /**
     * Creates the input of a database.
     *
     * @param url  the JDBC URL, not null
     * @param user  the user, or empty to let the driver or the URL decide
     * @param password  the password, or empty
     * @param currency  the currency of the amounts, an ISO-4217 code, not null
     * @param strict  true to stop at the first bad row, false to set bad rows aside
     */
    public QueryInput(String url, Optional<String> user, Optional<String> password, String currency,
                      boolean strict) {
        this.url = Objects.requireNonNull(url, "url");
        this.credentials = new Properties();
        user.ifPresent(u -> credentials.setProperty("user", u));
        password.ifPresent(p -> credentials.setProperty("password", p));
        this.currency = Objects.requireNonNull(currency, "currency");
        this.mode = strict ? ImportMode.STRICT : ImportMode.LENIENT;
    }

    /**
     * Reads the deals a query returns in the maven-crm layout ({@code opportunity_id, sales_agent, account,
     * deal_stage, engage_date, close_date, close_value}; Won, Lost, and Engaging or Prospecting as open).
     *
     * @param sql  the query, not null
     * @return the deals and the import summary, never null
     * @throws JdbcImportException at a bad row in strict mode, or if the query fails or lacks a column
     * @throws IllegalArgumentException if the database cannot be reached
     */
    public CsvImportResult<Deal> deals(String sql) {
        DealColumns columns = DealColumns.builder().id("opportunity_id").customer("revops_account")
                .owner("sales_agent").source("revops_source").amount("revops_amount").currency(currency)
                .created("engage_date").closeDate("close_date").status("deal_stage")
                .statusLabel("Won", DealStatus.WON).statusLabel("Lost", DealStatus.LOST)
                .statusLabel("Engaging", DealStatus.OPEN).statusLabel("Prospecting", DealStatus.OPEN)
                .mode(mode).build();
        return read("deals query", MAVEN_CRM.replace(QUERY, withoutSemicolon(sql)), columns::readAll);
    }

    /**
     * Reads the subscriptions a query returns in the RavenStack layout ({@code subscription_id, account_id,
     * mrr_amount} a month, {@code billing_frequency, start_date, end_date} exclusive, {@code is_trial}).
     *
     * @param sql  the query, not null
     * @return the subscriptions and the import summary, never null
     * @throws JdbcImportException at a bad row in strict mode, or if the query fails or lacks a column
     * @throws IllegalArgumentException if the database cannot be reached
     */
    public CsvImportResult<Subscription> subscriptions(String sql) {
        SubscriptionColumns columns = SubscriptionColumns.builder().id("subscription_id").customer("account_id")
                .amount("mrr_amount").amountBasis(AmountBasis.MONTHLY).currency(currency)
                .interval("billing_frequency").start("start_date").end("end_date").trial("is_trial")
                .mode(mode).build();
        return read("subscriptions query", withoutSemicolon(sql), columns::readAll);
    }

    private <T> CsvImportResult<T> read(String name, String sql,
                                        Function<SqlSource, JdbcImportResult<List<T>>> reader) {
        try (Connection connection = connect()) {
            connection.setAutoCommit(false);
            try {
                JdbcImportResult<List<T>> result = reader.apply(SqlSource.query(connection, sql).named(name));
                return new CsvImportResult<>(result.loaded(), summary(result.summary()));
            } finally {
                connection.rollback();
            }
        } catch (SQLException e) {
            throw new IllegalArgumentException("--jdbc: " + e.getMessage(), e);
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url, credentials);
    }

    private static String withoutSemicolon(String sql) {
        String query = sql.strip();
        return query.endsWith(";") ? query.substring(0, query.length() - 1) : query;
    }

    private static CsvImportSummary summary(JdbcImportSummary summary) {
        List<RejectedRow> rejected = summary.rejected().stream()
                .map(r -> new RejectedRow(r.row(), r.column(), r.value().orElse("NULL"), r.reason())).toList();
        return new CsvImportSummary(summary.source(), summary.rowsRead(), summary.accepted(), rejected, List.of(),
                summary.rejectedNotListed(), 0);
    }
}
