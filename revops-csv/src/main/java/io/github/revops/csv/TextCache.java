package io.github.revops.csv;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The texts of one column read so far, found by their UTF-8 bytes, so a repeated value (a stage label, a date, an
 * owner) is decoded once and shared. It holds at most {@value #SLOTS} / 2 texts of at most {@value #LONGEST} bytes,
 * and stops looking up once most lookups miss (a column of ids), so its memory and cost stay bounded. Not
 * thread-safe.
 */
final class TextCache {

    private static final int SLOTS = 4096;
    private static final int LONGEST = 48;
    private static final int TRIAL = 2048;

    private final byte[][] keys = new byte[SLOTS][];
    private final String[] texts = new String[SLOTS];
    private int used;
    private int lookups;
    private int hits;
    private boolean off;

    /** Returns the text of {@code bytes[from..to)}, decoded as UTF-8 (malformed bytes as U+FFFD). */
    String text(byte[] bytes, int from, int to) {
        int length = to - from;
        if (off || length > LONGEST) {
            return new String(bytes, from, length, StandardCharsets.UTF_8);
        }
        int hash = 0;
        for (int i = from; i < to; i++) {
            hash = 31 * hash + bytes[i];
        }
        int slot = (hash ^ hash >>> 16) & (SLOTS - 1);
        while (keys[slot] != null) {
            byte[] key = keys[slot];
            if (Arrays.equals(key, 0, key.length, bytes, from, to)) {
                hits++;
                return texts[slot];
            }
            slot = (slot + 1) & (SLOTS - 1);
        }
        String text = new String(bytes, from, length, StandardCharsets.UTF_8);
        if (used < SLOTS / 2) {
            keys[slot] = Arrays.copyOfRange(bytes, from, to);
            texts[slot] = text;
            used++;
        }
        if (++lookups == TRIAL) {
            off = hits < TRIAL / 2;
        }
        return text;
    }
}
