/** A user's modular application: it requires revops-jackson's module by its name (which brings Jackson 3's). */
module consumer.jackson {
    requires io.github.revops.jackson;
}
