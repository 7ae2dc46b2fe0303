/**
 * Jackson 3 support for revops: {@link io.github.revops.jackson.RevopsModule} writes every record and result of
 * revops-core in its documented JSON shape (revops-json) and reads it back. A mapper built with
 * {@code findAndAddModules()} (as Spring Boot 4 does) finds it through the service loader.
 */
module io.github.revops.jackson {
    requires transitive io.github.revops.json;
    requires transitive tools.jackson.databind;

    exports io.github.revops.jackson;

    provides tools.jackson.databind.JacksonModule with io.github.revops.jackson.RevopsModule;
}
