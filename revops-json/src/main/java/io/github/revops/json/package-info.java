/**
 * Writes revops records and results as JSON and reads them back, with no JSON library: the shared layer of the
 * Jackson modules (revops-jackson, revops-jackson2), which is where an application meets it.
 *
 * <p>{@link io.github.revops.json.RevopsJson} lists the types it handles, streams a value to a
 * {@link io.github.revops.json.JsonSink} and reads one from a {@link io.github.revops.json.JsonTree}; a bad document
 * throws {@link io.github.revops.json.JsonReadException} naming the property. The shapes are described in
 * docs/json.md and, one JSON Schema per shape, in the {@code json-schema/} folder of this module's jar.
 *
 * @since 0.1.0
 */
package io.github.revops.json;
