/** A user's modular application: it requires revops-core's module by its name. */
module consumer.core {
    requires io.github.revops;
}
