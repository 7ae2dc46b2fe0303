package io.github.revops.internal;

/**
 * Spreads a string hash over an open-addressing table: texts that differ only in their last characters (ids counting
 * up, "Agent 17") have hashes that differ in few low bits and would fill runs of adjacent slots, which linear probing
 * then walks. Fibonacci hashing: a multiply by the golden ratio's 32-bit constant, then the high bits folded into the
 * low ones that pick the slot.
 */
public final class HashSpread {

    private HashSpread() {
    }

    /**
     * Mixes a hash's bits.
     *
     * @param hash  a hash, for example {@link String#hashCode()}
     * @return the mixed hash
     */
    public static int spread(int hash) {
        int h = hash * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
