package io.github.revops.json;

import io.github.revops.result.Breakdown;
import io.github.revops.result.Mergeable;
import io.github.revops.result.TimeSeries;

import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every shape, by type: the codec of each record and result, and of the generic results for their type arguments
 * (to read) or their values' classes (to write).
 */
final class Shapes {

    private static final Map<Class<?>, Codec<?>> SHAPES = build();

    /** The generic results, whose codec depends on their type arguments. */
    private static final Set<Class<?>> GENERIC = Set.of(Breakdown.class, TimeSeries.class, TimeSeries.Point.class);

    /** Writes any handled value by its class; reads nothing (a generic result needs its types to be read). */
    private static final Codec<Object> BY_CLASS = new Codec<>() {
        @Override
        public String expected() {
            return "a revops value";
        }

        @Override
        public void write(Object value, JsonSink out) {
            forValue(value).write(value, out);
        }

        @Override
        public Object read(Node node) {
            throw new IllegalStateException("a generic result is read with its type arguments");
        }
    };

    /** Writes a breakdown's key by its class. */
    private static final Codec<Object> KEY_BY_CLASS = new Codec<>() {
        @Override
        public String expected() {
            return "a key";
        }

        @Override
        public void write(Object value, JsonSink out) {
            forKey(value.getClass()).write(value, out);
        }

        @Override
        public Object read(Node node) {
            throw new IllegalStateException("a breakdown's key is read with its type");
        }
    };

    private Shapes() {
    }

    private static Map<Class<?>, Codec<?>> build() {
        Map<Class<?>, Codec<?>> shapes = new HashMap<>();
        BasicShapes.register(shapes);
        DomainShapes.register(shapes);
        EconomicsShapes.register(shapes);
        ForecastShapes.register(shapes);
        FunnelShapes.register(shapes);
        PipelineShapes.register(shapes);
        RecurringShapes.register(shapes);
        return Collections.unmodifiableMap(shapes);
    }

    static boolean handles(Class<?> type) {
        return SHAPES.containsKey(type) || GENERIC.contains(type);
    }

    static Set<Class<?>> types() {
        Set<Class<?>> types = new LinkedHashSet<>(SHAPES.keySet());
        types.addAll(GENERIC);
        return Collections.unmodifiableSet(types);
    }

    /** The codec that writes a value, by its class (a generic result's parts by theirs). */
    @SuppressWarnings({"unchecked", "rawtypes"}) // the codec found for a class is that class's
    static Codec<Object> forValue(Object value) {
        if (value instanceof Breakdown) {
            return GroupShapes.breakdown(KEY_BY_CLASS, (Codec) BY_CLASS);
        }
        if (value instanceof TimeSeries) {
            return (Codec) GroupShapes.timeSeries(BY_CLASS);
        }
        if (value instanceof TimeSeries.Point) {
            return (Codec) GroupShapes.point(BY_CLASS);
        }
        return (Codec<Object>) known(classOf(value));
    }

    /** The codec that reads a type, generic results with the codecs of their type arguments. */
    @SuppressWarnings({"unchecked", "rawtypes"}) // the codec found for a type reads that type
    static Codec<Object> forType(JsonType type) {
        Class<?> raw = type.raw();
        if (raw == Breakdown.class) {
            requireArguments(type, 2);
            Codec value = forType(type.arguments().get(1));
            if (!Mergeable.class.isAssignableFrom(type.arguments().get(1).raw())) {
                throw new IllegalArgumentException(type + ": the value type must be a revops result");
            }
            return GroupShapes.breakdown(forKey(type.arguments().get(0).raw()), value);
        }
        if (raw == TimeSeries.class) {
            requireArguments(type, 1);
            return (Codec) GroupShapes.timeSeries(forType(type.arguments().get(0)));
        }
        if (raw == TimeSeries.Point.class) {
            requireArguments(type, 1);
            return (Codec) GroupShapes.point(forType(type.arguments().get(0)));
        }
        return (Codec<Object>) known(raw);
    }

    /** The codec of a breakdown key: text, a whole number, a date, an enum constant or a revops value. */
    @SuppressWarnings({"unchecked", "rawtypes"}) // each branch's codec reads and writes that class
    static Codec<Object> forKey(Class<?> type) {
        if (type == String.class) {
            return (Codec) Scalars.STRING;
        }
        if (type == Integer.class) {
            return (Codec) Scalars.INT;
        }
        if (type == Long.class) {
            return (Codec) Scalars.LONG;
        }
        if (type == Boolean.class) {
            return (Codec) Scalars.BOOLEAN;
        }
        if (type == LocalDate.class) {
            return (Codec) Scalars.DATE;
        }
        Class<?> enumType = type.isEnum() ? type : type.getSuperclass();
        if (enumType != null && enumType.isEnum()) {
            return Scalars.enumeration((Class) enumType);
        }
        if (SHAPES.containsKey(type)) {
            return (Codec<Object>) SHAPES.get(type);
        }
        throw new IllegalArgumentException("a breakdown key of type " + type.getName() + " has no JSON shape: use "
                + "text, a whole number, a date, an enum or a revops value");
    }

    private static Class<?> classOf(Object value) {
        Class<?> type = value.getClass();
        return value instanceof Enum<?> constant ? constant.getDeclaringClass() : type;
    }

    private static Codec<?> known(Class<?> type) {
        Codec<?> codec = SHAPES.get(type);
        if (codec == null) {
            throw new IllegalArgumentException(type.getName() + " has no revops JSON shape");
        }
        return codec;
    }

    private static void requireArguments(JsonType type, int count) {
        List<JsonType> arguments = type.arguments();
        if (arguments.size() != count || arguments.stream().anyMatch(a -> a.raw() == Object.class)) {
            throw new IllegalArgumentException(type + ": reading a " + type.raw().getSimpleName() + " needs its "
                    + "type arguments, such as Breakdown<String, WinRate> or TimeSeries<MrrBridge> (in Jackson, a "
                    + "TypeReference)");
        }
    }
}
