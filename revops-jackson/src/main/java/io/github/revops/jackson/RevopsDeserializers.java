package io.github.revops.jackson;

import io.github.revops.json.JsonType;
import io.github.revops.json.RevopsJson;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.Deserializers;

import java.util.ArrayList;
import java.util.List;

/** Finds the deserializer of each type revops-json has a shape for, enums included, with its type arguments. */
final class RevopsDeserializers extends Deserializers.Base {

    @Override
    public boolean hasDeserializerFor(DeserializationConfig config, Class<?> valueType) {
        return RevopsJson.handles(valueType);
    }

    @Override
    public ValueDeserializer<?> findBeanDeserializer(JavaType type, DeserializationConfig config,
                                                     BeanDescription.Supplier beanDescription) {
        return RevopsJson.handles(type.getRawClass()) ? new RevopsDeserializer(jsonType(type)) : null;
    }

    @Override
    public ValueDeserializer<?> findEnumDeserializer(JavaType type, DeserializationConfig config,
                                                     BeanDescription.Supplier beanDescription) {
        return findBeanDeserializer(type, config, beanDescription);
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
