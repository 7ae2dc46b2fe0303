package io.github.revops.pipeline;

import io.github.revops.domain.Deal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The groups of deal records while a kernel scans them: each distinct key gets the next slot, in the order keys are
 * first seen, and the kernel makes room for it. Not thread-safe.
 *
 * @param <K>  the key type
 */
final class RecordKeys<K> {

    private final Function<? super Deal, ? extends K> key;
    private final Map<K, Integer> slots = new HashMap<>();
    private final List<K> keys = new ArrayList<>();

    RecordKeys(Function<? super Deal, ? extends K> key) {
        this.key = Objects.requireNonNull(key, "key");
    }

    /** The slot of a deal's key, a new one (room made in the kernel) for a key not seen before. */
    int code(Deal deal, DealCells<?, ?> cells) {
        K k = key.apply(deal);
        Integer slot = slots.get(k);
        if (slot == null) {
            Objects.requireNonNull(k, () -> "the group key of deal '" + deal.id() + "' is null");
            slot = keys.size();
            keys.add(k);
            slots.put(k, slot);
            cells.ensureSlots(keys.size());
        }
        return slot;
    }

    /** The keys by slot. */
    List<K> keys() {
        return keys;
    }
}
