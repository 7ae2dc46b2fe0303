/** A user's modular application: it requires revops-jackson2's module by its name (which brings Jackson 2's). */
module consumer.jackson2 {
    requires io.github.revops.jackson2;
}
