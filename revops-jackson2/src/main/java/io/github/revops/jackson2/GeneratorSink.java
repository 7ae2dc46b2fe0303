package io.github.revops.jackson2;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.revops.json.JsonSink;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;

/**
 * Streams revops-json's events to a Jackson 2 generator; the generator's {@link IOException} travels as an
 * {@link UncheckedIOException}, which {@link RevopsSerializer} unwraps.
 */
final class GeneratorSink implements JsonSink {

    /** One call to the generator. */
    @FunctionalInterface
    private interface Write {
        void run() throws IOException;
    }

    private final JsonGenerator generator;

    GeneratorSink(JsonGenerator generator) {
        this.generator = generator;
    }

    private static void write(Write write) {
        try {
            write.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void beginObject() {
        write(generator::writeStartObject);
    }

    @Override
    public void endObject() {
        write(generator::writeEndObject);
    }

    @Override
    public void beginArray() {
        write(generator::writeStartArray);
    }

    @Override
    public void endArray() {
        write(generator::writeEndArray);
    }

    @Override
    public void name(String name) {
        write(() -> generator.writeFieldName(name));
    }

    @Override
    public void string(String value) {
        write(() -> generator.writeString(value));
    }

    @Override
    public void number(long value) {
        write(() -> generator.writeNumber(value));
    }

    @Override
    public void number(BigDecimal value) {
        write(() -> generator.writeNumber(value.toPlainString()));
    }

    @Override
    public void bool(boolean value) {
        write(() -> generator.writeBoolean(value));
    }

    @Override
    public void nullValue() {
        write(generator::writeNull);
    }
}
