/** A user's modular application: it requires revops-jdbc's module by its name (which brings revops-core's). */
module consumer.jdbc {
    requires io.github.revops.jdbc;
    requires java.sql;
}
