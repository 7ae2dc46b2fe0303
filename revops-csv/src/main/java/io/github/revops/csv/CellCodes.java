package io.github.revops.csv;

import java.util.Arrays;

/**
 * One text column's codes in a chunk's table builder, by the cell's entry in the column's {@link TextCache}
 * ({@link Row#cellEntry}): the value is registered with the builder the first time the chunk meets it and passed as
 * an int after that, so the builder does not hash it again (docs/decisions/0056). Not thread-safe.
 */
final class CellCodes {

    /** Per cache entry, the builder's code + 1, or 0 until {@link #remember}ed. */
    private int[] codes = new int[64];

    /** Returns the builder's code of a cache entry, or -1 if none is remembered. */
    int code(int entry) {
        return entry < codes.length ? codes[entry] - 1 : -1;
    }

    /** Remembers the builder's code of a cache entry. */
    void remember(int entry, int code) {
        if (entry >= codes.length) {
            codes = Arrays.copyOf(codes, Math.max(entry + 1, 2 * codes.length));
        }
        codes[entry] = code + 1;
    }
}
