package io.github.revops.jackson2;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.Deserializers;
import io.github.revops.json.JsonType;
import io.github.revops.json.RevopsJson;

import java.util.ArrayList;
import java.util.List;

/** Finds the deserializer of each type revops-json has a shape for, enums included, with its type arguments. */
final class RevopsDeserializers extends Deserializers.Base {

    @Override
    public JsonDeserializer<?> findBeanDeserializer(JavaType type, DeserializationConfig config,
                                                    BeanDescription beanDescription) {
        return RevopsJson.handles(type.getRawClass()) ? new RevopsDeserializer(jsonType(type)) : null;
    }

    @Override
    public JsonDeserializer<?> findEnumDeserializer(Class<?> type, DeserializationConfig config,
                                                    BeanDescription beanDescription) {
        return RevopsJson.handles(type) ? new RevopsDeserializer(JsonType.of(type)) : null;
    }

    /** Jackson's type as revops-json's, type arguments included. */
    static JsonType jsonType(JavaType type) {
        List<JsonType> arguments = new ArrayList<>();
        for (int i = 0; i < type.containedTypeCount(); i++) {
            arguments.add(jsonType(type.containedType(i)));
        }
        return new JsonType(type.getRawClass(), arguments);
    }
}
