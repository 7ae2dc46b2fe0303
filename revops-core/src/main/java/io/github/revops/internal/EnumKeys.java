package io.github.revops.internal;

import java.util.SortedMap;

/**
 * The rule that an enum group key is a closed set of groups: a breakdown by an enum lists every constant of the enum,
 * with the empty result for a constant no record has.
 *
 * <p>Internal: this package is not exported by the module and may change in any release.
 */
public final class EnumKeys {

    private EnumKeys() {
    }

    /**
     * Adds every constant of the keys' enum that is missing, with the empty result; does nothing when there is no
     * group or the keys are not enum constants.
     *
     * @param <K>  the key type
     * @param <R>  the result type
     * @param groups  the groups found, modifiable, not null
     * @param empty  the result of a group without records, not null
     */
    @SuppressWarnings("unchecked") // a constant of K's enum class is a K
    public static <K, R> void addMissingConstants(SortedMap<K, R> groups, R empty) {
        if (!groups.isEmpty() && groups.firstKey() instanceof Enum<?> any) {
            for (Object constant : any.getDeclaringClass().getEnumConstants()) {
                groups.putIfAbsent((K) constant, empty);
            }
        }
    }
}
