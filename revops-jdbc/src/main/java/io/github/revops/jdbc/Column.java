package io.github.revops.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * A column of a result that a mapping reads: its position, its label and its SQL type.
 *
 * @param index  the column's 1-based index in the result
 * @param label  its label in the result
 * @param sqlType  its {@link java.sql.Types} code
 * @param typeName  its database type name, such as {@code int8} or {@code TIMESTAMP WITH TIME ZONE}
 */
record Column(int index, String label, int sqlType, String typeName) {

    /** The characters of a value that messages show. */
    static final int SHOWN_CHARACTERS = 100;

    /**
     * Returns the current row's value as messages show it: its text, cut to {@value #SHOWN_CHARACTERS}
     * characters.
     *
     * @param rows  the result, on the row
     * @return the text, or empty for SQL {@code NULL}
     * @throws SQLException if the driver cannot give the value as text
     */
    Optional<String> shown(ResultSet rows) throws SQLException {
        return Optional.ofNullable(rows.getString(index)).map(text -> cut(text, SHOWN_CHARACTERS));
    }

    /**
     * Cuts a text to at most {@code max} characters and says how long it was.
     *
     * @param text  the text
     * @param max  the characters kept
     * @return the text, or its first characters, {@code "..."} and its length
     */
    static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end) + "... (" + text.length() + " characters)";
    }
}
