package io.github.revops.table;

import java.util.Objects;

/**
 * A required text column of a table builder (a deal's customer, owner, source; a subscription's customer): the
 * current row's value, given as a String or as a code the builder registered ({@link RegisteredTexts}), and the
 * first-sight codes of the rows appended, in a {@link TextDictionary}. Not thread-safe.
 */
final class BuilderTextColumn {

    private final String record;
    private final String field;
    private final TextDictionary dictionary;
    private final RegisteredTexts registered = new RegisteredTexts();
    private final GrowingInts codes = new GrowingInts();
    private String rowValue;
    private int rowCode;
    private boolean rowByCode;

    /**
     * @param record  the record kind, such as "deal", for messages
     * @param field  the field, such as "customerId", for messages
     */
    BuilderTextColumn(String record, String field) {
        this(record, field, new DictionaryBuilder());
    }

    /**
     * @param record  the record kind, such as "subscription", for messages
     * @param field  the field, such as "customerId", for messages
     * @param dictionary  the column's dictionary, empty
     */
    BuilderTextColumn(String record, String field, TextDictionary dictionary) {
        this.record = record;
        this.field = field;
        this.dictionary = dictionary;
    }

    /** Registers a value, not null, and returns its code for {@link #set(int)}. */
    int register(String value) {
        return registered.register(Objects.requireNonNull(value, field));
    }

    /** Sets the row's value (null: not set). */
    void set(String value) {
        rowValue = value;
        rowByCode = false;
    }

    /** Sets the row's value by a registered code (checked by {@link #check}). */
    void set(int code) {
        rowCode = code;
        rowByCode = true;
        rowValue = null;
    }

    /** Forgets the row's value. */
    void reset() {
        set(null);
    }

    /**
     * Checks the row's value.
     *
     * @throws io.github.revops.domain.InvalidRecordException naming the row, the field and the value if it is not
     *         set, blank, or a code that was not registered
     */
    void check(int row) {
        if (!rowByCode) {
            TableRows.text(record, row, field, rowValue);
        } else if (!registered.contains(rowCode)) {
            throw TableRows.rejected(record, row, field, "code " + rowCode,
                    "is not a code this builder registered (" + registered.size() + " registered)");
        } else if (!registered.used(rowCode)) {
            TableRows.text(record, row, field, registered.value(rowCode));
        }
    }

    /** Appends the row's value, checked. */
    void append() {
        codes.add(rowByCode ? registered.dictionaryCode(rowCode, dictionary) : dictionary.code(rowValue));
    }

    /** Appends a value, checked by the caller. */
    void append(String value) {
        codes.add(dictionary.code(value));
    }

    /** Makes room for a number of rows more. */
    void reserve(int rows) {
        codes.reserve(rows);
    }

    /** Returns the number of rows appended. */
    int size() {
        return codes.size();
    }

    /** Builds the column of the rows appended. */
    CodeColumn column() {
        return dictionary.column(codes, codes.size());
    }
}
