package io.github.revops.jackson2;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.revops.json.RevopsJson;

import java.io.IOException;
import java.io.UncheckedIOException;

/** Writes any revops value in its shape, through revops-json. */
final class RevopsSerializer extends StdSerializer<Object> {

    private static final long serialVersionUID = 1L;

    RevopsSerializer() {
        super(Object.class);
    }

    @Override
    public void serialize(Object value, JsonGenerator generator, SerializerProvider provider) throws IOException {
        try {
            RevopsJson.write(value, new GeneratorSink(generator));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
