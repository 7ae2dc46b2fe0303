package io.github.revops.csv;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Labels of a column (stage names, booleans, ...) and what each means; matched trimmed and ignoring case. */
final class Labels<V> {

    private final String what;
    private final Map<String, V> exact;
    private final Map<String, V> byKey;
    private final String known;

    private Labels(String what, Map<String, V> exact, Map<String, V> byKey, String known) {
        this.what = what;
        this.exact = exact;
        this.byKey = byKey;
        this.known = known;
    }

    static <V> Labels<V> of(String what, Map<String, V> labels) {
        Map<String, V> byKey = new HashMap<>();
        Map<String, String> shown = new LinkedHashMap<>();
        Map<String, V> exact = new HashMap<>();
        labels.forEach((label, value) -> {
            String key = key(Objects.requireNonNull(label, "label"));
            if (key.isEmpty()) {
                throw new IllegalArgumentException(what + " ('" + label + "') must not be blank");
            }
            byKey.put(key, Objects.requireNonNull(value, "value"));
            shown.put(key, label.strip());
            exact.put(label.strip(), value);
        });
        List<String> names = new ArrayList<>(shown.values());
        Collections.sort(names);
        exact.replaceAll((label, value) -> byKey.get(key(label)));
        return new Labels<>(what, Map.copyOf(exact), Map.copyOf(byKey), String.join(", ", names));
    }

    static String key(String label) {
        return label.strip().toLowerCase(Locale.ROOT);
    }

    /** Checks if two labels are the same, matched trimmed and ignoring case. */
    static boolean sameLabel(String one, String other) {
        if (one.equals(other)) {
            return true;
        }
        if (isAscii(one) && isAscii(other)) {
            return one.strip().equalsIgnoreCase(other.strip());
        }
        return key(one).equals(key(other));
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    Optional<V> find(String text) {
        V value = exact.get(text);
        return Optional.ofNullable(value != null ? value : byKey.get(key(text)));
    }

    String unknown() {
        return "unknown " + what + " (known: " + known + ")";
    }

    String what() {
        return what;
    }
}
