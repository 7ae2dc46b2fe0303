package io.github.revops.jackson;

import io.github.revops.json.RevopsJson;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;

/** Writes any revops value in its shape, through revops-json. */
final class RevopsSerializer extends ValueSerializer<Object> {

    @Override
    public void serialize(Object value, JsonGenerator generator, SerializationContext context) {
        RevopsJson.write(value, new GeneratorSink(generator));
    }
}
