package io.github.revops.json;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The type to read a document as: a class and, for a generic type, its type arguments, as in
 * {@code Breakdown<String, WinRate>}. A JSON library's type (Jackson's {@code JavaType}) maps to it.
 * <pre>{@code
 * JsonType.of(Money.class);
 * JsonType.of(Breakdown.class, JsonType.of(String.class), JsonType.of(WinRate.class));
 * }</pre>
 *
 * @param raw  the class, not null
 * @param arguments  the type arguments in declaration order, empty for a type that is not generic, not null
 * @since 0.1.0
 */
public record JsonType(Class<?> raw, List<JsonType> arguments) {

    /**
     * Creates the type.
     *
     * @param raw  the class, not null
     * @param arguments  the type arguments, not null
     */
    public JsonType {
        Objects.requireNonNull(raw, "raw");
        Objects.requireNonNull(arguments, "arguments");
        arguments = List.copyOf(arguments);
    }

    /**
     * Obtains a type.
     *
     * @param raw  the class, not null
     * @param arguments  the type arguments, none for a type that is not generic
     * @return the type, never null
     */
    public static JsonType of(Class<?> raw, JsonType... arguments) {
        Objects.requireNonNull(arguments, "arguments");
        return new JsonType(raw, List.of(arguments));
    }

    /**
     * Returns the type in Java's notation, such as {@code Breakdown<String, WinRate>}.
     *
     * @return the text form, never null
     */
    @Override
    public String toString() {
        String name = raw.getSimpleName();
        if (raw.getEnclosingClass() != null) {
            name = raw.getEnclosingClass().getSimpleName() + "." + name;
        }
        return arguments.isEmpty() ? name
                : name + arguments.stream().map(JsonType::toString).collect(Collectors.joining(", ", "<", ">"));
    }
}
