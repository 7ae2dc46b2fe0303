/**
 * revops JDBC import.
 */
module io.github.revops.jdbc {
    requires transitive io.github.revops;
    requires transitive java.sql;

    exports io.github.revops.jdbc;
}
