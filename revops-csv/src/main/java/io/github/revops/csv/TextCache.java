package io.github.revops.csv;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The texts of one column read so far, found by their UTF-8 bytes, so a repeated value (a stage label, a date, an
 * owner) is decoded once and shared. It holds at most {@value #SLOTS} / 2 texts of at most {@value #LONGEST} bytes,
 * and stops looking up when it has found fewer than {@value #TRIAL} / 2 repeats by its {@value #TRIAL}th new text
 * (a column of ids), so its memory and cost stay bounded. Each text it holds has an entry number, 0 for the first
 * held, 1 for the next, never reused ({@link #lastEntry()}), by which a caller keeps its own codes of the column's
 * values without hashing them again (docs/decisions/0056). Not thread-safe.
 */
final class TextCache {

    private static final int SLOTS = 4096;
    private static final int FIRST_SLOTS = 64;
    private static final int LONGEST = 48;
    private static final int TRIAL = 2048;

    private byte[][] keys = new byte[FIRST_SLOTS][];
    private String[] texts = new String[FIRST_SLOTS];
    /** The hash of each key, compared before the key's bytes so a probe past other keys reads no other array. */
    private int[] hashes = new int[FIRST_SLOTS];
    /** The entry number of each key. */
    private int[] entries = new int[FIRST_SLOTS];
    private int lastEntry = -1;
    private int used;
    private int lookups;
    private int hits;
    private boolean off;

    /** Returns the text of {@code bytes[from..to)}, decoded as UTF-8 (malformed bytes as U+FFFD). */
    String text(byte[] bytes, int from, int to) {
        int length = to - from;
        lastEntry = -1;
        if (off || length > LONGEST) {
            return new String(bytes, from, length, StandardCharsets.UTF_8);
        }
        int hash = hash(bytes, from, to);
        int mask = keys.length - 1;
        int slot = hash & mask;
        while (keys[slot] != null) {
            byte[] key = keys[slot];
            if (hashes[slot] == hash && same(key, bytes, from, length)) {
                hits++;
                lastEntry = entries[slot];
                return texts[slot];
            }
            slot = (slot + 1) & mask;
        }
        String text = new String(bytes, from, length, StandardCharsets.UTF_8);
        if (used < SLOTS / 2) {
            keys[slot] = Arrays.copyOfRange(bytes, from, to);
            texts[slot] = text;
            hashes[slot] = hash;
            entries[slot] = used;
            lastEntry = used;
            if (++used == keys.length / 2 && keys.length < SLOTS) {
                grow();
            }
        }
        if (++lookups == TRIAL) {
            off = hits < TRIAL / 2;
        }
        return text;
    }

    /**
     * Returns the entry number of the text the last {@link #text} call returned, or -1 when the cache does not hold
     * it (it is off, the text is too long, or the cache is full).
     */
    int lastEntry() {
        return lastEntry;
    }

    /**
     * Checks if a key has the bytes {@code [from, from + length)}: a plain loop, as keys are at most {@value #LONGEST}
     * bytes, for which {@link Arrays#equals(byte[], int, int, byte[], int, int)} costs more in its checks and set-up
     * than in comparing (a profile of the table read put a tenth of its time there; docs/decisions/0056).
     */
    private static boolean same(byte[] key, byte[] bytes, int from, int length) {
        if (key.length != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (key[i] != bytes[from + i]) {
                return false;
            }
        }
        return true;
    }

    private static int hash(byte[] bytes, int from, int to) {
        int hash = 0;
        for (int i = from; i < to; i++) {
            hash = 31 * hash + bytes[i];
        }
        return UniqueIds.spread(hash);
    }

    private void grow() {
        byte[][] oldKeys = keys;
        String[] oldTexts = texts;
        int[] oldHashes = hashes;
        int[] oldEntries = entries;
        keys = new byte[oldKeys.length * 2][];
        texts = new String[oldKeys.length * 2];
        hashes = new int[oldKeys.length * 2];
        entries = new int[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != null) {
                int slot = oldHashes[i] & mask;
                while (keys[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = oldKeys[i];
                texts[slot] = oldTexts[i];
                hashes[slot] = oldHashes[i];
                entries[slot] = oldEntries[i];
            }
        }
    }
}
