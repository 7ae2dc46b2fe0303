package io.github.revops.jackson2;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.TypeFactory;
import io.github.revops.json.JsonType;
import io.github.revops.json.contract.JsonEngine;

import java.io.UncheckedIOException;

/** Jackson 2 for the contract tests: the module registered by hand, and a mapper set up as Spring Boot's. */
final class Jackson2Engine implements JsonEngine {

    /** A mapper with the module registered explicitly, Jackson's defaults otherwise (unknown properties fail). */
    static final ObjectMapper STRICT = new ObjectMapper().registerModule(new RevopsJackson2Module());

    /**
     * A mapper as a Spring Boot application has one: modules found by the service loader (here also jdk8 and
     * jsr310, as Spring Boot registers), unknown properties ignored, empty beans allowed, dates as text, no default
     * view inclusion.
     */
    static final ObjectMapper SPRING_STYLE = JsonMapper.builder().findAndAddModules()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(MapperFeature.DEFAULT_VIEW_INCLUSION)
            .build();

    @Override
    public String write(Object value) {
        return writeWith(STRICT, value);
    }

    @Override
    public String writeLikeSpring(Object value) {
        return writeWith(SPRING_STYLE, value);
    }

    @Override
    public Object read(String json, JsonType type) {
        return readWith(STRICT, json, type);
    }

    @Override
    public Object readIgnoringUnknown(String json, JsonType type) {
        return readWith(SPRING_STYLE, json, type);
    }

    private static String writeWith(ObjectMapper mapper, Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Object readWith(ObjectMapper mapper, String json, JsonType type) {
        try {
            return mapper.readValue(json, javaType(mapper.getTypeFactory(), type));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JavaType javaType(TypeFactory types, JsonType type) {
        if (type.arguments().isEmpty()) {
            return types.constructType(type.raw());
        }
        JavaType[] arguments = type.arguments().stream().map(a -> javaType(types, a)).toArray(JavaType[]::new);
        return types.constructParametricType(type.raw(), arguments);
    }
}
