package io.github.revops.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes the properties of one object, in order: the parts it is made of ({@link #put}), then the figures computed
 * from them ({@link #derived}), which a reader may leave out and which must match the parts when given.
 *
 * <p>A second mode computes only the derived figures, as trees: what {@link ObjectCodec} checks a document's
 * figures against.
 */
final class ObjectOut {

    private final JsonSink sink;
    private final boolean derivedOnly;
    private final List<String> names = new ArrayList<>();
    private final Map<String, JsonTree> derived = new LinkedHashMap<>();

    private ObjectOut(JsonSink sink, boolean derivedOnly) {
        this.sink = sink;
        this.derivedOnly = derivedOnly;
    }

    static ObjectOut to(JsonSink sink) {
        return new ObjectOut(Objects.requireNonNull(sink, "sink"), false);
    }

    static ObjectOut derivedOnly() {
        return new ObjectOut(null, true);
    }

    /** Writes a part of the value: a property a reader needs. */
    <V> ObjectOut put(String name, Codec<V> codec, V value) {
        names.add(name);
        if (!derivedOnly) {
            sink.name(name);
            codec.write(value, sink);
        }
        return this;
    }

    /** Writes a figure computed from the parts: read-only, checked against the parts when a document has it. */
    <V> ObjectOut derived(String name, Codec<V> codec, V value) {
        names.add(name);
        if (derivedOnly) {
            TreeSink tree = new TreeSink();
            codec.write(value, tree);
            derived.put(name, tree.result());
        } else {
            sink.name(name);
            codec.write(value, sink);
        }
        return this;
    }

    /** The names of every property written, in order. */
    List<String> names() {
        return names;
    }

    /** In the derived-only mode, each derived figure by name. */
    Map<String, JsonTree> derivedFigures() {
        return derived;
    }
}
