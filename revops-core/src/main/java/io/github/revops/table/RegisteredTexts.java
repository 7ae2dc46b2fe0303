package io.github.revops.table;

import java.util.Arrays;

/**
 * The values a caller registered with a table builder to pass its rows by code (such as
 * {@link DealTable.Builder#customerCode(String)}), each mapped to its code in the column's {@link DictionaryBuilder}
 * the first time a row uses it: a value is hashed once, not once per row, and a registered value no row uses never
 * enters the dictionary, so the table is the one the same rows given as Strings build. Registering hashes nothing;
 * equal values registered twice get two codes that both mean that value. Not thread-safe.
 */
final class RegisteredTexts {

    private String[] values = new String[8];
    /** Per registered code, the dictionary code + 1, or 0 until a row used it. */
    private int[] dictionaryCodes = new int[8];
    private int size;

    /** Registers a value and returns its code, the number of values registered before it. */
    int register(String value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, 2 * size);
            dictionaryCodes = Arrays.copyOf(dictionaryCodes, 2 * size);
        }
        values[size] = value;
        return size++;
    }

    /** Checks if a code is one {@link #register} returned. */
    boolean contains(int code) {
        return code >= 0 && code < size;
    }

    /** Checks if a row already used the value of a registered code (and so passed the row checks). */
    boolean used(int code) {
        return dictionaryCodes[code] != 0;
    }

    /** Returns the value of a registered code. */
    String value(int code) {
        return values[code];
    }

    /** Returns the number of codes registered. */
    int size() {
        return size;
    }

    /** Returns the dictionary code of a registered code's value, adding the value to the dictionary on first use. */
    int dictionaryCode(int code, TextDictionary dictionary) {
        int known = dictionaryCodes[code];
        if (known != 0) {
            return known - 1;
        }
        int added = dictionary.code(values[code]);
        dictionaryCodes[code] = added + 1;
        return added;
    }
}
