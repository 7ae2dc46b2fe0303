package io.github.revops.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An ordered list of stage names, as the deal stage funnel and the buyer lifecycle both read one: at least one name,
 * none blank or repeated.
 *
 * <p>Internal: this package is not exported by the module and may change in any release.
 */
public final class StageNames {

    /** The most characters of a stage list that a message shows. */
    private static final int SHOWN = 120;

    private StageNames() {
    }

    /**
     * Returns the position of each name in the list.
     *
     * @param names  the stage names, first to last, not null
     * @return the position by name, unmodifiable, never null
     * @throws IllegalArgumentException if the list is empty, or a name is null, blank or repeated
     */
    public static Map<String, Integer> positions(List<String> names) {
        Objects.requireNonNull(names, "names");
        if (names.isEmpty()) {
            throw new IllegalArgumentException("stages ([]) must name at least one stage");
        }
        Map<String, Integer> index = new HashMap<>();
        for (int k = 0; k < names.size(); k++) {
            String name = names.get(k);
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("stages (" + shown(names) + ") must not hold a blank name");
            }
            if (index.put(name, k) != null) {
                throw new IllegalArgumentException("stages (" + shown(names) + ") name '" + BoundedText.of(name)
                        + "' twice");
            }
        }
        return Map.copyOf(index);
    }

    /** The list as a message shows it: cut to a bounded length, however long the list or its names. */
    public static String shown(List<String> names) {
        return BoundedText.of(names.toString(), SHOWN);
    }
}
