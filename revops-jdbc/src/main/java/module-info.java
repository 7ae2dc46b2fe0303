/**
 * revops JDBC import: deals, subscriptions, spend and forecast submissions from a SQL query, into records or straight
 * into column tables, strict or lenient, streaming. Bring your own JDBC driver.
 * <pre>{@code
 * DealColumns columns = DealColumns.builder().id("id").customer("account").owner("owner").source("source")
 *         .amount("amount").currency("USD").created("created").closeDate("closed").status("status").build();
 * DealTable table = columns.readTable(SqlSource.query(dataSource, "SELECT * FROM deals")).loaded();
 * }</pre>
 */
module io.github.revops.jdbc {
    requires transitive io.github.revops;
    requires transitive java.sql;

    exports io.github.revops.jdbc;
}
