package io.github.revops.jackson;

import io.github.revops.json.JsonReadException;
import io.github.revops.json.JsonTree;
import io.github.revops.json.JsonType;
import io.github.revops.json.RevopsJson;
import io.github.revops.json.UnknownProperties;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Reads one revops type through revops-json: the value's JSON into a tree, then the tree into the value. A
 * {@link JsonReadException} becomes a {@link MismatchedInputException} with the same message (the JSON path of the
 * property, then the problem) and the exception as its cause.
 */
final class RevopsDeserializer extends ValueDeserializer<Object> {

    private final JsonType type;

    RevopsDeserializer(JsonType type) {
        this.type = type;
    }

    @Override
    public Object deserialize(JsonParser parser, DeserializationContext context) {
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

    @Override
    public Class<?> handledType() {
        return type.raw();
    }
}
