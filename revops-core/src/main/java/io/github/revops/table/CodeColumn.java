package io.github.revops.table;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A dictionary-encoded text column of a table: each row holds a small int code, and {@link #values()} maps codes to
 * the text. Codes follow the text's natural order (code 0 is the smallest value), so grouping by code gives the
 * groups in key order. A row without a value (a deal without a given segment) holds {@link #ABSENT}.
 * <pre>{@code
 * CodeColumn owners = deals.owner();
 * int code = owners.code(0);              // the first row's owner code
 * String owner = owners.values().get(code);
 * owners.values().size();                 // how many distinct owners
 * }</pre>
 *
 * <h2>Implementation Requirements:</h2>
 * This class is immutable and thread-safe; slices of a table share the dictionary and the codes.
 *
 * @since 0.1.0
 */
public final class CodeColumn {

    /** The code of a row that has no value. */
    public static final int ABSENT = -1;

    private final String[] dictionary;
    private final List<String> values;
    private final int[] codes;
    private final int offset;
    private final int size;

    CodeColumn(String[] dictionary, int[] codes, int offset, int size) {
        this(dictionary, Collections.unmodifiableList(Arrays.asList(dictionary)), codes, offset, size);
    }

    private CodeColumn(String[] dictionary, List<String> values, int[] codes, int offset, int size) {
        this.dictionary = dictionary;
        this.values = values;
        this.codes = codes;
        this.offset = offset;
        this.size = size;
    }

    /**
     * Returns the distinct values, indexed by code, in natural order.
     *
     * @return the values, unmodifiable, never null
     */
    public List<String> values() {
        return values;
    }

    /**
     * Returns the code of a row.
     *
     * @param row  the row, 0 to {@code size() - 1}
     * @return the code, an index into {@link #values()}, or {@link #ABSENT}
     * @throws IndexOutOfBoundsException if the row is outside the column
     */
    public int code(int row) {
        return codes[offset + Objects.checkIndex(row, size)];
    }

    /**
     * Returns the value of a row.
     *
     * @param row  the row, 0 to {@code size() - 1}
     * @return the value, empty when the row has none
     * @throws IndexOutOfBoundsException if the row is outside the column
     */
    public Optional<String> value(int row) {
        int code = code(row);
        return code == ABSENT ? Optional.empty() : Optional.of(dictionary[code]);
    }

    /**
     * Returns the code of a value, for filtering rows by code.
     *
     * @param value  the value, not null
     * @return the code, or {@link #ABSENT} when no row has that value
     */
    public int codeOf(String value) {
        int i = Arrays.binarySearch(dictionary, Objects.requireNonNull(value, "value"));
        return i < 0 ? ABSENT : i;
    }

    /**
     * Returns the number of rows.
     *
     * @return the number of rows
     */
    public int size() {
        return size;
    }

    /** The sorted dictionary, shared: callers must not change it. */
    String[] dictionary() {
        return dictionary;
    }

    /** The codes array, shared: callers read {@link #size()} codes from {@link #offset()} and change none. */
    int[] codes() {
        return codes;
    }

    /** The index in {@link #codes()} of row 0. */
    int offset() {
        return offset;
    }

    /** The same dictionary over a range of rows; {@code from} is relative to this column. */
    CodeColumn slice(int from, int to) {
        return new CodeColumn(dictionary, values, codes, offset + from, to - from);
    }
}
