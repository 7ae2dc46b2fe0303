package io.github.revops.pipeline;

import io.github.revops.domain.Deal;
import io.github.revops.internal.HashSpread;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The groups of deal records while a kernel scans them: each distinct key gets the next slot, in the order keys are
 * first seen, and the kernel makes room for it. Not thread-safe.
 *
 * <p>Keys are found in an open-addressing table of the keys themselves, compared by reference first and then by
 * {@code equals}: deals usually share a few key objects (an owner's name), so a lookup reads no boxed slot and, for a
 * key such as a {@code String} that caches its hash, computes nothing.
 *
 * @param <K>  the key type
 */
final class RecordKeys<K> {

    private final Function<? super Deal, ? extends K> key;
    private final List<K> keys = new ArrayList<>();
    /** The keys by hash, null where empty; a power of two, at most half full. */
    private Object[] table = new Object[16];
    /** The slot of the key at the same index of {@link #table}. */
    private int[] slots = new int[16];

    RecordKeys(Function<? super Deal, ? extends K> key) {
        this.key = Objects.requireNonNull(key, "key");
    }

    /** The slot of a deal's key, a new one (room made in the kernel) for a key not seen before. */
    int code(Deal deal, DealCells<?, ?> cells) {
        K k = key.apply(deal);
        if (k == null) {
            throw new NullPointerException("the group key of deal '" + deal.id() + "' is null");
        }
        int mask = table.length - 1;
        int i = HashSpread.spread(k.hashCode()) & mask;
        while (true) {
            Object found = table[i];
            if (found == k) {
                return slots[i];
            }
            if (found == null) {
                return add(k, i, cells);
            }
            if (found.equals(k)) {
                return slots[i];
            }
            i = (i + 1) & mask;
        }
    }

    /** Gives a new key the next slot, at index {@code i} of the table (its first empty place). */
    private int add(K k, int i, DealCells<?, ?> cells) {
        int slot = keys.size();
        keys.add(k);
        table[i] = k;
        slots[i] = slot;
        cells.ensureSlots(keys.size());
        if (2 * keys.size() > table.length) {
            grow();
        }
        return slot;
    }

    private void grow() {
        Object[] oldTable = table;
        int[] oldSlots = slots;
        table = new Object[2 * oldTable.length];
        slots = new int[table.length];
        int mask = table.length - 1;
        for (int j = 0; j < oldTable.length; j++) {
            if (oldTable[j] != null) {
                int i = HashSpread.spread(oldTable[j].hashCode()) & mask;
                while (table[i] != null) {
                    i = (i + 1) & mask;
                }
                table[i] = oldTable[j];
                slots[i] = oldSlots[j];
            }
        }
    }


    /** The keys by slot. */
    List<K> keys() {
        return keys;
    }
}
