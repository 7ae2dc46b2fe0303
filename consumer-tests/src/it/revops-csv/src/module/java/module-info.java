/** A user's modular application: it requires revops-csv's module by its name (which brings revops-core's). */
module consumer.csv {
    requires io.github.revops.csv;
}
