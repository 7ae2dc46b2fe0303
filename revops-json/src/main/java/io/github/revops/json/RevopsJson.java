package io.github.revops.json;

import java.util.Objects;
import java.util.Set;

/**
 * Writes the revops records and results in their documented JSON shapes and reads them back: the JSON-library-free
 * core of the Jackson modules.
 *
 * <p>Every public record and result of revops-core has a shape (docs/json.md, and a JSON Schema per shape in the
 * {@code json-schema/} folder of this jar). Writing streams a value to a {@link JsonSink}. Reading builds the value
 * through its own constructor or factory, so it obeys every rule of the type, and gives back an object equal to the
 * one written. Figures a shape computes from its parts (a ratio's {@code exact} and {@code decimal}, a breakdown's
 * {@code total}) may be left out of a document; when given, they must match the parts.
 * <pre>{@code
 * JsonTree money = RevopsJson.toTree(Money.parse("USD 2360.91"));   // {"currency":"USD","amount":"2360.91"}
 * Money back = (Money) RevopsJson.read(money, JsonType.of(Money.class), UnknownProperties.FAIL);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class RevopsJson {

    private RevopsJson() {
    }

    /**
     * Checks if a type has a revops JSON shape: every public record and result of revops-core does, and so do the
     * enums they use. A generic result ({@code Breakdown}, {@code TimeSeries}) counts for any type arguments that
     * have shapes.
     *
     * @param type  the type, not null
     * @return true when the type has a shape
     */
    public static boolean handles(Class<?> type) {
        return Shapes.handles(Objects.requireNonNull(type, "type"));
    }

    /**
     * Returns every type that has a shape.
     *
     * @return the types, unmodifiable, never null
     */
    public static Set<Class<?>> types() {
        return Shapes.types();
    }

    /**
     * Writes a value in its shape.
     *
     * @param value  the value, of a type that {@link #handles}, not null
     * @param sink  where the value goes, not null
     * @throws IllegalArgumentException if the value's type (or a breakdown's key or value) has no shape
     */
    public static void write(Object value, JsonSink sink) {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(sink, "sink");
        Shapes.forValue(value).write(value, sink);
    }

    /**
     * Returns a value in its shape as a tree.
     *
     * @param value  the value, of a type that {@link #handles}, not null
     * @return the tree, never null
     * @throws IllegalArgumentException if the value's type has no shape
     */
    public static JsonTree toTree(Object value) {
        TreeSink sink = new TreeSink();
        write(value, sink);
        return sink.result();
    }

    /**
     * Reads a value of a type from a document.
     *
     * @param tree  the document, not null
     * @param type  the type, with its type arguments for a generic result, not null
     * @param unknown  what to do with a property the shape does not have, not null
     * @return the value, never null
     * @throws JsonReadException if the document is not a value of the type; the message names the property
     * @throws IllegalArgumentException if the type has no shape, or is a generic result without type arguments
     */
    public static Object read(JsonTree tree, JsonType type, UnknownProperties unknown) {
        Objects.requireNonNull(tree, "tree");
        Objects.requireNonNull(unknown, "unknown");
        Codec<Object> codec = Shapes.forType(Objects.requireNonNull(type, "type"));
        return codec.read(Node.root(tree, unknown));
    }
}
