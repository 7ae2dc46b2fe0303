/**
 * Jackson 2 support for revops: {@link io.github.revops.jackson2.RevopsJackson2Module} writes every record and result
 * of revops-core in its documented JSON shape (revops-json) and reads it back. A mapper's
 * {@code findAndRegisterModules()} finds it through the service loader. The name ends in a digit on purpose, as
 * the artifact's does (docs/decisions/0133).
 */
@SuppressWarnings("module")
module io.github.revops.jackson2 {
    requires transitive io.github.revops.json;
    requires transitive com.fasterxml.jackson.databind;

    exports io.github.revops.jackson2;

    provides com.fasterxml.jackson.databind.Module with io.github.revops.jackson2.RevopsJackson2Module;
}
