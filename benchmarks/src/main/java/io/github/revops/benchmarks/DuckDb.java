package io.github.revops.benchmarks;

import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * An embedded, in-memory DuckDB holding the synthetic data in the anchor's tables ({@code deals}, {@code subs},
 * {@code month_ends}), loaded with the Appender API and limited to 2 threads, as in the performance issue's anchor.
 */
final class DuckDb implements AutoCloseable {

    private final DuckDBConnection connection;

    private DuckDb(DuckDBConnection connection) {
        this.connection = connection;
    }

    /** Opens an in-memory database with the deals or the subscription segments, and the 37 month ends. */
    static DuckDb load(SyntheticData data, boolean withDeals, boolean withSubscriptions) {
        try {
            DuckDBConnection c = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:");
            try (Statement s = c.createStatement()) {
                s.execute("SET threads=2");
                s.execute("CREATE TABLE deals (deal_id BIGINT, customer_id BIGINT, owner_id INTEGER, source TINYINT,"
                        + " type TINYINT, stage TINYINT, amount_cents BIGINT, created_day INTEGER,"
                        + " closed_day INTEGER)");
                s.execute("CREATE TABLE subs (sub_id BIGINT, customer_id BIGINT, start_day INTEGER,"
                        + " end_day INTEGER, mrr_cents BIGINT)");
                s.execute("CREATE TABLE month_ends (idx INTEGER, d INTEGER)");
            }
            try (DuckDBAppender a = c.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "deals")) {
                for (int i = 0; withDeals && i < data.dealCount; i++) {
                    a.beginRow().append((long) i).append((long) data.dealCustomer[i]).append(data.owner[i])
                            .append(data.source[i]).append(data.type[i]).append(data.status[i])
                            .append(data.amount[i]).append(data.created[i]).append(data.closed[i]).endRow();
                }
            }
            try (DuckDBAppender a = c.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "subs")) {
                for (int i = 0; withSubscriptions && i < data.subscriptionCount; i++) {
                    a.beginRow().append((long) i).append((long) data.subCustomer[i]).append(data.start[i])
                            .append(data.end[i]).append(data.mrr[i]).endRow();
                }
            }
            try (DuckDBAppender a = c.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "month_ends")) {
                for (int idx = -1; idx < Months.COUNT; idx++) {
                    a.beginRow().append(idx).append(Months.lastDay(idx)).endRow();
                }
            }
            try (Statement s = c.createStatement()) {
                s.execute("CHECKPOINT");
            }
            return new DuckDb(c);
        } catch (SQLException e) {
            throw new IllegalStateException("loading DuckDB failed", e);
        }
    }

    /** Runs a query and returns every row as an array of its columns, numbers as {@code double}. */
    List<double[]> query(String sql) {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            List<double[]> rows = new ArrayList<>();
            while (rs.next()) {
                double[] row = new double[columns];
                for (int k = 0; k < columns; k++) {
                    row[k] = rs.getDouble(k + 1);
                    if (rs.wasNull()) {
                        row[k] = Double.NaN;
                    }
                }
                rows.add(row);
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("query failed: " + sql, e);
        }
    }

    Connection connection() {
        return connection;
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The 36 months of 2022-2024 that every series covers, as in the anchor's {@code month_ends} table. */
    static final class Months {

        static final int COUNT = 36;
        static final YearMonth FIRST = YearMonth.of(2022, 1);
        /** Epoch day of 2024-01-01 and 2025-01-01: the one-year window of the deal metrics (calendar 2024). */
        static final int WINDOW_START = (int) LocalDate.of(2024, 1, 1).toEpochDay();
        static final int WINDOW_END = (int) LocalDate.of(2025, 1, 1).toEpochDay();

        private Months() {
        }

        /** Epoch day of the last day of month {@code idx} (0 = January 2022; -1 = December 2021). */
        static int lastDay(int idx) {
            return (int) FIRST.plusMonths(idx).atEndOfMonth().toEpochDay();
        }
    }
}
