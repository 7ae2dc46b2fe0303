package io.github.revops.jackson;

import io.github.revops.json.JsonTree;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the value at a Jackson 3 parser's current token into revops-json's tree, numbers exactly. */
final class TreeReader {

    private TreeReader() {
    }

    static JsonTree read(JsonParser parser, DeserializationContext context) {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.PROPERTY_NAME) {
            return members(parser, context);   // the object's start was read by the caller
        }
        return value(parser, context, token);
    }

    private static JsonTree value(JsonParser parser, DeserializationContext context, JsonToken token) {
        if (token == null) {
            return context.reportInputMismatch(JsonTree.class, "no JSON value to read");
        }
        switch (token) {
            case START_OBJECT:
                parser.nextToken();
                return members(parser, context);
            case START_ARRAY:
                List<JsonTree> items = new ArrayList<>();
                for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                    items.add(value(parser, context, t));
                }
                return new JsonTree.Arr(items);
            case VALUE_STRING:
                return new JsonTree.Str(parser.getString());
            case VALUE_NUMBER_INT:
                return new JsonTree.Num(new BigDecimal(parser.getBigIntegerValue()));
            case VALUE_NUMBER_FLOAT:
                return new JsonTree.Num(parser.getDecimalValue());
            case VALUE_TRUE:
                return new JsonTree.Bool(true);
            case VALUE_FALSE:
                return new JsonTree.Bool(false);
            case VALUE_NULL:
                return JsonTree.Null.NULL;
            default:
                return context.reportInputMismatch(JsonTree.class, "unexpected JSON token %s", token);
        }
    }

    /** The members of an object whose start was read, up to its end. */
    private static JsonTree members(JsonParser parser, DeserializationContext context) {
        Map<String, JsonTree> members = new LinkedHashMap<>();
        for (JsonToken t = parser.currentToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
            String name = parser.currentName();
            JsonTree member = value(parser, context, parser.nextToken());
            if (members.put(name, member) != null) {
                return context.reportInputMismatch(JsonTree.class, "property '%s' appears twice in an object",
                        name);
            }
        }
        return new JsonTree.Obj(members);
    }
}
