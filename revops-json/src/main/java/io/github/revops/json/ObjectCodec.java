package io.github.revops.json;

import io.github.revops.domain.InvalidRecordException;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The codec of a type written as a JSON object: one writer lists its properties, one reader builds the value from
 * them through the type's own constructor or factory, so every rule of the type applies to what is read.
 *
 * <p>After the value is built, each property the reader did not use must be a figure the writer computes from the
 * parts ({@link ObjectOut#derived}), equal to what the value computes, or it is unknown: an error, unless unknown
 * properties are ignored.
 *
 * @param <T>  the type
 */
final class ObjectCodec<T> implements Codec<T> {

    /** Writes a value's properties. */
    @FunctionalInterface
    interface Writer<T> {
        void write(T value, ObjectOut out);
    }

    private final String name;
    private final Writer<T> writer;
    private final Function<ObjectIn, T> reader;
    private final Optional<UnaryOperator<T>> identity;

    private ObjectCodec(String name, Writer<T> writer, Function<ObjectIn, T> reader,
                        Optional<UnaryOperator<T>> identity) {
        this.name = name;
        this.writer = writer;
        this.reader = reader;
        this.identity = identity;
    }

    static <T> ObjectCodec<T> of(String name, Writer<T> writer, Function<ObjectIn, T> reader) {
        return new ObjectCodec<>(name, writer, reader, Optional.empty());
    }

    /** This codec for a {@code Mergeable} type, with the identity of its combine shaped like a sample. */
    ObjectCodec<T> combining(UnaryOperator<T> identityOf) {
        return new ObjectCodec<>(name, writer, reader, Optional.of(identityOf));
    }

    @Override
    public String expected() {
        return "a " + name + " object";
    }

    @Override
    public void write(T value, JsonSink out) {
        out.beginObject();
        writer.write(value, ObjectOut.to(out));
        out.endObject();
    }

    @Override
    public T read(Node node) {
        JsonTree.Obj object = node.object(expected());
        ObjectIn in = new ObjectIn(node, object);
        T value;
        try {
            value = Objects.requireNonNull(reader.apply(in), "value");
        } catch (JsonReadException e) {
            throw e;
        } catch (InvalidRecordException e) {
            Node field = object.members().containsKey(e.field())
                    ? node.member(e.field(), object.members().get(e.field())) : node;
            throw field.fail("is not valid: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            String reason = e.getMessage() == null ? e.toString() : e.getMessage();
            throw node.fail("is not a valid " + name + ": " + reason, e);
        }
        checkTheRest(node, object, in, value);
        return value;
    }

    private void checkTheRest(Node node, JsonTree.Obj object, ObjectIn in, T value) {
        if (in.read().containsAll(object.members().keySet())) {
            return;
        }
        ObjectOut figures = ObjectOut.derivedOnly();
        writer.write(value, figures);
        for (Map.Entry<String, JsonTree> member : object.members().entrySet()) {
            if (in.read().contains(member.getKey())) {
                continue;
            }
            Node at = node.member(member.getKey(), member.getValue());
            JsonTree computed = figures.derivedFigures().get(member.getKey());
            if (computed != null) {
                if (!computed.equals(member.getValue())) {
                    throw at.fail("does not match the value computed from the other properties: expected "
                            + Shown.of(computed.toString()) + ", found " + Shown.of(member.getValue().toString()));
                }
            } else if (node.unknown() == UnknownProperties.FAIL) {
                throw at.fail("is not a property of " + name + " (its properties: "
                        + String.join(", ", figures.names()) + ")");
            }
        }
    }

    @Override
    public T identity(T sample) {
        return identity.orElseThrow(() -> new IllegalStateException(name + " does not combine")).apply(sample);
    }
}
