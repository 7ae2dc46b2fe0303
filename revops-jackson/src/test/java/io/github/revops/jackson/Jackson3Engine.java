package io.github.revops.jackson;

import io.github.revops.json.JsonType;
import io.github.revops.json.contract.JsonEngine;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.TypeFactory;

/** Jackson 3 for the contract tests: the module registered by hand, and a mapper set up as Spring Boot 4's. */
final class Jackson3Engine implements JsonEngine {

    /**
     * A mapper with the module added explicitly and unknown properties refused (Jackson 3 ignores them by default,
     * Jackson 2 refuses them).
     */
    static final JsonMapper STRICT = JsonMapper.builder().addModule(new RevopsModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    /**
     * A mapper as a Spring Boot application has one: modules found by the service loader, unknown properties
     * ignored, empty beans allowed.
     */
    static final JsonMapper SPRING_STYLE = JsonMapper.builder().findAndAddModules()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .build();

    @Override
    public String write(Object value) {
        return STRICT.writeValueAsString(value);
    }

    @Override
    public String writeLikeSpring(Object value) {
        return SPRING_STYLE.writeValueAsString(value);
    }

    @Override
    public Object read(String json, JsonType type) {
        return STRICT.readValue(json, javaType(STRICT.getTypeFactory(), type));
    }

    @Override
    public Object readIgnoringUnknown(String json, JsonType type) {
        return SPRING_STYLE.readValue(json, javaType(SPRING_STYLE.getTypeFactory(), type));
    }

    static JavaType javaType(TypeFactory types, JsonType type) {
        if (type.arguments().isEmpty()) {
            return types.constructType(type.raw());
        }
        JavaType[] arguments = type.arguments().stream().map(a -> javaType(types, a)).toArray(JavaType[]::new);
        return types.constructParametricType(type.raw(), arguments);
    }
}
