package io.github.revops.jdbc;

import org.postgresql.PGConnection;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The two real databases the tests read from, each started by the tests: PostgreSQL (an embedded server, see
 * {@link PostgresServer}) and DuckDB (embedded, in memory, one database per connection).
 */
enum Database {

    POSTGRES {
        @Override
        Connection connect() throws SQLException {
            return PostgresServer.dataSource().getConnection();
        }

        @Override
        void loadCsv(Connection connection, String table, String resource) throws SQLException {
            try (InputStream in = resourceUrl(resource).openStream()) {
                connection.unwrap(PGConnection.class).getCopyAPI()
                        .copyIn("COPY " + table + " FROM STDIN WITH (FORMAT csv, HEADER true)", in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    },

    DUCKDB {
        @Override
        Connection connect() throws SQLException {
            return DriverManager.getConnection("jdbc:duckdb:");
        }

        @Override
        void loadCsv(Connection connection, String table, String resource) throws SQLException {
            try (Statement s = connection.createStatement()) {
                s.execute("INSERT INTO " + table + " SELECT * FROM read_csv('" + resourcePath(resource)
                        + "', header = true, auto_detect = false, columns = " + duckDbColumns(connection, table)
                        + ")");
            }
        }
    };

    /**
     * Opens a connection: to the shared embedded PostgreSQL server, or to a new in-memory DuckDB database.
     *
     * @return the connection, to close
     * @throws SQLException if the database cannot be reached
     */
    abstract Connection connect() throws SQLException;

    /**
     * Loads a CSV test resource with a header row into an existing table whose columns are in the file's order;
     * empty cells become SQL NULL.
     *
     * @param connection  the connection
     * @param table  the table
     * @param resource  the resource, such as {@code crm/sales_pipeline.csv}
     * @throws SQLException if the load fails
     */
    abstract void loadCsv(Connection connection, String table, String resource) throws SQLException;

    static URL resourceUrl(String resource) {
        URL url = Database.class.getClassLoader().getResource(resource);
        if (url == null) {
            throw new IllegalArgumentException("no test resource " + resource);
        }
        return url;
    }

    static Path resourcePath(String resource) {
        try {
            return Path.of(resourceUrl(resource).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(resource, e);
        }
    }

    /** The columns of a DuckDB table as read_csv's {@code columns} struct: {'name': 'TYPE', ...}. */
    private static String duckDbColumns(Connection connection, String table) throws SQLException {
        StringBuilder columns = new StringBuilder("{");
        try (Statement s = connection.createStatement();
             var rows = s.executeQuery("SELECT column_name, data_type FROM information_schema.columns"
                     + " WHERE table_name = '" + table + "' ORDER BY ordinal_position")) {
            while (rows.next()) {
                columns.append(columns.length() > 1 ? ", " : "").append('\'').append(rows.getString(1))
                        .append("': '").append(rows.getString(2)).append('\'');
            }
        }
        return columns.append('}').toString();
    }
}
