package io.github.revops.jdbc;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The labels a text column holds (status labels, enum names) and what each means: matched as they are, or else
 * trimmed and ignoring case. Immutable.
 *
 * @param <V>  what a label means
 */
final class Labels<V> {

    private final Map<String, V> exact;
    private final Map<String, V> byKey;
    private final String known;

    private Labels(Map<String, V> labels) {
        this.exact = Map.copyOf(labels);
        Map<String, V> keys = new HashMap<>();
        labels.forEach((label, value) -> keys.put(key(label), value));
        this.byKey = Map.copyOf(keys);
        this.known = String.join(", ", new TreeSet<>(labels.keySet()));
    }

    /**
     * Obtains labels.
     *
     * @param <V>  what a label means
     * @param labels  the labels and their meaning, not blank, at least one
     * @return the labels
     */
    static <V> Labels<V> of(Map<String, V> labels) {
        return new Labels<>(labels);
    }

    /**
     * Obtains the names of an enum's constants as labels.
     *
     * @param <E>  the enum
     * @param type  the enum class
     * @return the labels
     */
    static <E extends Enum<E>> Labels<E> ofEnum(Class<E> type) {
        Map<String, E> labels = new LinkedHashMap<>();
        for (E constant : type.getEnumConstants()) {
            labels.put(constant.name(), constant);
        }
        return new Labels<>(labels);
    }

    private static String key(String label) {
        return label.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * Finds what a label means.
     *
     * @param text  the column's text, not null
     * @return its meaning, or null when the label is unknown
     */
    V find(String text) {
        V value = exact.get(Objects.requireNonNull(text, "text"));
        return value != null ? value : byKey.get(key(text));
    }

    /**
     * Returns the known labels, for messages.
     *
     * @return the labels, sorted, comma-separated
     */
    String known() {
        return known;
    }
}
