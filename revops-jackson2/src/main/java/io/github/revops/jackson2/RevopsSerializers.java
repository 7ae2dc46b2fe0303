package io.github.revops.jackson2;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.ser.Serializers;
import io.github.revops.json.RevopsJson;

/** Finds the serializer of each type revops-json has a shape for, enums included. */
final class RevopsSerializers extends Serializers.Base {

    private static final RevopsSerializer SERIALIZER = new RevopsSerializer();

    @Override
    public JsonSerializer<?> findSerializer(SerializationConfig config, JavaType type,
                                            BeanDescription beanDescription) {
        return RevopsJson.handles(type.getRawClass()) ? SERIALIZER : null;
    }
}
