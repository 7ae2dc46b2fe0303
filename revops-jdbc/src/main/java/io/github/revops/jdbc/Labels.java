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
 * <p>A few labels are matched as they are by comparing the cell with each in turn: a cell is a new String each row,
 * whose hash a map lookup would compute, while {@code equals} stops at the first byte or the length that differs.
 *
 * @param <V>  what a label means
 */
final class Labels<V> {

    /** Labels matched one by one, at most this many; more go through the map. */
    private static final int SCANNED = 16;

    private final Map<String, V> exact;
    private final String[] texts;
    private final Object[] meanings;
    private final Map<String, V> byKey;
    private final String known;

    private Labels(Map<String, V> labels) {
        this.exact = Map.copyOf(labels);
        this.texts = labels.size() <= SCANNED ? labels.keySet().toArray(String[]::new) : new String[0];
        this.meanings = labels.size() <= SCANNED ? labels.values().toArray() : new Object[0];
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
    @SuppressWarnings("unchecked")   // meanings holds the map's values, of V
    V find(String text) {
        Objects.requireNonNull(text, "text");
        if (texts.length > 0) {
            for (int i = 0; i < texts.length; i++) {
                if (texts[i].equals(text)) {
                    return (V) meanings[i];
                }
            }
        } else {
            V value = exact.get(text);
            if (value != null) {
                return value;
            }
        }
        return byKey.get(key(text));
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
