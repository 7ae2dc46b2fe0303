package io.github.revops.internal;

import java.util.SortedMap;

/**
 * The groups of a breakdown by an enum key: an enum is a closed set of groups, so each of its constants is listed,
 * with the empty result where no record had it.
 * <pre>{@code
 * SortedMap<DealType, WinRate> groups = ...;        // NEW only
 * EnumGroups.complete(groups, WinRate.EMPTY);       // NEW, EXPANSION, RENEWAL
 * }</pre>
 *
 * <p>Internal: this package is not exported by the module and may change in any release.
 */
public final class EnumGroups {

    private EnumGroups() {
    }

    /**
     * Adds every constant of the keys' enum that is missing, with the empty result; keys that are not enum constants
     * are left alone.
     *
     * @param <K>  the key type
     * @param <R>  the result type
     * @param groups  the groups found, modifiable, not null
     * @param empty  the result of a group without records, not null
     */
    @SuppressWarnings("unchecked") // a constant of K's enum class is a K
    public static <K, R> void complete(SortedMap<K, R> groups, R empty) {
        if (!groups.isEmpty() && groups.firstKey() instanceof Enum<?> any) {
            for (Object constant : any.getDeclaringClass().getEnumConstants()) {
                groups.putIfAbsent((K) constant, empty);
            }
        }
    }
}
