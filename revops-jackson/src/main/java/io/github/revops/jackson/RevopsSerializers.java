package io.github.revops.jackson;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.github.revops.json.RevopsJson;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.ser.Serializers;

/** Finds the serializer of each type revops-json has a shape for, enums included. */
final class RevopsSerializers extends Serializers.Base {

    private static final RevopsSerializer SERIALIZER = new RevopsSerializer();

    @Override
    public ValueSerializer<?> findSerializer(SerializationConfig config, JavaType type,
                                             BeanDescription.Supplier beanDescription, JsonFormat.Value format) {
        return RevopsJson.handles(type.getRawClass()) ? SERIALIZER : null;
    }

    @Override
    public ValueSerializer<?> findEnumSerializer(SerializationConfig config, JavaType type,
                                                 BeanDescription.Supplier beanDescription, JsonFormat.Value format) {
        return findSerializer(config, type, beanDescription, format);
    }
}
