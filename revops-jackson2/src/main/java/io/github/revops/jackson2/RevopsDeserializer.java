package io.github.revops.jackson2;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.github.revops.json.JsonReadException;
import io.github.revops.json.JsonTree;
import io.github.revops.json.JsonType;
import io.github.revops.json.RevopsJson;
import io.github.revops.json.UnknownProperties;

import java.io.IOException;

/**
 * Reads one revops type through revops-json: the value's JSON into a tree, then the tree into the value. A
 * {@link JsonReadException} becomes a {@link MismatchedInputException} with the same message (the JSON path of the
 * property, then the problem) and the exception as its cause.
 */
final class RevopsDeserializer extends StdDeserializer<Object> {

    private static final long serialVersionUID = 1L;

    private final transient JsonType type;

    RevopsDeserializer(JsonType type) {
        super(type.raw());
        this.type = type;
    }

    @Override
    public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        JsonTree tree = TreeReader.read(parser, context);
        UnknownProperties unknown = context.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                ? UnknownProperties.FAIL : UnknownProperties.IGNORE;
        try {
            return RevopsJson.read(tree, type, unknown);
        } catch (JsonReadException e) {
            MismatchedInputException mismatch = MismatchedInputException.from(parser, type.raw(),
                    "Cannot read " + type + ": " + e.getMessage());
            mismatch.initCause(e);
            throw mismatch;
        }
    }
}
