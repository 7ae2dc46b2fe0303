package io.github.revops.jdbc;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Where an import's rows come from: a SQL query with its parameters, run on a {@link DataSource} or on a
 * {@link Connection}, or a {@link ResultSet} the caller already has. Rows are read one at a time, {@link #fetchSize}
 * rows a round trip, never the whole result at once (as far as the driver allows: see below).
 * <pre>{@code
 * SqlSource deals = SqlSource.query(dataSource,
 *         "SELECT * FROM deals WHERE close_date >= ? OR close_date IS NULL", LocalDate.of(2017, 1, 1))
 *         .named("deals");
 * }</pre>
 *
 * <h2>Streaming</h2>
 * A query runs as a forward-only, read-only {@link PreparedStatement} with the fetch size set (10,000 rows unless
 * set); parameters are bound with {@link PreparedStatement#setObject(int, Object)} ({@code LocalDate},
 * {@code BigDecimal}, {@code String}, ...). Whether a driver then streams depends on the driver: PostgreSQL's
 * fetches {@code fetchSize} rows at a time only inside a transaction, that is with auto-commit off, and otherwise
 * loads the whole result into memory first.
 * <ul>
 *   <li>{@link #query(DataSource, String, Object...)} takes a connection of its own, turns auto-commit off, reads,
 *       ends the transaction with a rollback (an import only reads), restores auto-commit and closes the
 *       connection: it streams on PostgreSQL.</li>
 *   <li>{@link #query(Connection, String, Object...)} leaves the caller's connection as it is (its auto-commit,
 *       its transaction) and closes only its statement: turn auto-commit off yourself to stream on PostgreSQL.</li>
 *   <li>{@link #of(ResultSet)} reads from the result set's current row on, and closes nothing.</li>
 * </ul>
 * DuckDB's driver ignores the fetch size and reads the result in chunks of its own.
 *
 * <h2>Implementation Requirements:</h2>
 * This class is immutable. A source over a data source can be read any number of times, from any thread (each read
 * takes its own connection); a source over a connection or a result set is as thread-safe as they are.
 *
 * @since 0.1.0
 */
public final class SqlSource {

    /** The rows a round trip fetches unless {@link #withFetchSize} is set. */
    public static final int DEFAULT_FETCH_SIZE = 10_000;

    private final String name;
    private final DataSource dataSource;
    private final Connection connection;
    private final ResultSet resultSet;
    private final String sql;
    private final List<Object> parameters;
    private final int fetchSize;

    private SqlSource(String name, DataSource dataSource, Connection connection, ResultSet resultSet, String sql,
                      List<Object> parameters, int fetchSize) {
        this.name = name;
        this.dataSource = dataSource;
        this.connection = connection;
        this.resultSet = resultSet;
        this.sql = sql;
        this.parameters = parameters;
        this.fetchSize = fetchSize;
    }

    /**
     * Obtains a query run on a connection of a data source, which streams on PostgreSQL (see the class comment).
     *
     * @param dataSource  where connections come from, not null
     * @param sql  the query, with {@code ?} for each parameter, not null
     * @param parameters  the parameters in order, each not null
     * @return the source, named {@code "query"}, never null
     */
    public static SqlSource query(DataSource dataSource, String sql, Object... parameters) {
        return new SqlSource("query", Objects.requireNonNull(dataSource, "dataSource"), null, null,
                Objects.requireNonNull(sql, "sql"), parameters(parameters), DEFAULT_FETCH_SIZE);
    }

    /**
     * Obtains a query run on the caller's connection, whose auto-commit and transaction are left as they are.
     *
     * @param connection  the connection, not null; not closed by an import
     * @param sql  the query, with {@code ?} for each parameter, not null
     * @param parameters  the parameters in order, each not null
     * @return the source, named {@code "query"}, never null
     */
    public static SqlSource query(Connection connection, String sql, Object... parameters) {
        return new SqlSource("query", null, Objects.requireNonNull(connection, "connection"), null,
                Objects.requireNonNull(sql, "sql"), parameters(parameters), DEFAULT_FETCH_SIZE);
    }

    /**
     * Obtains the rows of an open result set, from its current position on. An import moves the cursor to the end
     * and closes nothing; the result set's fetch size is the caller's.
     *
     * @param resultSet  the result set, not null
     * @return the source, named {@code "result set"}, never null
     */
    public static SqlSource of(ResultSet resultSet) {
        return new SqlSource("result set", null, null, Objects.requireNonNull(resultSet, "resultSet"), null,
                List.of(), 0);
    }

    private static List<Object> parameters(Object... parameters) {
        Objects.requireNonNull(parameters, "parameters");
        for (int i = 0; i < parameters.length; i++) {
            Objects.requireNonNull(parameters[i], "parameters[" + i + "]");
        }
        return List.copyOf(Arrays.asList(parameters));
    }

    /**
     * Returns a copy that fetches a number of rows a round trip.
     *
     * @param rows  the rows, at least 1
     * @return the source, never null
     * @throws IllegalArgumentException if rows is below 1
     * @throws IllegalStateException if the source is a result set, whose fetch size is the caller's
     */
    public SqlSource withFetchSize(int rows) {
        if (rows < 1) {
            throw new IllegalArgumentException("rows (" + rows + ") must be >= 1");
        }
        if (resultSet != null) {
            throw new IllegalStateException("a result set's fetch size is the caller's: set it on the statement");
        }
        return new SqlSource(name, dataSource, connection, null, sql, parameters, rows);
    }

    /**
     * Returns a copy with the name that messages give the source, such as {@code "deals"}.
     *
     * @param sourceName  the name, not blank
     * @return the source, never null
     * @throws IllegalArgumentException if the name is blank
     */
    public SqlSource named(String sourceName) {
        Objects.requireNonNull(sourceName, "sourceName");
        if (sourceName.isBlank()) {
            throw new IllegalArgumentException("sourceName ('" + sourceName + "') must not be blank");
        }
        return new SqlSource(sourceName.strip(), dataSource, connection, resultSet, sql, parameters, fetchSize);
    }

    /**
     * Returns the name messages give the source.
     *
     * @return the name, never null
     */
    public String name() {
        return name;
    }

    /**
     * Returns the rows fetched a round trip.
     *
     * @return the fetch size, or 0 for a result set (the caller's)
     */
    public int fetchSize() {
        return fetchSize;
    }

    /** Reads the rows of a result: called once, with the cursor before the first row to read. */
    @FunctionalInterface
    interface Reading<R> {
        R read(ResultSet rows) throws SQLException;
    }

    /**
     * Runs the query (or takes the result set), hands the result to the reading and closes what this source opened.
     *
     * @throws JdbcImportException if the query, the connection or a row's cursor fails
     */
    <R> R read(Reading<R> reading) {
        try {
            if (resultSet != null) {
                return reading.read(resultSet);
            }
            if (connection != null) {
                return run(connection, reading);
            }
            return readInTransaction(reading);
        } catch (SQLException e) {
            throw JdbcImportException.ofQuery(name, "the query failed: " + e.getMessage(), e);
        }
    }

    private <R> R readInTransaction(Reading<R> reading) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            if (autoCommit) {
                c.setAutoCommit(false);
            }
            R result;
            try {
                result = run(c, reading);
            } catch (RuntimeException | SQLException e) {
                try {
                    end(c, autoCommit);
                } catch (SQLException ending) {
                    e.addSuppressed(ending);
                }
                throw e;
            }
            end(c, autoCommit);
            return result;
        }
    }

    /** Ends the import's transaction (it only read) and gives the connection back as it was. */
    private static void end(Connection c, boolean autoCommit) throws SQLException {
        c.rollback();
        if (autoCommit) {
            c.setAutoCommit(true);
        }
    }

    private <R> R run(Connection c, Reading<R> reading) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY,
                ResultSet.CONCUR_READ_ONLY)) {
            statement.setFetchSize(fetchSize);
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            try (ResultSet rows = statement.executeQuery()) {
                return reading.read(rows);
            }
        }
    }
}
