package io.github.revops.jackson;

import io.github.revops.json.JsonSink;
import tools.jackson.core.JsonGenerator;

import java.math.BigDecimal;

/** Streams revops-json's events to a Jackson 3 generator. */
final class GeneratorSink implements JsonSink {

    private final JsonGenerator generator;

    GeneratorSink(JsonGenerator generator) {
        this.generator = generator;
    }

    @Override
    public void beginObject() {
        generator.writeStartObject();
    }

    @Override
    public void endObject() {
        generator.writeEndObject();
    }

    @Override
    public void beginArray() {
        generator.writeStartArray();
    }

    @Override
    public void endArray() {
        generator.writeEndArray();
    }

    @Override
    public void name(String name) {
        generator.writeName(name);
    }

    @Override
    public void string(String value) {
        generator.writeString(value);
    }

    @Override
    public void number(long value) {
        generator.writeNumber(value);
    }

    @Override
    public void number(BigDecimal value) {
        generator.writeNumber(value.toPlainString());
    }

    @Override
    public void bool(boolean value) {
        generator.writeBoolean(value);
    }

    @Override
    public void nullValue() {
        generator.writeNull();
    }
}
