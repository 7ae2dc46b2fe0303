package io.github.revops.domain;

import java.util.Arrays;

/**
 * One array for the deals with the same few segment attributes, so that a million deals of a file with one segment
 * column of a handful of values keep a handful of arrays, not a million (docs/decisions/0105). A direct-mapped table
 * of {@value #SLOTS} arrays, shared by every thread: a deal's array whose slot holds an equal one is replaced by it,
 * else takes the slot. Which array a deal keeps never changes its answers: the arrays are values in a deal's compact
 * form ({@link DealSegments}), never changed once a deal holds them. The table is read and written without locks;
 * each slot holds an immutable record, whose final field makes the array it holds visible with its contents to any
 * thread that reads the slot (JLS 17.5), and a slot read while another thread writes it gives the old holder or the
 * new one, either of them whole.
 */
final class SharedSegmentPairs {

    private static final int SLOTS = 1024;
    /** Arrays of more pairs than this are kept as they are: a deal with many attributes rarely has a twin. */
    private static final int MOST_PAIRS = 4;
    private static final Held[] TABLE = new Held[SLOTS];

    private SharedSegmentPairs() {
    }

    /**
     * Returns an array equal to {@code pairs}: the one held for it if any, else {@code pairs}, now held.
     *
     * @param pairs  a deal's segment attributes in compact form, not to be changed after this call
     * @return an equal array, not to be changed
     */
    static String[] shared(String[] pairs) {
        if (pairs.length == 0 || pairs.length > 2 * MOST_PAIRS) {
            return pairs;
        }
        int hash = 0;
        for (String text : pairs) {
            hash = 31 * hash + text.hashCode();
        }
        int at = (hash ^ hash >>> 16) & (SLOTS - 1);
        Held held = TABLE[at];
        if (held != null && Arrays.equals(held.pairs, pairs)) {
            return held.pairs;
        }
        TABLE[at] = new Held(pairs);
        return pairs;
    }

    /** A slot's array, held by a final field. */
    private record Held(String[] pairs) {
    }
}
