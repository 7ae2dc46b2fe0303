package io.github.revops.jdbc;

import java.util.Objects;
import java.util.function.ToIntFunction;

/**
 * One text column's map from a cell's text to the code a table builder registered for it (such as
 * {@code DealTable.Builder.customerCode}), so that a row passes the builder an int and the builder looks nothing up.
 * A cell is a new String each row, so every lookup hashes and compares it; what this map saves is memory traffic: a
 * text of up to {@value #PACKED_CHARS} characters is packed into the slot itself (its length and characters in three
 * longs, beside its hash and code in a fourth), so a lookup reads one slot and no String of an earlier row. A longer
 * text, or a new text once {@value #MAX_TEXTS} are held, gets {@link #NONE}: the caller passes that row's String,
 * and the builder, which takes Strings and codes mixed, builds the same table. Not thread-safe.
 */
final class TextCodes {

    /** What {@link #code} returns for a text it does not hold: pass the String. */
    static final int NONE = -1;
    /** The longest text held: 3 characters beside the length in the first long, 4 in each of two more. */
    static final int PACKED_CHARS = 11;
    /** The most texts held (at most {@code 2 * MAX_TEXTS} slots of 32 bytes: 8 MiB). */
    static final int MAX_TEXTS = 1 << 17;

    private static final int FIRST_SLOTS = 16;

    private final ToIntFunction<String> register;
    /** Per slot, 4 longs: hash in the high half and code + 1 in the low half (0: empty), then the packed text. */
    private long[] slots = new long[4 * FIRST_SLOTS];
    private int size;

    /**
     * Creates an empty map.
     *
     * @param register  registers a text with the builder and returns its code, such as {@code table::customerCode}
     */
    TextCodes(ToIntFunction<String> register) {
        this.register = Objects.requireNonNull(register, "register");
    }

    /**
     * Returns the builder's code of a text, registering it on first sight.
     *
     * @param text  the cell's text, null for SQL {@code NULL}
     * @return the code, or {@link #NONE} if the text is null, longer than {@value #PACKED_CHARS} characters, or
     *         new and the map full
     */
    int code(String text) {
        if (text == null) {
            return NONE;
        }
        int length = text.length();
        if (length > PACKED_CHARS) {
            return NONE;
        }
        long first = length;
        long second = 0;
        long third = 0;
        for (int i = 0; i < length; i++) {
            long c = text.charAt(i);
            if (i < 3) {
                first |= c << (16 * (i + 1));
            } else if (i < 7) {
                second |= c << (16 * (i - 3));
            } else {
                third |= c << (16 * (i - 7));
            }
        }
        long mixed = (first * 0x9E3779B97F4A7C15L + second) * 0xC2B2AE3D27D4EB4FL + third;
        int hash = (int) (mixed ^ (mixed >>> 32));
        int mask = slots.length / 4 - 1;
        int i = spread(hash) & mask;
        while (true) {
            int at = 4 * i;
            long head = slots[at];
            if (head == 0) {
                return add(text, at, hash, first, second, third);
            }
            if ((int) (head >>> 32) == hash && slots[at + 1] == first && slots[at + 2] == second
                    && slots[at + 3] == third) {
                return (int) head - 1;
            }
            i = (i + 1) & mask;
        }
    }

    /** Returns the number of texts held. */
    int size() {
        return size;
    }

    private static int spread(int hash) {
        int h = hash * 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    private int add(String text, int at, int hash, long first, long second, long third) {
        if (size == MAX_TEXTS) {
            return NONE;
        }
        int code = register.applyAsInt(text);
        slots[at] = (long) hash << 32 | (code + 1L);
        slots[at + 1] = first;
        slots[at + 2] = second;
        slots[at + 3] = third;
        size++;
        if (2 * size > slots.length / 4) {
            grow();
        }
        return code;
    }

    private void grow() {
        long[] old = slots;
        slots = new long[2 * old.length];
        int mask = slots.length / 4 - 1;
        for (int at = 0; at < old.length; at += 4) {
            if (old[at] != 0) {
                int i = spread((int) (old[at] >>> 32)) & mask;
                while (slots[4 * i] != 0) {
                    i = (i + 1) & mask;
                }
                System.arraycopy(old, at, slots, 4 * i, 4);
            }
        }
    }
}
