/**
 * The JSON shapes of the revops records and results, independent of any JSON library.
 *
 * <p>Every public record and result of revops-core has one documented shape (docs/json.md) and a JSON Schema
 * (the {@code json-schema/} folder of this jar). {@link io.github.revops.json.RevopsJson} writes a value to a
 * {@link io.github.revops.json.JsonSink} and reads it back from a {@link io.github.revops.json.JsonTree}; the
 * modules {@code io.github.revops.jackson} (Jackson 3) and {@code io.github.revops.jackson2} (Jackson 2) adapt these
 * to Jackson, and are what an application uses.
 */
module io.github.revops.json {
    requires transitive io.github.revops;

    exports io.github.revops.json;
}
