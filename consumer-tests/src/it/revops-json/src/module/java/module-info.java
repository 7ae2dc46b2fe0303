/** A user's modular application: it requires revops-json's module by its name (which brings revops-core's). */
module consumer.json {
    requires io.github.revops.json;
}
