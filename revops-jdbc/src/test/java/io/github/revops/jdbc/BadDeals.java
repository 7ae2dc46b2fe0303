package io.github.revops.jdbc;

import io.github.revops.domain.DealStatus;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A table of seven deals, five of them bad in the ways the tests check (a null created date, a negative amount, an
 * unknown status, a close date before the created date, a cent fraction), and its mapping.
 */
final class BadDeals {

    /** The deals in id order: rows 1 to 7 of {@link #QUERY}. */
    static final String QUERY = "SELECT * FROM bad_deals ORDER BY id";

    private BadDeals() {
    }

    /**
     * Creates the table {@code bad_deals} with its seven rows.
     *
     * @param connection  the connection
     * @throws SQLException if the database refuses
     */
    static void create(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("DROP TABLE IF EXISTS bad_deals");
            s.execute("CREATE TABLE bad_deals (id VARCHAR, account VARCHAR, rep VARCHAR, channel VARCHAR,"
                    + " amount NUMERIC(12, 3), created DATE, closed DATE, stage VARCHAR)");
            s.execute("INSERT INTO bad_deals VALUES"
                    + " ('D1', 'ACME', 'Ana', 'Web', 100.00, DATE '2017-01-10', DATE '2017-02-01', 'Won'),"
                    + " ('D2', 'ACME', 'Ana', 'Web', 50.00, NULL, NULL, 'Engaging'),"
                    + " ('D3', 'Globex', 'Bo', 'Ads', -5.00, DATE '2017-01-01', DATE '2017-01-05', 'Lost'),"
                    + " ('D4', 'Globex', 'Bo', 'Ads', 10.00, DATE '2017-01-01', NULL, 'Pending'),"
                    + " ('D5', 'Initech', 'Bo', 'Web', 0.00, DATE '2017-01-02', DATE '2017-05-05', 'Engaging'),"
                    + " ('D6', 'Initech', 'Ana', 'Ads', 70.00, DATE '2017-03-01', DATE '2017-02-01', 'Won'),"
                    + " ('D7', 'Umbrella', 'Ana', 'Web', 12.345, DATE '2017-01-01', DATE '2017-01-31', 'Won')");
        }
    }

    /**
     * Returns the mapping of the table's columns.
     *
     * @return the builder, to finish
     */
    static DealColumns.Builder columns() {
        return DealColumns.builder().id("id").customer("account").owner("rep").source("channel")
                .amount("amount").currency("USD").created("created").closeDate("closed").status("stage")
                .statusLabel("Won", DealStatus.WON).statusLabel("Lost", DealStatus.LOST)
                .statusLabel("Engaging", DealStatus.OPEN);
    }
}
